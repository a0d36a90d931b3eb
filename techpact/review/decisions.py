"""Review decisions as RDF: one named graph per decision, written once and never edited.

A decision is a tp:Decision node (and one subclass naming its action) with who
(prov:wasAttributedTo), when (prov:generatedAtTime), why (tp:reason) and what it acts on.
Undoing a decision is itself a decision (tp:undoes), so the history stays whole.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, replace

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, XSD

from techpact.errors import TechpactError
from techpact.extract.facts import PartialDate
from techpact.graph.iris import (
    REVIEW_PREFIX,
    bloc_iri, decision_iri, review_graph_iri, reviewed_agreement_iri, reviewed_evidence_iri, sector_iri,
)
from techpact.graph.rdf import actor_iri, bind_prefixes, date_literal
from techpact.graph.store import Store
from techpact.ontology import reference, vocabulary
from techpact.ontology.namespace import TP
from techpact.queries import internal_query


class ReviewError(TechpactError):
    """A review decision cannot be recorded, found or applied as asked."""


# The action an analyst names -> the decision's class in the ontology.
ACTIONS = {"reject": TP.Rejection, "confirm": TP.Confirmation, "set": TP.Correction, "merge": TP.Merger,
           "split": TP.Split, "add": TP.Addition, "undo": TP.Undoing}
_ACTION_OF = {str(cls): name for name, cls in ACTIONS.items()}


@dataclass(frozen=True)
class Decision:
    """One analyst's decision, as recorded."""

    id: str
    action: str
    by: str
    at: str
    why: str
    target: str | None = None           # the agreement it acts on (tp:reviews)
    other: str | None = None            # merge: the agreement absorbed (tp:absorbs)
    made: str | None = None             # add, split: the agreement it makes (tp:yields)
    documents: tuple[str, ...] = ()     # add: the quoted document; split: the reports moved off
    member: str | None = None           # a stated membership: the state's code
    bloc: str | None = None             # ... and the bloc's code
    kind: str | None = None
    status: str | None = None
    date: str | None = None
    sectors: tuple[str, ...] = ()
    parties: tuple[str, ...] = ()
    clears_sectors: bool = False
    quote: str | None = None
    start: int | None = None
    end: int | None = None
    undoes: str | None = None

    @property
    def iri(self) -> URIRef:
        """The decision node's IRI."""
        return decision_iri(self.id)

    @property
    def graph(self) -> URIRef:
        """The named graph holding the decision."""
        return review_graph_iri(self.id)

    @property
    def on_membership(self) -> bool:
        """True when the decision acts on a stated membership rather than an agreement."""
        return self.member is not None


def check_values(kind: str | None, status: str | None, date: str | None, sectors, parties) -> None:
    """Refuse a kind, status, date, sector or party code the vocabulary does not know."""
    if kind is not None and kind not in vocabulary.KINDS:
        raise ReviewError(f"unknown kind {kind!r}. Known: {', '.join(vocabulary.KINDS)}")
    if status is not None and status not in vocabulary.STATUSES:
        raise ReviewError(f"unknown status {status!r}. Known: {', '.join(vocabulary.STATUSES)}")
    if date is not None:
        try:
            PartialDate.parse(date)
        except ValueError as err:
            raise ReviewError(f"date {date!r} is not YYYY, YYYY-MM or YYYY-MM-DD") from err
    unknown = [code for code in sectors if code not in vocabulary.sector_codes()]
    if unknown:
        raise ReviewError(f"unknown sector {unknown[0]!r}. Known: {', '.join(vocabulary.sector_codes())}")
    for code in parties:
        check_actor(code)


def check_actor(code: str, *, bloc: bool | None = None) -> None:
    """Refuse a code that names no state (ISO alpha-3) or bloc of the reference data."""
    is_state, is_bloc = code in reference.states(), reference.is_bloc(code)
    if bloc is True and not is_bloc:
        raise ReviewError(f"{code!r} is not a bloc code of the reference data (SCO, BRICS, EU, ...)")
    if bloc is False and not is_state:
        raise ReviewError(f"{code!r} is not an ISO 3166-1 alpha-3 state code")
    if not (is_state or is_bloc):
        raise ReviewError(f"{code!r} names no state (ISO alpha-3) or bloc of the reference data")


def new_decision(action: str, by: str, why: str, **values) -> Decision:
    """A decision made now, with an id drawn from what it says and when."""
    if action not in ACTIONS:
        raise ReviewError(f"unknown review action {action!r}. Known: {', '.join(ACTIONS)}")
    if not why or not why.strip():
        raise ReviewError("a decision needs a reason (--why)")
    if not by or not by.strip():
        raise ReviewError("a decision needs a reviewer (--by)")
    at = dt.datetime.now(dt.timezone.utc).isoformat(timespec="microseconds")
    digest = hashlib.sha256(repr((action, by, why, at, sorted(values.items()))).encode()).hexdigest()[:16]
    decision = Decision(id=digest, action=action, by=by.strip(), at=at, why=why.strip(), **values)
    if action in ("add", "split"):
        decision = replace(decision, made=str(reviewed_agreement_iri(digest)) if not decision.on_membership else None)
    return decision


