"""Facts -> RDF: a document's named graph (as quads or an rdflib Graph), the reference graphs."""

from __future__ import annotations

import hashlib

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS, XSD

from techpact.extract.facts import Facts
from techpact.loaders.document import Document
from techpact.ontology import reference
from techpact.graph.iris import agreement_id, bloc_iri, document_id, reference_membership_iri, state_iri
from techpact.extract.facts import PartialDate
from techpact.graph.quads import NQuads, confidence_term, date_term, document_nquads, document_quads, person_node, to_rdflib
from techpact.ontology.namespace import EU_COUNTRY, ID, REFERENCE_BLOCS_GRAPH, REFERENCE_STATES_GRAPH, SCHEMA, TP


def bind_prefixes(graph: Graph) -> Graph:
    """Bind the prefixes every techpact export uses."""
    graph.bind("tp", TP._NS)
    graph.bind("tpid", ID)
    graph.bind("schema", SCHEMA)
    graph.bind("dcterms", DCTERMS)
    graph.bind("skos", SKOS)
    graph.bind("owl", OWL)
    return graph


def actor_iri(code: str) -> URIRef:
    """IRI of a state or bloc from its code."""
    return bloc_iri(code) if reference.is_bloc(code) else state_iri(code)


def person_iri(name: str) -> URIRef:
    """IRI of a person from the name (one node per name across documents)."""
    return URIRef(person_node(name).value)


def agreement_iri(document: Document, index: int) -> URIRef:
    """IRI of the index-th agreement reported by a document."""
    return URIRef(agreement_id(document.content_hash, index))


def document_iri(document: Document) -> URIRef:
    """A document's IRI, which is also the name of its graph."""
    return URIRef(document_id(document.content_hash))


def agreement_node(document: Document, index: int, same_as: dict[int, URIRef] | None = None) -> URIRef:
    """The IRI a document's index-th agreement (1-based) is stored under."""
    return (same_as or {}).get(index - 1) or agreement_iri(document, index)


def agreement_nodes(document: Document, facts: Facts, same_as: dict[int, URIRef] | None = None) -> list[str]:
    """The IRI each of a document's agreements is stored under, in order."""
    return [str(agreement_node(document, index, same_as)) for index in range(1, len(facts.agreements) + 1)]


def build_document_quads(document: Document, facts: Facts, same_as: dict[int, URIRef] | None = None) -> list[ox.Quad]:
    """The named graph of one document as Oxigraph quads, what ingest stores (see graph/quads.py).

    same_as maps an agreement's index to the IRI of an agreement other documents already
    reported: this document's statements then join that node instead of a new one.
    """
    return document_quads(document, facts, agreement_nodes(document, facts, same_as))


def build_document_nquads(document: Document, facts: Facts, same_as: dict[int, URIRef] | None = None) -> NQuads:
    """The quads of build_document_quads as N-Quads text, with their fingerprint and number (what ingest writes)."""
    return document_nquads(document, facts, agreement_nodes(document, facts, same_as))


def build_document_graph(document: Document, facts: Facts, same_as: dict[int, URIRef] | None = None) -> Graph:
    """The same named graph as an rdflib Graph (for serialising, comparing, notebooks)."""
    return _graph_of(document_iri(document), build_document_quads(document, facts, same_as))


def date_literal(date: PartialDate) -> Literal:
    """An xsd:gYear, xsd:gYearMonth or xsd:date literal, as precise as the date (the quads' term, for rdflib)."""
    return to_rdflib(date_term(date))


def confidence_literal(value: float) -> Literal:
    """An xsd:decimal in canonical form, as the store keeps it (the quads' term, for rdflib)."""
    return to_rdflib(confidence_term(value))


def _graph_of(identifier: URIRef, quads: list[ox.Quad]) -> Graph:
    graph = bind_prefixes(Graph(identifier=identifier))
    for quad in quads:
        graph.add((to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object)))
    return graph


