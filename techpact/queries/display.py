"""Query rows as a person reads them in a table: an agreement's label (kind, parties, date, status)
in place of its IRI, and a state's name beside its code. CSV and JSON keep the raw values."""

from __future__ import annotations

from rdflib import URIRef

from techpact.graph.iris import AGREEMENT_PREFIX
from techpact.ontology.reference import states
from techpact.queries import internal_query

MAX_LABELLED = 500  # a longer table keeps its IRIs rather than run a query per row


def agreement_iris(rows: list[tuple]) -> list[str]:
    """The agreement IRIs found in query rows, each once, in order."""
    found = (value for row in rows for value in row if isinstance(value, str) and value.startswith(AGREEMENT_PREFIX))
    return list(dict.fromkeys(found))


def agreement_labels(store, iris: list[str]) -> dict[str, str]:
    """IRI -> "kind · parties · date · status" for each agreement the store holds (none past MAX_LABELLED)."""
    if len(iris) > MAX_LABELLED:
        return {}
    facts = {iri: store.query(internal_query("agreement-label"), {"agreement": URIRef(iri)}).rows for iri in iris}
    return labels_from_facts(facts)


def labels_from_facts(facts: dict[str, list[tuple]]) -> dict[str, str]:
    """IRI -> label, from (kind, status, date, party code) rows per agreement, over every report."""
    labels = {}
    for iri, rows in facts.items():
        if not rows:
            continue
        kinds = sorted({row[0] for row in rows if row[0]})
        statuses = sorted({row[1] for row in rows if row[1]})
        dates = sorted({row[2] for row in rows if row[2]}, key=lambda d: (-len(d), d))
        parties = sorted({row[3] for row in rows if row[3]})
        parts = ["/".join(kinds), ", ".join(_named(code) for code in parties)]
        parts += [dates[0]] if dates else []
        labels[iri] = " · ".join(parts + ["/".join(statuses)])
    return labels


def _named(code: str) -> str:
    ref = states().get(code)
    return ref.name if ref else code


def readable_rows(rows: list[tuple], labels: dict[str, str] | None = None) -> list[tuple]:
    """Rows with agreement IRIs replaced by their labels and state codes shown as "CHN (China)"."""
    labels = labels or {}
    known = states()

    def readable(value):
        if isinstance(value, str):
            if value in labels:
                return labels[value]
            if len(value) == 3 and value in known:
                return f"{value} ({known[value].name})"
        return value

    return [tuple(readable(value) for value in row) for row in rows]
