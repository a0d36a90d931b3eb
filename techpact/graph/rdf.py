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
from techpact.graph.quads import confidence_term, date_term, document_quads, person_node, to_rdflib
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


def build_document_graph(document: Document, facts: Facts, same_as: dict[int, URIRef] | None = None) -> Graph:
    """The same named graph as an rdflib Graph (for serialising, comparing, notebooks)."""
    graph = bind_prefixes(Graph(identifier=document_iri(document)))
    for quad in build_document_quads(document, facts, same_as):
        graph.add((to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object)))
    return graph


def date_literal(date: PartialDate) -> Literal:
    """An xsd:gYear, xsd:gYearMonth or xsd:date literal, as precise as the date (the quads' term, for rdflib)."""
    return to_rdflib(date_term(date))


def confidence_literal(value: float) -> Literal:
    """An xsd:decimal in canonical form, as the store keeps it (the quads' term, for rdflib)."""
    return to_rdflib(confidence_term(value))


def build_states_graph() -> Graph:
    """Reference graph: every ISO 3166-1 state with its names, demonyms and capitals."""
    graph = bind_prefixes(Graph(identifier=REFERENCE_STATES_GRAPH))
    for ref in reference.states().values():
        node = state_iri(ref.iso3)
        graph.add((node, RDF.type, TP.State))
        graph.add((node, TP.iso3, Literal(ref.iso3)))
        graph.add((node, TP.iso2, Literal(ref.iso2)))
        graph.add((node, RDFS.label, Literal(ref.name, lang="en")))
        graph.add((node, SKOS.prefLabel, Literal(ref.name, lang="en")))
        graph.add((node, OWL.sameAs, EU_COUNTRY[ref.iso3]))
        if ref.official_name:
            graph.add((node, TP.officialName, Literal(ref.official_name, lang="en")))
        for name in ref.names:
            if name != ref.name:
                graph.add((node, SKOS.altLabel, Literal(name, lang="en")))
        for name in ref.demonyms:
            graph.add((node, TP.demonym, Literal(name, lang="en")))
        for name in ref.capitals:
            graph.add((node, TP.capital, Literal(name, lang="en")))
    return graph


def build_blocs_graph() -> Graph:
    """Reference graph: the curated blocs and their members, with dates and sources."""
    graph = bind_prefixes(Graph(identifier=REFERENCE_BLOCS_GRAPH))
    for bloc in reference.blocs().values():
        node = bloc_iri(bloc.code)
        graph.add((node, RDF.type, TP.Bloc))
        graph.add((node, TP.code, Literal(bloc.code)))
        graph.add((node, RDFS.label, Literal(bloc.name, lang="en")))
        graph.add((node, SKOS.prefLabel, Literal(bloc.name, lang="en")))
        graph.add((node, DCTERMS.source, URIRef(bloc.source)))
        for label in bloc.labels:
            if label != bloc.name:
                graph.add((node, SKOS.altLabel, Literal(label, lang="en")))
        for iso3, year in sorted(bloc.members.items()):
            state = state_iri(iso3)
            membership = reference_membership_iri(bloc.code, iso3)
            graph.add((state, TP.memberOf, node))
            graph.add((membership, RDF.type, TP.Membership))
            graph.add((membership, TP.member, state))
            graph.add((membership, TP.organization, node))
            graph.add((membership, TP.memberSince, Literal(str(year), datatype=XSD.gYear)))
            graph.add((membership, DCTERMS.source, URIRef(bloc.source)))
    return graph


def reference_version() -> str:
    """A fingerprint of the ontology and reference data, to reload them when they change."""
    from importlib import resources

    digest = hashlib.sha256()
    for name in ("techpact.ttl", "blocs.json", "state_names.json", "shapes.ttl"):
        digest.update(resources.files("techpact.ontology").joinpath(name).read_bytes())
    return digest.hexdigest()[:16]
