"""The techpact namespaces: TP as an rdflib namespace (a misspelt term fails at once), ID for
instances, the standard prefixes. The only place namespace strings are written in Python.

TP is kept in step with techpact.ttl by tests/test_ontology.py; IRIs are minted in graph/iris.py.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace

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
    Status: URIRef
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
    idiom: URIRef
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
    # review decisions (techpact/review/)
    Decision: URIRef
    Rejection: URIRef
    Confirmation: URIRef
    Correction: URIRef
    Merger: URIRef
    Split: URIRef
    Addition: URIRef
    Undoing: URIRef
    reviews: URIRef
    absorbs: URIRef
    yields: URIRef
    document: URIRef
    undoes: URIRef
    reason: URIRef
    quote: URIRef
    setKind: URIRef
    setStatus: URIRef
    setDate: URIRef
    setSector: URIRef
    setParty: URIRef
    clearsSectors: URIRef
    aboutMember: URIRef
    aboutBloc: URIRef
    reviewedIn: URIRef
    # annotations of the vocabulary (read by vocabulary.py)
    rank: URIRef
    strength: URIRef
    precedence: URIRef
    defaultStatus: URIRef
    refinable: URIRef
    generic: URIRef
    specific: URIRef
    issuedWhenMade: URIRef
    inForceByOwnCourse: URIRef
    displayColour: URIRef
    displayShape: URIRef
    keptAsIri: URIRef
    # individuals
    sectors: URIRef
    statuses: URIRef


REFERENCE_STATES_GRAPH = ID["graph/reference/states"]
REFERENCE_BLOCS_GRAPH = ID["graph/reference/blocs"]
ONTOLOGY_GRAPH = ID["graph/ontology"]

# The prefixes every query may use without declaring them, and every export binds.
PREFIXES = {
    "tp": ONTOLOGY_IRI,
    "tpid": str(ID),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "skos": str(SKOS),
    "dcterms": str(DCTERMS),
    "schema": str(SCHEMA),
    "owl": str(OWL),
    "prov": str(PROV),
}
