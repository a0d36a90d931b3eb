"""Same agreement, many reports: find the stored agreement a new report speaks of.

Two reports describe one agreement when they have the same parties, a kind that fits,
dates no more than a month apart (or one undated), and, when both name sectors, at
least one sector in common. Two MoUs between the same states on different dates stay two.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from rdflib import URIRef

from techpact.extract.facts import Agreement
from techpact.graph.store import Store

_GENERIC_KINDS = {"agreement", "partnership"}
_MAX_DAYS_APART = 31

# Each part is read on its own: one agreement reported by many documents would otherwise
# multiply its kinds, dates and sectors across every pair of graphs.
_CANDIDATES = """
SELECT DISTINCT ?agreement ?field ?value WHERE {
  GRAPH ?g { ?agreement tp:partyKey ?key }
  {
    { SELECT DISTINCT ?agreement ?value WHERE { GRAPH ?h { ?agreement tp:kind ?value } } } BIND("kind" AS ?field)
  } UNION {
    { SELECT DISTINCT ?agreement ?value WHERE { GRAPH ?h { ?agreement tp:date ?value } } } BIND("date" AS ?field)
  } UNION {
    { SELECT DISTINCT ?agreement ?s WHERE { GRAPH ?h { ?agreement tp:sector ?s } } } ?s skos:notation ?value BIND("sector" AS ?field)
  }
}
"""



@dataclass(frozen=True)
class StoredAgreement:
    """What the store already says about an agreement."""

    iri: str
    kinds: frozenset[str]
    parties: frozenset[str]
    sectors: frozenset[str]
    dates: frozenset[dt.date]


def stored_agreements_between(store: Store, key: str) -> list[StoredAgreement]:
    """Stored agreements whose tp:partyKey is key (exactly these parties)."""
    merged: dict[str, dict] = {}
    for iri, field_name, value in store.query(_CANDIDATES, {"key": key}).rows:
        entry = merged.setdefault(iri, {"kinds": set(), "parties": set(key.split()), "sectors": set(), "dates": set()})
        if field_name == "kind":
            entry["kinds"].add(value)
        elif field_name == "sector":
            entry["sectors"].add(value)
        else:
            try:
                entry["dates"].add(dt.date.fromisoformat(str(value)))
            except ValueError:
                pass
    return [StoredAgreement(iri, frozenset(e["kinds"]), frozenset(e["parties"]), frozenset(e["sectors"]),
                            frozenset(e["dates"])) for iri, e in merged.items()]


def same_agreement(new: Agreement, stored: StoredAgreement) -> bool:
    """True when a new report and a stored agreement are one act."""
    if frozenset(new.parties) != stored.parties:
        return False
    if new.kind not in stored.kinds and not ({new.kind} | stored.kinds) <= (_GENERIC_KINDS | {"mou"}):
        return False
    if new.date and stored.dates and min(abs((new.date - d).days) for d in stored.dates) > _MAX_DAYS_APART:
        return False
    if new.sectors and stored.sectors and not set(new.sectors) & stored.sectors:
        return False
    return True


def match_stored_agreements(store: Store, agreements: list[Agreement]) -> dict[int, URIRef]:
    """Index of each new agreement -> the stored agreement it reports again (one-to-one).

    Agreements with a date must match on a date: an undated report attaches to one stored
    agreement only when exactly one candidate fits.
    """
    matches: dict[int, URIRef] = {}
    taken: set[str] = set()
    cache: dict[str, list[StoredAgreement]] = {}
    for index, agreement in enumerate(agreements):
        if not agreement.parties:
            continue
        key = agreement.party_key
        if key not in cache:
            cache[key] = stored_agreements_between(store, key)
        candidates = cache[key]
        fitting = [c for c in candidates if c.iri not in taken and same_agreement(agreement, c)]
        if len(fitting) == 1 or (fitting and agreement.date):
            matches[index] = URIRef(fitting[0].iri)
            taken.add(fitting[0].iri)
    return matches