def _statements(identifier: URIRef):
    """An ordered set of quads in one graph, and the function that adds a statement to it once."""
    graph, quads = ox.NamedNode(str(identifier)), {}

    def add(subject, predicate, obj) -> None:
        quads[ox.Quad(subject, predicate, obj, graph)] = None
    return quads, add


def _node(iri) -> ox.NamedNode:
    return ox.NamedNode(str(iri))


def _en(text: str) -> ox.Literal:
    return ox.Literal(text, language="en")


def states_quads() -> list[ox.Quad]:
    """Reference graph: every ISO 3166-1 state with its names, demonyms and capitals (what the store holds)."""
    quads, add = _statements(REFERENCE_STATES_GRAPH)
    kind, label, pref, alt, same = _node(RDF.type), _node(RDFS.label), _node(SKOS.prefLabel), _node(SKOS.altLabel), _node(OWL.sameAs)
    state, iso3, iso2, official, demonym, capital = (_node(t) for t in (
        TP.State, TP.iso3, TP.iso2, TP.officialName, TP.demonym, TP.capital))
    for ref in reference.states().values():
        node = _node(state_iri(ref.iso3))
        add(node, kind, state)
        add(node, iso3, ox.Literal(ref.iso3))
        add(node, iso2, ox.Literal(ref.iso2))
        add(node, label, _en(ref.name))
        add(node, pref, _en(ref.name))
        add(node, same, _node(EU_COUNTRY[ref.iso3]))
        if ref.official_name:
            add(node, official, _en(ref.official_name))
        for name in ref.names:
            if name != ref.name:
                add(node, alt, _en(name))
        for name in ref.demonyms:
            add(node, demonym, _en(name))
        for name in ref.capitals:
            add(node, capital, _en(name))
    return list(quads)


def blocs_quads() -> list[ox.Quad]:
    """Reference graph: the curated blocs and their members, with dates and sources (what the store holds)."""
    quads, add = _statements(REFERENCE_BLOCS_GRAPH)
    kind, label, pref, alt, source = _node(RDF.type), _node(RDFS.label), _node(SKOS.prefLabel), _node(SKOS.altLabel), _node(DCTERMS.source)
    bloc_class, code, member_of, membership_class, member, organization, since = (_node(t) for t in (
        TP.Bloc, TP.code, TP.memberOf, TP.Membership, TP.member, TP.organization, TP.memberSince))
    year_type = _node(XSD.gYear)
    for bloc in reference.blocs().values():
        node, origin = _node(bloc_iri(bloc.code)), _node(bloc.source)
        add(node, kind, bloc_class)
        add(node, code, ox.Literal(bloc.code))
        add(node, label, _en(bloc.name))
        add(node, pref, _en(bloc.name))
        add(node, source, origin)
        for name in bloc.labels:
            if name != bloc.name:
                add(node, alt, _en(name))
        for iso3, year in sorted(bloc.members.items()):
            state = _node(state_iri(iso3))
            membership = _node(reference_membership_iri(bloc.code, iso3))
            add(state, member_of, node)
            add(membership, kind, membership_class)
            add(membership, member, state)
            add(membership, organization, node)
            add(membership, since, ox.Literal(str(year), datatype=year_type))
            add(membership, source, origin)
    return list(quads)


def build_states_graph() -> Graph:
    """Reference graph: every ISO 3166-1 state with its names, demonyms and capitals (states_quads, in rdflib)."""
    return _graph_of(REFERENCE_STATES_GRAPH, states_quads())


def build_blocs_graph() -> Graph:
    """Reference graph: the curated blocs and their members, with dates and sources (blocs_quads, in rdflib)."""
    return _graph_of(REFERENCE_BLOCS_GRAPH, blocs_quads())


def reference_version() -> str:
    """A fingerprint of the ontology and reference data, to reload them when they change."""
    from importlib import resources

    digest = hashlib.sha256()
    for name in ("techpact.ttl", "blocs.json", "state_names.json", "shapes.ttl"):
        digest.update(resources.files("techpact.ontology").joinpath(name).read_bytes())
    return digest.hexdigest()[:16]