def decision_graph(decision: Decision) -> Graph:
    """The named graph recording one decision."""
    graph = bind_prefixes(Graph(identifier=decision.graph))
    graph.bind("prov", PROV)
    node = decision.iri
    graph.add((node, RDF.type, TP.Decision))
    graph.add((node, RDF.type, ACTIONS[decision.action]))
    graph.add((node, PROV.wasAttributedTo, Literal(decision.by)))
    graph.add((node, PROV.generatedAtTime, Literal(decision.at, datatype=XSD.dateTime)))
    graph.add((node, TP.reason, Literal(decision.why)))
    for prop, value in ((TP.reviews, decision.target), (TP.absorbs, decision.other), (TP.yields, decision.made),
                        (TP.undoes, decision.undoes)):
        if value:
            graph.add((node, prop, URIRef(value)))
    for document in decision.documents:
        graph.add((node, TP.document, URIRef(document)))
    if decision.member:
        graph.add((node, TP.aboutMember, actor_iri(decision.member)))
        graph.add((node, TP.aboutBloc, bloc_iri(decision.bloc)))
    if decision.kind:
        graph.add((node, TP.setKind, Literal(decision.kind)))
    if decision.status:
        graph.add((node, TP.setStatus, Literal(decision.status)))
    if decision.date:
        graph.add((node, TP.setDate, date_literal(PartialDate.parse(decision.date))))
    for code in decision.sectors:
        graph.add((node, TP.setSector, sector_iri(code)))
    for code in decision.parties:
        graph.add((node, TP.setParty, actor_iri(code)))
    if decision.clears_sectors:
        graph.add((node, TP.clearsSectors, Literal(True)))
    if decision.quote is not None:
        graph.add((node, TP.quote, Literal(decision.quote)))
        graph.add((node, TP.start, Literal(decision.start)))
        graph.add((node, TP.end, Literal(decision.end)))
    return graph


def record(store: Store, decision: Decision) -> Decision:
    """Write a decision's graph into the store (once: a decision already there is left as it is)."""
    if not _stored(store, decision):
        store.put_graph(decision_graph(decision))
    return decision


def _stored(store: Store, decision: Decision) -> bool:
    return any(True for _ in store.quads(str(decision.graph)))


_LOCAL = {str(TP[name]): name for name in ("reviews", "absorbs", "yields", "undoes", "reason", "quote", "start",
                                            "end", "setKind", "setStatus", "setDate", "clearsSectors")}
_FIELDS = {"reviews": "target", "absorbs": "other", "yields": "made", "undoes": "undoes", "reason": "why",
           "quote": "quote", "start": "start", "end": "end", "setKind": "kind", "setStatus": "status",
           "setDate": "date", "clearsSectors": "clears_sectors"}


def read_decisions(store: Store) -> list[Decision]:
    """Every decision the store holds, oldest first."""
    found: dict[str, dict] = {}
    for node, prop, value in store.query(internal_query("review-decisions")).rows:
        entry = found.setdefault(node, {"documents": [], "sectors": [], "parties": []})
        if prop == str(RDF.type) and value in _ACTION_OF:
            entry["action"] = _ACTION_OF[value]
        elif prop == str(PROV.wasAttributedTo):
            entry["by"] = value
        elif prop == str(PROV.generatedAtTime):
            entry["at"] = value
        elif prop == str(TP.document):
            entry["documents"].append(value)
        elif prop == str(TP.setSector):
            entry["sectors"].append(value.rsplit("/", 1)[-1])
        elif prop == str(TP.setParty):
            entry["parties"].append(value.rsplit("/", 1)[-1])
        elif prop == str(TP.aboutMember):
            entry["member"] = value.rsplit("/", 1)[-1]
        elif prop == str(TP.aboutBloc):
            entry["bloc"] = value.rsplit("/", 1)[-1]
        elif prop in _LOCAL:
            entry[_FIELDS[_LOCAL[prop]]] = value
    decisions = []
    prefix = REVIEW_PREFIX
    for node, entry in found.items():
        if "action" not in entry or not node.startswith(prefix):
            continue
        entry["documents"] = tuple(sorted(entry["documents"]))
        entry["sectors"] = tuple(sorted(entry["sectors"]))
        entry["parties"] = tuple(sorted(entry["parties"]))
        if entry.get("date") is not None:
            entry["date"] = str(entry["date"])
        decisions.append(Decision(id=node[len(prefix):], **{"by": "", "at": "", "why": "", **entry}))
    return sorted(decisions, key=lambda d: (d.at, d.id))


def find_decision(decisions: list[Decision], ref: str) -> Decision:
    """A decision by its id (or a unique start of it) or IRI."""
    ref = ref.rsplit("/", 1)[-1]
    matches = [d for d in decisions if d.id.startswith(ref)] if ref else []
    if len(matches) != 1:
        known = ", ".join(d.id for d in decisions[-5:]) or "none yet"
        raise ReviewError(f"no decision {'uniquely ' if matches else ''}named {ref!r} (latest: {known}); "
                          "see 'techpact review list'")
    return matches[0]


def live_decisions(decisions: list[Decision]) -> list[Decision]:
    """The decisions in force: not undoings, not undone; oldest first."""
    undone = {d.undoes.rsplit("/", 1)[-1] for d in decisions if d.action == "undo" and d.undoes}
    return [d for d in decisions if d.action != "undo" and d.id not in undone]


def evidence_iri(decision: Decision) -> URIRef:
    """The evidence node an addition's quote becomes in the curated view."""
    return reviewed_evidence_iri(decision.id)
