"""Where techpact's instance IRIs are minted, all of them: documents, states, blocs, sectors,
agreements, people, evidence, memberships, review decisions and the store's own graphs.

Namespaces come from ontology/namespace.py. The *_id functions give plain strings (the quads
path builds Oxigraph terms from them); the *_iri functions the same IRIs as rdflib URIRefs.
"""

from __future__ import annotations

import re

from rdflib import URIRef

from techpact.ontology.namespace import ID

META_GRAPH = ID["graph/meta"]                  # the store's own bookkeeping, never exported
REFERENCE_VERSION = ID["meta/referenceVersion"]
STORE_NODE = ID["meta/store"]
FINGERPRINT = ID["meta/fingerprint"]
WRITING = ID["meta/writing"]                   # marks a large graph whose write in parts has not finished
DOCUMENT_PREFIX = str(ID["doc/"])              # every document's IRI (and graph name) starts so
SYNC_IN_PROGRESS = "urn:techpact:sync-in-progress"  # a Neo4j ledger entry that exists only while a sync writes


_ID = str(ID)
_SLUG = re.compile(r"[^a-z0-9]+")


def document_id(content_hash: str) -> str:
    """A document's IRI (and the name of its graph), from the hash of its text."""
    return f"{_ID}doc/{content_hash[:32]}"


def agreement_id(content_hash: str, index: int) -> str:
    """The index-th (1-based) agreement a document reports."""
    return f"{_ID}agreement/{content_hash[:16]}-{index}"


def evidence_id(content_hash: str, start: int, end: int) -> str:
    """A sentence of a document, by its character offsets."""
    return f"{_ID}evidence/{content_hash[:16]}-{start}-{end}"


def stated_membership_id(content_hash: str, bloc: str, state: str) -> str:
    """A membership a document states."""
    return f"{_ID}membership/{content_hash[:16]}/{bloc}/{state}"


def reference_membership_iri(bloc: str, iso3: str) -> URIRef:
    """A membership of the curated reference data."""
    return ID[f"membership/{bloc}/{iso3}"]


def person_id(name: str) -> str:
    """A person, from the name (one node per name across documents)."""
    return _ID + "person/" + _SLUG.sub("-", name.lower()).strip("-")


def state_id(iso3: str) -> str:
    """A state, from its ISO 3166-1 alpha-3 code."""
    return f"{_ID}state/{iso3}"


def bloc_id(code: str) -> str:
    """A bloc, from its code."""
    return f"{_ID}bloc/{code}"


def sector_id(code: str) -> str:
    """A sector concept, from its notation."""
    return f"{_ID}sector/{code}"


AGREEMENT_PREFIX = _ID + "agreement/"
REVIEW_PREFIX = _ID + "review/"


def state_iri(iso3: str) -> URIRef:
    """IRI of a state from its ISO 3166-1 alpha-3 code."""
    return ID[f"state/{iso3}"]


def bloc_iri(code: str) -> URIRef:
    """IRI of a bloc from its code (SCO, BRICS, ...)."""
    return ID[f"bloc/{code}"]


def sector_iri(code: str) -> URIRef:
    """IRI of a sector concept from its notation."""
    return ID[f"sector/{code}"]


REVIEW_GRAPH_PREFIX = str(ID["graph/review/"])  # every review decision's graph starts so


def review_graph_iri(decision_id: str) -> URIRef:
    """Name of the graph holding one review decision."""
    return ID[f"graph/review/{decision_id}"]


def decision_iri(decision_id: str) -> URIRef:
    """IRI of one review decision."""
    return ID[f"review/{decision_id}"]


def reviewed_agreement_iri(decision_id: str) -> URIRef:
    """IRI of an agreement a review decision made (an addition, or the part a split moved off)."""
    return ID[f"agreement/review-{decision_id}"]


def reviewed_membership_iri(decision_id: str) -> URIRef:
    """IRI of a stated membership a review decision added."""
    return ID[f"membership/review-{decision_id}"]


def reviewed_evidence_iri(decision_id: str) -> URIRef:
    """IRI of the evidence sentence a review decision quoted."""
    return ID[f"evidence/review-{decision_id}"]


def agreement_ref_iri(ref: str) -> URIRef:
    """An agreement's IRI from its full IRI, 'agreement/ID' or the bare ID an analyst types."""
    if ref.startswith(str(ID)):
        return URIRef(ref)
    return ID[ref] if ref.startswith("agreement/") else ID[f"agreement/{ref}"]


def is_review_graph(iri: str) -> bool:
    """True for the graph of a review decision."""
    return iri.startswith(REVIEW_GRAPH_PREFIX)


def is_document_graph(iri: str) -> bool:
    """True for the graph of a document (not reference data, not the store's own)."""
    return iri.startswith(DOCUMENT_PREFIX)
