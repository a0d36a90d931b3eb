"""The techpact vocabulary as an rdflib namespace; a misspelt term fails at once.

Kept in step with techpact.ttl by tests/test_ontology.py.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

ONTOLOGY_IRI = "https://w3id.org/techpact/ontology#"
ID = Namespace("https://w3id.org/techpact/id/")
SCHEMA = Namespace("https://schema.org/")
EU_COUNTRY = Namespace("http://publications.europa.eu/resource/authority/country/")


class TP(DefinedNamespace):
    """Terms of https://w3id.org/techpact/ontology#."""

    _fail = True
    _NS = Namespace(ONTOLOGY_IRI)

    # classes
    Actor: URIRef
    State: URIRef
    Bloc: URIRef
    Sector: URIRef
    Person: URIRef
    Document: URIRef
    Evidence: URIRef
    Agreement: URIRef
    MemorandumOfUnderstanding: URIRef
    BilateralAgreement: URIRef
    Treaty: URIRef
    JointStatement: URIRef
    Partnership: URIRef
    Proposal: URIRef
    Declaration: URIRef
    WorkingGroup: URIRef
    Initiative: URIRef
    Membership: URIRef
    # properties
    kindCode: URIRef
    kindFamily: URIRef
    iso3: URIRef
    iso2: URIRef
    code: URIRef
    officialName: URIRef
    demonym: URIRef
    capital: URIRef
    party: URIRef
    partyKey: URIRef
    proposer: URIRef
    addressee: URIRef
    framework: URIRef
    sector: URIRef
    kind: URIRef
    status: URIRef
    date: URIRef
    confidence: URIRef
    place: URIRef
    signatory: URIRef
    evidence: URIRef
    derivedFrom: URIRef
    text: URIRef
    start: URIRef
    end: URIRef
    mentions: URIRef
    memberOf: URIRef
    actsFor: URIRef
    role: URIRef
    memberSince: URIRef
    member: URIRef
    organization: URIRef
    # individuals
    sectors: URIRef


KIND_CLASSES: dict[str, URIRef] = {
    "mou": TP.MemorandumOfUnderstanding,
    "agreement": TP.BilateralAgreement,
    "treaty": TP.Treaty,
    "joint-statement": TP.JointStatement,
    "partnership": TP.Partnership,
    "proposal": TP.Proposal,
    "declaration": TP.Declaration,
    "working-group": TP.WorkingGroup,
    "initiative": TP.Initiative,
}
STATUSES = ("signed", "proposed", "planned", "in-force", "ended", "rejected")

REFERENCE_STATES_GRAPH = ID["graph/reference/states"]
REFERENCE_BLOCS_GRAPH = ID["graph/reference/blocs"]
ONTOLOGY_GRAPH = ID["graph/ontology"]


def state_iri(iso3: str) -> URIRef:
    """IRI of a state from its ISO 3166-1 alpha-3 code."""
    return ID[f"state/{iso3}"]


def bloc_iri(code: str) -> URIRef:
    """IRI of a bloc from its code (SCO, BRICS, ...)."""
    return ID[f"bloc/{code}"]


def sector_iri(code: str) -> URIRef:
    """IRI of a sector concept from its notation."""
    return ID[f"sector/{code}"]
