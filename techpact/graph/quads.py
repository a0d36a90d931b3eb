"""Facts -> one document's named graph, built directly (no rdflib in between): as Oxigraph quads,
or as N-Quads text with its fingerprint, which is what ingest writes.

graph/rdf.py's build_document_graph gives the same statements as an rdflib Graph for callers that
want one. Each statement appears once, in a stable order. Both forms come from the one list of
statements below (_statements), given terms of one kind: Oxigraph's, or N-Triples text written as
Oxigraph writes it (same escapes), so the text parses to exactly the quads and hashes as they do.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from typing import NamedTuple

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

_XSD_STRING = str(XSD.string)
_PREDICATES = ("mentions", "memberOf", "member", "organization", "evidence", "text", "start", "end", "derivedFrom",
               "kind", "status", "party", "partyKey", "proposer", "addressee", "framework", "sector", "date",
               "confidence", "place", "signatory", "role", "actsFor")


class _Terms:
    """Predicates, classes and datatypes made once, and how IRIs and literals are made, for one kind of term."""

    def __init__(self, iri: Callable[[str], object], literal: Callable[[str, object], object],
                 datatype: Callable[[str], object]) -> None:
        self.iri, self.literal = iri, literal
        for name in _PREDICATES + ("Document", "Agreement", "Person", "Evidence", "Membership"):
            setattr(self, name, iri(str(TP[name])))
        self.kind_classes = {code: iri(str(class_iri)) for code, class_iri in KIND_CLASSES.items()}
        self.type, self.label = iri(str(RDF.type)), iri(str(RDFS.label))
        self.source, self.identifier = iri(str(DCTERMS.source)), iri(str(DCTERMS.identifier))
        self.format, self.title, self.issued = iri(str(DCTERMS["format"])), iri(str(DCTERMS.title)), iri(str(DCTERMS.issued))
        self.url, self.mentions_person = iri(str(SCHEMA.url)), iri(str(SCHEMA.mentions))
        self.integer, self.decimal, self.any_uri = (datatype(str(name)) for name in (XSD.integer, XSD.decimal, XSD.anyURI))
        self.date_types = {"year": datatype(str(XSD.gYear)), "month": datatype(str(XSD.gYearMonth)),
                           "day": datatype(str(XSD.date))}

    def date_literal(self, date: PartialDate):
        """An xsd:gYear, xsd:gYearMonth or xsd:date literal, as precise as the date."""
        return self.literal(date.isoformat(), self.date_types[date.precision])

    def confidence_literal(self, value: float):
        """An xsd:decimal in canonical form (three places, no trailing zeros), as the store keeps it."""
        return self.literal(f"{value:.3f}".rstrip("0").rstrip("."), self.decimal)

    def actor(self, code: str):
        """A state or bloc, from its code."""
        return self.iri(bloc_id(code) if reference.is_bloc(code) else state_id(code))


# N-Triples text, escaped as Oxigraph writes it: the C0 controls, DEL, U+FFFE and U+FFFF as \uXXXX
# (backspace, tab, line feed, form feed and carriage return by name), and the quote and backslash.
_ESCAPED = re.compile("[" + re.escape("".join(map(chr, range(0x20))) + '"\\\x7f\ufffe\uffff') + "]")
_NAMED_ESCAPES = {"\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r", '"': '\\"', "\\": "\\\\"}


def _escape(match: re.Match) -> str:
    return _NAMED_ESCAPES.get(match.group()) or f"\\u{ord(match.group()):04X}"


def _text_literal(text: str, datatype: str | None = None) -> str:
    quoted = '"' + _ESCAPED.sub(_escape, text) + '"'
    return quoted if datatype is None else f"{quoted}^^<{datatype}>"


def _ox_literal(text: str, datatype: ox.NamedNode | None = None) -> ox.Literal:
    return ox.Literal(text) if datatype is None else ox.Literal(text, datatype=datatype)


_terms: dict[str, _Terms] = {}


def _tp(kind: str = "ox") -> _Terms:
    if kind not in _terms:
        _terms[kind] = (_Terms(ox.NamedNode, _ox_literal, ox.NamedNode) if kind == "ox" else
                        _Terms(lambda iri: f"<{iri}>", _text_literal, str))
    return _terms[kind]


def person_node(name: str) -> ox.NamedNode:
    """IRI of a person from the name (one node per name across documents)."""
    return ox.NamedNode(person_id(name))


def actor_node(code: str) -> ox.NamedNode:
    """IRI of a state or bloc from its code."""
    return _tp().actor(code)


def date_term(date: PartialDate) -> ox.Literal:
    """An xsd:gYear, xsd:gYearMonth or xsd:date literal, as precise as the date."""
    return _tp().date_literal(date)


def confidence_term(value: float) -> ox.Literal:
    """An xsd:decimal in canonical form (three places, no trailing zeros), as the store keeps it."""
    return _tp().confidence_literal(value)


def document_quads(document: Document, facts: Facts, nodes: list[str]) -> list[ox.Quad]:
    """The named graph of one document: its metadata, mentions, agreements, memberships.

    nodes[i] is the IRI the (i+1)-th agreement is stored under (its own, or that of the same
    agreement reported by another document).
    """
    graph = ox.NamedNode(document_id(document.content_hash))
    quads: dict[ox.Quad, None] = {}  # an ordered set: rdflib's Graph kept each statement once too

    def add(s, p, o) -> None:
        quads[ox.Quad(s, p, o, graph)] = None

    _statements(_tp(), add, document, facts, nodes)
    return list(quads)


class NQuads(NamedTuple):
    """A graph as N-Quads text, with its content fingerprint (graph/store.py's) and its number of quads."""

    text: bytes
    fingerprint: str
    count: int


def document_nquads(document: Document, facts: Facts, nodes: list[str]) -> NQuads:
    """The quads of document_quads as N-Quads text (what Oxigraph's serializer writes for them), with their
    fingerprint, made without a term object per quad."""
    triples: dict[str, None] = {}

    def add(s, p, o) -> None:
        triples[f"{s} {p} {o}"] = None

    _statements(_tp("text"), add, document, facts, nodes)
    end = f" <{document_id(document.content_hash)}> .\n"
    return NQuads((end.join(triples) + end).encode() if triples else b"", triples_fingerprint(triples), len(triples))


def triples_fingerprint(triples: Iterable[str]) -> str:
    """A hash of a graph's triples in N-Triples form (without the final dot), independent of their order."""
    digest = hashlib.sha256()
    # the hash of the sorted lines joined by newlines, fed line by line so the joined text is never built
    for number, line in enumerate(sorted(triples)):
        digest.update((line if number == 0 else "\n" + line).encode())
    return digest.hexdigest()[:32]


_Add = Callable[[object, object, object], None]


def _statements(tp: _Terms, add: _Add, document: Document, facts: Facts, nodes: list[str]) -> None:
    doc, literal = tp.iri(document_id(document.content_hash)), tp.literal
    add(doc, tp.type, tp.Document)
    add(doc, tp.source, literal(document.source))
    add(doc, tp.identifier, literal(document.content_hash))
    add(doc, tp.format, literal(document.media_type))
    if document.title:
        add(doc, tp.title, literal(document.title))
    if document.url:
        add(doc, tp.url, literal(document.url, tp.any_uri))
    if document.issued:
        add(doc, tp.issued, literal(document.issued.isoformat(), tp.date_types["day"]))
    for code in facts.mentioned_codes:
        add(doc, tp.mentions, tp.actor(code))
    for person in facts.people:
        add(doc, tp.mentions_person, _person(tp, add, person))
    for node, agreement in zip(nodes, facts.agreements):
        _agreement(tp, add, doc, tp.iri(node), agreement, document.content_hash)
    for membership in facts.memberships:
        state, bloc = tp.iri(state_id(membership.state)), tp.iri(bloc_id(membership.bloc))
        add(state, tp.memberOf, bloc)
        node = tp.iri(stated_membership_id(document.content_hash, membership.bloc, membership.state))
        add(node, tp.type, tp.Membership)
        add(node, tp.member, state)
        add(node, tp.organization, bloc)
        add(node, tp.evidence, _evidence(tp, add, doc, membership.evidence, document.content_hash))


def _person(tp: _Terms, add: _Add, person: Person):
    who = tp.iri(person_id(person.name))
    add(who, tp.type, tp.Person)
    add(who, tp.label, tp.literal(person.name))
    if person.role:
        add(who, tp.role, tp.literal(person.role))
    if person.acts_for:
        add(who, tp.actsFor, tp.iri(state_id(person.acts_for)))
    return who


def _evidence(tp: _Terms, add: _Add, doc, span: Span, content_hash: str):
    evidence = tp.iri(evidence_id(content_hash, span.start, span.end))
    add(evidence, tp.type, tp.Evidence)
    add(evidence, tp.text, tp.literal(span.text))
    add(evidence, tp.start, tp.literal(str(span.start), tp.integer))
    add(evidence, tp.end, tp.literal(str(span.end), tp.integer))
    add(evidence, tp.derivedFrom, doc)
    return evidence


def _agreement(tp: _Terms, add: _Add, doc, node, agreement: Agreement, content_hash: str) -> None:
    add(node, tp.type, tp.Agreement)
    add(node, tp.type, tp.kind_classes[agreement.kind])
    add(node, tp.kind, tp.literal(agreement.kind))
    add(node, tp.status, tp.literal(agreement.status))
    add(node, tp.derivedFrom, doc)
    names = " – ".join(reference.actor_label(p) for p in agreement.parties)
    add(node, tp.label, tp.literal(f"{agreement.kind} {names} ({agreement.status})"))
    for code in agreement.parties:
        add(node, tp.party, tp.actor(code))
    add(node, tp.partyKey, tp.literal(agreement.party_key))
    if agreement.proposer:
        add(node, tp.proposer, tp.actor(agreement.proposer))
    if agreement.addressee:
        add(node, tp.addressee, tp.actor(agreement.addressee))
    if agreement.framework:
        add(node, tp.framework, tp.iri(bloc_id(agreement.framework)))
    for code in agreement.sectors:
        add(node, tp.sector, tp.iri(sector_id(code)))
    if agreement.date:
        add(node, tp.date, tp.date_literal(agreement.date))
    if agreement.confidence is not None:
        add(node, tp.confidence, tp.confidence_literal(agreement.confidence))
    if agreement.place:
        add(node, tp.place, tp.literal(agreement.place))
    for person in agreement.signatories:
        add(node, tp.signatory, _person(tp, add, person))
    for span in agreement.evidence:
        add(node, tp.evidence, _evidence(tp, add, doc, span, content_hash))


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
