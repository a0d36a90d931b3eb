"""Facts -> the Oxigraph quads of one document's named graph, built directly (no rdflib in between).

This is the path ingest writes; graph/rdf.py's build_document_graph gives the same statements
as an rdflib Graph for callers that want one. Each statement appears once, in a stable order.
"""

from __future__ import annotations

from collections.abc import Callable

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, XSD

from techpact.extract.facts import Agreement, Facts, PartialDate, Person, Span
from techpact.loaders.document import Document
from techpact.ontology import reference
from techpact.graph.iris import (
    bloc_id, document_id, evidence_id, person_id, sector_id, state_id, stated_membership_id,
)
from techpact.ontology.namespace import SCHEMA, TP
from techpact.ontology.vocabulary import KIND_CLASSES


def _node(iri) -> ox.NamedNode:
    return ox.NamedNode(str(iri))


_TYPE, _LABEL = _node(RDF.type), _node(RDFS.label)
_INTEGER, _DECIMAL, _ANY_URI = _node(XSD.integer), _node(XSD.decimal), _node(XSD.anyURI)
_DATE_TYPES = {"year": _node(XSD.gYear), "month": _node(XSD.gYearMonth), "day": _node(XSD.date)}
_XSD_STRING = str(XSD.string)


class _Terms:
    """Predicates and classes as Oxigraph terms, made once."""

    def __init__(self) -> None:
        for name in ("Document", "Agreement", "Person", "Evidence", "Membership", "mentions", "memberOf",
                     "member", "organization", "evidence", "text", "start", "end", "derivedFrom", "kind",
                     "status", "party", "partyKey", "proposer", "addressee", "framework", "sector", "date",
                     "confidence", "place", "signatory", "role", "actsFor"):
            setattr(self, name, _node(TP[name]))
        self.kind_classes = {code: _node(iri) for code, iri in KIND_CLASSES.items()}


_terms: _Terms | None = None


def _tp() -> _Terms:
    global _terms
    if _terms is None:
        _terms = _Terms()
    return _terms


def person_node(name: str) -> ox.NamedNode:
    """IRI of a person from the name (one node per name across documents)."""
    return ox.NamedNode(person_id(name))


def actor_node(code: str) -> ox.NamedNode:
    """IRI of a state or bloc from its code."""
    return ox.NamedNode(bloc_id(code) if reference.is_bloc(code) else state_id(code))


def date_term(date: PartialDate) -> ox.Literal:
    """An xsd:gYear, xsd:gYearMonth or xsd:date literal, as precise as the date."""
    return ox.Literal(date.isoformat(), datatype=_DATE_TYPES[date.precision])


def confidence_term(value: float) -> ox.Literal:
    """An xsd:decimal in canonical form (three places, no trailing zeros), as the store keeps it."""
    return ox.Literal(f"{value:.3f}".rstrip("0").rstrip("."), datatype=_DECIMAL)


def document_quads(document: Document, facts: Facts, nodes: list[str]) -> list[ox.Quad]:
    """The named graph of one document: its metadata, mentions, agreements, memberships.

    nodes[i] is the IRI the (i+1)-th agreement is stored under (its own, or that of the same
    agreement reported by another document).
    """
    tp, graph, doc = _tp(), ox.NamedNode(document_id(document.content_hash)), ox.NamedNode(document_id(document.content_hash))
    quads: dict[ox.Quad, None] = {}  # an ordered set: rdflib's Graph kept each statement once too

    def add(s, p, o) -> None:
        quads[ox.Quad(s, p, o, graph)] = None

    add(doc, _TYPE, tp.Document)
    add(doc, _node(DCTERMS.source), ox.Literal(document.source))
    add(doc, _node(DCTERMS.identifier), ox.Literal(document.content_hash))
    add(doc, _node(DCTERMS["format"]), ox.Literal(document.media_type))
    if document.title:
        add(doc, _node(DCTERMS.title), ox.Literal(document.title))
    if document.url:
        add(doc, _node(SCHEMA.url), ox.Literal(document.url, datatype=_ANY_URI))
    if document.issued:
        add(doc, _node(DCTERMS.issued), ox.Literal(document.issued.isoformat(), datatype=_DATE_TYPES["day"]))
    for code in facts.mentioned_codes:
        add(doc, tp.mentions, actor_node(code))
    for person in facts.people:
        add(doc, _node(SCHEMA.mentions), _person(add, person))
    for node, agreement in zip(nodes, facts.agreements):
        _agreement(add, doc, ox.NamedNode(node), agreement, document.content_hash)
    for membership in facts.memberships:
        state, bloc = ox.NamedNode(state_id(membership.state)), ox.NamedNode(bloc_id(membership.bloc))
        add(state, tp.memberOf, bloc)
        node = ox.NamedNode(stated_membership_id(document.content_hash, membership.bloc, membership.state))
        add(node, _TYPE, tp.Membership)
        add(node, tp.member, state)
        add(node, tp.organization, bloc)
        add(node, tp.evidence, _evidence(add, doc, membership.evidence, document.content_hash))
    return list(quads)


