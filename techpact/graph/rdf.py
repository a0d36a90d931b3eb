"""Facts -> RDF: one rdflib Graph per document, plus the reference and ontology graphs."""

from __future__ import annotations

import hashlib
import re

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS, XSD

from techpact.extract.facts import Agreement, Facts, PartialDate
from techpact.loaders.document import Document
from techpact.ontology import reference
from techpact.graph.iris import bloc_iri, sector_iri, state_iri
from techpact.ontology.namespace import EU_COUNTRY, ID, SCHEMA, TP
from techpact.ontology.vocabulary import KIND_CLASSES


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
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return ID[f"person/{slug}"]


def agreement_iri(document: Document, index: int) -> URIRef:
    """IRI of the index-th agreement reported by a document."""
    return ID[f"agreement/{document.content_hash[:16]}-{index}"]


def agreement_node(document: Document, index: int, same_as: dict[int, URIRef] | None = None) -> URIRef:
    """The IRI a document's index-th agreement (1-based) is stored under."""
    return (same_as or {}).get(index - 1) or agreement_iri(document, index)


def build_document_graph(document: Document, facts: Facts, same_as: dict[int, URIRef] | None = None) -> Graph:
    """The named graph of one document: its metadata, mentions, agreements, memberships.

    same_as maps an agreement's index to the IRI of an agreement other documents already
    reported: this document's statements then join that node instead of a new one.
    """
    graph = bind_prefixes(Graph(identifier=document.iri))
    doc = document.iri
    graph.add((doc, RDF.type, TP.Document))
    graph.add((doc, DCTERMS.source, Literal(document.source)))
    graph.add((doc, DCTERMS.identifier, Literal(document.content_hash)))
    graph.add((doc, DCTERMS["format"], Literal(document.media_type)))
    if document.title:
        graph.add((doc, DCTERMS.title, Literal(document.title)))
    if document.url:
        graph.add((doc, SCHEMA.url, Literal(document.url, datatype=XSD.anyURI)))
    if document.issued:
        graph.add((doc, DCTERMS.issued, Literal(document.issued, datatype=XSD.date)))
    for code in facts.mentioned_codes:
        graph.add((doc, TP.mentions, actor_iri(code)))
    for person in facts.people:
        graph.add((doc, SCHEMA.mentions, _add_person(graph, person)))
    for index, agreement in enumerate(facts.agreements, 1):
        _add_agreement(graph, document, agreement_node(document, index, same_as), agreement)
    for membership in facts.memberships:
        state, bloc = state_iri(membership.state), bloc_iri(membership.bloc)
        graph.add((state, TP.memberOf, bloc))
        node = ID[f"membership/{document.content_hash[:16]}/{membership.bloc}/{membership.state}"]
        graph.add((node, RDF.type, TP.Membership))
        graph.add((node, TP.member, state))
        graph.add((node, TP.organization, bloc))
        graph.add((node, TP.evidence, _add_evidence(graph, document, membership.evidence)))
    return graph


_DATE_TYPES = {"year": XSD.gYear, "month": XSD.gYearMonth, "day": XSD.date}


def date_literal(date: PartialDate) -> Literal:
    """An xsd:gYear, xsd:gYearMonth or xsd:date literal, as precise as the date."""
    return Literal(date.isoformat(), datatype=_DATE_TYPES[date.precision])


def confidence_literal(value: float) -> Literal:
    """An xsd:decimal in canonical form (three places, no trailing zeros), as the store keeps it."""
    return Literal(f"{value:.3f}".rstrip("0").rstrip("."), datatype=XSD.decimal)


def _add_person(graph: Graph, person) -> URIRef:
    who = person_iri(person.name)
    graph.add((who, RDF.type, TP.Person))
    graph.add((who, RDFS.label, Literal(person.name)))
    if person.role:
        graph.add((who, TP.role, Literal(person.role)))
    if person.acts_for:
        graph.add((who, TP.actsFor, state_iri(person.acts_for)))
    return who


def _add_evidence(graph: Graph, document: Document, span) -> URIRef:
    evidence = ID[f"evidence/{document.content_hash[:16]}-{span.start}-{span.end}"]
    graph.add((evidence, RDF.type, TP.Evidence))
    graph.add((evidence, TP.text, Literal(span.text)))
    graph.add((evidence, TP.start, Literal(span.start)))
    graph.add((evidence, TP.end, Literal(span.end)))
    graph.add((evidence, TP.derivedFrom, document.iri))
    return evidence


def _add_agreement(graph: Graph, document: Document, node: URIRef, agreement: Agreement) -> None:
    graph.add((node, RDF.type, TP.Agreement))
    graph.add((node, RDF.type, KIND_CLASSES[agreement.kind]))
    graph.add((node, TP.kind, Literal(agreement.kind)))
    graph.add((node, TP.status, Literal(agreement.status)))
    graph.add((node, TP.derivedFrom, document.iri))
    names = " – ".join(reference.actor_label(p) for p in agreement.parties)
    graph.add((node, RDFS.label, Literal(f"{agreement.kind} {names} ({agreement.status})")))
    for code in agreement.parties:
        graph.add((node, TP.party, actor_iri(code)))
    graph.add((node, TP.partyKey, Literal(agreement.party_key)))
    if agreement.proposer:
        graph.add((node, TP.proposer, actor_iri(agreement.proposer)))
    if agreement.addressee:
        graph.add((node, TP.addressee, actor_iri(agreement.addressee)))
    if agreement.framework:
        graph.add((node, TP.framework, bloc_iri(agreement.framework)))
    for code in agreement.sectors:
        graph.add((node, TP.sector, sector_iri(code)))
    if agreement.date:
        graph.add((node, TP.date, date_literal(agreement.date)))
    if agreement.confidence is not None:
        graph.add((node, TP.confidence, confidence_literal(agreement.confidence)))
    if agreement.place:
        graph.add((node, TP.place, Literal(agreement.place)))
    for person in agreement.signatories:
        graph.add((node, TP.signatory, _add_person(graph, person)))
    for span in agreement.evidence:
        graph.add((node, TP.evidence, _add_evidence(graph, document, span)))


def build_states_graph() -> Graph:
    """Reference graph: every ISO 3166-1 state with its names, demonyms and capitals."""
    graph = bind_prefixes(Graph(identifier=ID["graph/reference/states"]))
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
    graph = bind_prefixes(Graph(identifier=ID["graph/reference/blocs"]))
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
            membership = ID[f"membership/{bloc.code}/{iso3}"]
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
