"""The curated view of one document graph: the extractor's statements with the live decisions applied.

A plan is drawn once from the decisions and the raw store (which agreements each one reaches,
and which decisions have lost their target: stale, never applied to anything else); then each
document graph a decision touches is rewritten from its raw quads. The raw graph is never edited.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field

import pyoxigraph as ox
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS

from techpact.extract.facts import PartialDate
from techpact.graph.iris import (
    bloc_iri, is_document_graph, reviewed_membership_iri, sector_iri, state_iri,
)
from techpact.graph.quads import to_rdflib
from techpact.graph.rdf import actor_iri, confidence_literal, date_literal
from techpact.graph.store import Store
from techpact.ontology import reference
from techpact.ontology.namespace import TP
from techpact.ontology.vocabulary import KIND_CLASSES
from techpact.review.decisions import Decision, evidence_iri, live_decisions

_KIND_CLASSES = {str(iri) for iri in KIND_CLASSES.values()}
_ONE_VALUED = {str(p) for p in (TP.kind, TP.status, TP.date, TP.confidence, RDFS.label, TP.partyKey, RDF.type)}
# The statements a correction of each field replaces.
_REPLACED = {"kind": {str(TP.kind), str(RDFS.label)}, "status": {str(TP.status), str(RDFS.label)},
             "date": {str(TP.date)}, "sectors": {str(TP.sector)},
             "parties": {str(TP.party), str(TP.partyKey), str(RDFS.label), str(TP.proposer), str(TP.addressee)}}


@dataclass
class Plan:
    """What the live decisions do to the raw graphs, and which of them are stale."""

    hidden: set[str] = field(default_factory=set)
    renames: dict[str, str] = field(default_factory=dict)
    moved: dict[tuple[str, str], str] = field(default_factory=dict)
    origin: dict[str, str] = field(default_factory=dict)
    corrections: dict[str, dict] = field(default_factory=dict)
    reviewed: dict[str, list[str]] = field(default_factory=dict)
    hidden_memberships: set[tuple[str, str]] = field(default_factory=set)
    additions: dict[str, list[Decision]] = field(default_factory=dict)
    stale: list[Decision] = field(default_factory=list)
    touched: set[str] = field(default_factory=set)
    digest: str = ""

    def final(self, graph: str, subject: str) -> str:
        """The node a raw subject of this graph becomes once splits and merges apply."""
        for _ in range(16):
            if (graph, subject) in self.moved:
                subject = self.moved[(graph, subject)]
            elif subject in self.renames:
                subject = self.renames[subject]
            else:
                break
        return subject


def document_graphs_of(store: Store, iri: str) -> set[str]:
    """The document graphs stating something about this node."""
    return {q.graph_name.value for q in store.quads_about(iri) if is_document_graph(q.graph_name.value)}


def membership_graphs(store: Store, state: str, bloc: str) -> set[str]:
    """The document graphs stating that this state is a member of this bloc."""
    return {q.graph_name.value for q in store.quads_about(str(state_iri(state)), str(TP.memberOf))
            if q.object.value == str(bloc_iri(bloc)) and is_document_graph(q.graph_name.value)}


def build_plan(store: Store, decisions: list[Decision]) -> Plan:
    """Apply the live decisions, oldest first, to what the raw store holds."""
    plan = Plan()
    present: dict[str, set[str]] = {}

    def graphs(iri: str | None) -> set[str]:
        if not iri:
            return set()
        if iri not in present:
            present[iri] = document_graphs_of(store, iri)
        return present[iri]

    for d in live_decisions(decisions):
        ok = True
        if d.on_membership:
            if d.action == "reject":
                found = membership_graphs(store, d.member, d.bloc)
                ok = bool(found)
                if ok:
                    plan.hidden_memberships.add((str(state_iri(d.member)), str(bloc_iri(d.bloc))))
                    plan.touched |= found
            else:
                ok = bool(d.documents) and store.has_document(URIRef(d.documents[0]))
                if ok:
                    plan.additions.setdefault(d.documents[0], []).append(d)
                    plan.touched.add(d.documents[0])
        elif d.action == "add":
            ok = bool(d.documents) and store.has_document(URIRef(d.documents[0]))
            if ok:
                present[d.made] = {d.documents[0]}
                plan.additions.setdefault(d.documents[0], []).append(d)
                plan.reviewed.setdefault(d.made, []).append(str(d.iri))
                plan.touched.add(d.documents[0])
        elif d.action in ("reject", "confirm", "set"):
            found = graphs(d.target)
            ok = bool(found)
            if ok:
                plan.touched |= found
                if d.action == "reject":
                    plan.hidden.add(d.target)
                else:
                    plan.reviewed.setdefault(d.target, []).append(str(d.iri))
                if d.action == "set":
                    plan.corrections.setdefault(d.target, {}).update(_fields(d))
        elif d.action == "merge":
            kept, gone = graphs(d.target), graphs(d.other)
            ok = bool(kept) and bool(gone) and d.target != d.other
            if ok:
                plan.renames[d.other] = d.target
                present[d.target] = kept | gone
                present[d.other] = set()
                plan.touched |= kept | gone
                plan.reviewed.setdefault(d.target, []).append(str(d.iri))
        elif d.action == "split":
            found, parts = graphs(d.target), set(d.documents)
            ok = bool(parts) and parts < found
            if ok:
                for graph in parts:
                    plan.moved[(graph, d.target)] = d.made
                present[d.target] = found - parts
                present[d.made] = parts
                plan.origin[d.made] = plan.origin.get(d.target, d.target)
                plan.touched |= found
                for node in (d.target, d.made):
                    plan.reviewed.setdefault(node, []).append(str(d.iri))
        if not ok:
            plan.stale.append(d)
    stale = {d.id for d in plan.stale}
    plan.digest = hashlib.sha256(" ".join(f"{d.id}{'!' if d.id in stale else ''}"
                                          for d in live_decisions(decisions)).encode()).hexdigest()[:16]
    return plan


def _fields(d: Decision) -> dict:
    found = {name: getattr(d, name) for name in ("kind", "status", "date") if getattr(d, name)}
    if d.sectors or d.clears_sectors:
        found["sectors"] = d.sectors
    if d.parties:
        found["parties"] = d.parties
    return found


def curate_graph(store: Store, graph: str, quads: Iterable[ox.Quad], plan: Plan) -> list[tuple]:
    """The curated triples (rdflib terms) of one document graph."""
    quads = list(quads)
    hidden_members = {q.subject.value for q in quads if q.predicate.value == str(TP.member)
                      and any((q.object.value, o.object.value) in plan.hidden_memberships for o in quads
                              if o.subject == q.subject and o.predicate.value == str(TP.organization))}
    kept: list[tuple] = []
    dropped_evidence: set[str] = set()
    present: set[str] = set()
    for quad in quads:
        raw, predicate, value = quad.subject.value, quad.predicate.value, quad.object.value
        subject = plan.final(graph, raw)
        if subject in plan.hidden or raw in hidden_members or (
                predicate == str(TP.memberOf) and (raw, value) in plan.hidden_memberships):
            if predicate == str(TP.evidence):
                dropped_evidence.add(value)
            continue
        if raw in plan.renames and predicate in _ONE_VALUED:
            continue  # a merged-away node's kind, status and date give way to the kept node's
        replaced = set().union(*(_REPLACED[name] for name in plan.corrections.get(subject, {})))
        if predicate in replaced or (predicate == str(RDF.type) and value in _KIND_CLASSES
                                     and "kind" in plan.corrections.get(subject, {})):
            continue
        if subject != raw and predicate == str(RDFS.label):
            continue  # a split-off part is labelled anew below
        kept.append((to_rdflib(ox.NamedNode(subject)) if subject != raw else to_rdflib(quad.subject), to_rdflib(quad.predicate),
                     to_rdflib(quad.object)))
        if predicate == str(RDF.type) and value == str(TP.Agreement):
            present.add(subject)
    cited = {str(o) for _, p, o in kept if str(p) == str(TP.evidence)}
    orphans = dropped_evidence - cited
    triples = [t for t in kept if str(t[0]) not in orphans]
    for node in sorted(present):
        values = plan.corrections.get(node, {})
        if values or node in plan.origin:
            triples += _corrected(store, node, values, plan)
    for decision in plan.additions.get(graph, []):
        triples += _added(decision, graph)
        present.add(decision.made or "")
    for node in sorted(present):
        triples += [(URIRef(node), TP.reviewedIn, URIRef(iri)) for iri in plan.reviewed.get(node, [])]
    return triples


def _corrected(store: Store, node: str, values: dict, plan: Plan) -> list[tuple]:
    raw = _raw_values(store, plan.origin.get(node, node))
    kind, status = values.get("kind", raw["kind"]), values.get("status", raw["status"])
    parties = tuple(values.get("parties", raw["parties"]))
    subject = URIRef(node)
    triples = []
    if "kind" in values and kind:
        triples += [(subject, TP.kind, Literal(kind)), (subject, RDF.type, KIND_CLASSES[kind])]
    if "status" in values:
        triples.append((subject, TP.status, Literal(status)))
    if "date" in values:
        triples.append((subject, TP.date, date_literal(PartialDate.parse(values["date"]))))
    triples += [(subject, TP.sector, sector_iri(code)) for code in values.get("sectors", ())]
    if "parties" in values:
        triples += [(subject, TP.party, actor_iri(code)) for code in parties]
        triples.append((subject, TP.partyKey, Literal(" ".join(sorted(set(parties))))))
    triples.append((subject, RDFS.label, Literal(agreement_label(kind or "", parties, status or ""))))
    return triples


def agreement_label(kind: str, parties: Iterable[str], status: str) -> str:
    """The rdfs:label an agreement carries: kind, party names, status."""
    names = " – ".join(reference.actor_label(p) for p in parties)
    return f"{kind} {names} ({status})"


def _raw_values(store: Store, iri: str) -> dict:
    found: dict = {"kind": None, "status": None, "parties": []}
    for quad in store.quads_about(iri):
        predicate = quad.predicate.value
        if predicate == str(TP.kind) and not found["kind"]:
            found["kind"] = quad.object.value
        elif predicate == str(TP.status) and not found["status"]:
            found["status"] = quad.object.value
        elif predicate == str(TP.party):
            found["parties"].append(quad.object.value.rsplit("/", 1)[-1])
    found["parties"] = sorted(set(found["parties"]))
    return found


def _added(d: Decision, graph: str) -> list[tuple]:
    document, evidence = URIRef(graph), evidence_iri(d)
    triples = [(evidence, RDF.type, TP.Evidence), (evidence, TP.text, Literal(d.quote)),
               (evidence, TP.start, Literal(d.start)), (evidence, TP.end, Literal(d.end)),
               (evidence, TP.derivedFrom, document)]
    if d.on_membership:
        state, bloc = state_iri(d.member), bloc_iri(d.bloc)
        node = reviewed_membership_iri(d.id)
        return triples + [(state, TP.memberOf, bloc), (node, RDF.type, TP.Membership), (node, TP.member, state),
                          (node, TP.organization, bloc), (node, TP.evidence, evidence)]
    node = URIRef(d.made)
    triples += [(node, RDF.type, TP.Agreement), (node, RDF.type, KIND_CLASSES[d.kind]), (node, TP.kind, Literal(d.kind)),
                (node, TP.status, Literal(d.status)), (node, TP.derivedFrom, document), (node, TP.evidence, evidence),
                (node, TP.partyKey, Literal(" ".join(sorted(set(d.parties))))), (node, TP.confidence, confidence_literal(1.0)),
                (node, RDFS.label, Literal(agreement_label(d.kind, d.parties, d.status)))]
    triples += [(node, TP.party, actor_iri(code)) for code in d.parties]
    triples += [(node, TP.sector, sector_iri(code)) for code in d.sectors]
    if d.date:
        triples.append((node, TP.date, date_literal(PartialDate.parse(d.date))))
    return triples