_Add = Callable[[ox.NamedNode, ox.NamedNode, object], None]


def _person(add: _Add, person: Person) -> ox.NamedNode:
    tp, who = _tp(), person_node(person.name)
    add(who, _TYPE, tp.Person)
    add(who, _LABEL, ox.Literal(person.name))
    if person.role:
        add(who, tp.role, ox.Literal(person.role))
    if person.acts_for:
        add(who, tp.actsFor, ox.NamedNode(state_id(person.acts_for)))
    return who


def _evidence(add: _Add, doc: ox.NamedNode, span: Span, content_hash: str) -> ox.NamedNode:
    tp, evidence = _tp(), ox.NamedNode(evidence_id(content_hash, span.start, span.end))
    add(evidence, _TYPE, tp.Evidence)
    add(evidence, tp.text, ox.Literal(span.text))
    add(evidence, tp.start, ox.Literal(str(span.start), datatype=_INTEGER))
    add(evidence, tp.end, ox.Literal(str(span.end), datatype=_INTEGER))
    add(evidence, tp.derivedFrom, doc)
    return evidence


def _agreement(add: _Add, doc: ox.NamedNode, node: ox.NamedNode, agreement: Agreement, content_hash: str) -> None:
    tp = _tp()
    add(node, _TYPE, tp.Agreement)
    add(node, _TYPE, tp.kind_classes[agreement.kind])
    add(node, tp.kind, ox.Literal(agreement.kind))
    add(node, tp.status, ox.Literal(agreement.status))
    add(node, tp.derivedFrom, doc)
    names = " – ".join(reference.actor_label(p) for p in agreement.parties)
    add(node, _LABEL, ox.Literal(f"{agreement.kind} {names} ({agreement.status})"))
    for code in agreement.parties:
        add(node, tp.party, actor_node(code))
    add(node, tp.partyKey, ox.Literal(agreement.party_key))
    if agreement.proposer:
        add(node, tp.proposer, actor_node(agreement.proposer))
    if agreement.addressee:
        add(node, tp.addressee, actor_node(agreement.addressee))
    if agreement.framework:
        add(node, tp.framework, ox.NamedNode(bloc_id(agreement.framework)))
    for code in agreement.sectors:
        add(node, tp.sector, ox.NamedNode(sector_id(code)))
    if agreement.date:
        add(node, tp.date, date_term(agreement.date))
    if agreement.confidence is not None:
        add(node, tp.confidence, confidence_term(agreement.confidence))
    if agreement.place:
        add(node, tp.place, ox.Literal(agreement.place))
    for person in agreement.signatories:
        add(node, tp.signatory, _person(add, person))
    for span in agreement.evidence:
        add(node, tp.evidence, _evidence(add, doc, span, content_hash))


def to_rdflib(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> URIRef | BNode | Literal:
    """An Oxigraph term as an rdflib term."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    if term.datatype.value == _XSD_STRING:
        return Literal(term.value)
    return Literal(term.value, datatype=URIRef(term.datatype.value))
