"""Where techpact's instance IRIs are minted: states, blocs, sectors, the store's own graphs.

Namespaces come from ontology/namespace.py. Still minted elsewhere, to be moved here: document
IRIs (loaders/document.py) and agreement, person, evidence and membership IRIs (graph/rdf.py).
"""

from __future__ import annotations

from rdflib import URIRef

from techpact.ontology.namespace import ID

META_GRAPH = ID["graph/meta"]                  # the store's own bookkeeping, never exported
REFERENCE_VERSION = ID["meta/referenceVersion"]
STORE_NODE = ID["meta/store"]
FINGERPRINT = ID["meta/fingerprint"]
WRITING = ID["meta/writing"]                   # marks a large graph whose write in parts has not finished
DOCUMENT_PREFIX = str(ID["doc/"])              # every document's IRI (and graph name) starts so
SYNC_IN_PROGRESS = "urn:techpact:sync-in-progress"  # a Neo4j ledger entry that exists only while a sync writes


def state_iri(iso3: str) -> URIRef:
    """IRI of a state from its ISO 3166-1 alpha-3 code."""
    return ID[f"state/{iso3}"]


def bloc_iri(code: str) -> URIRef:
    """IRI of a bloc from its code (SCO, BRICS, ...)."""
    return ID[f"bloc/{code}"]


def sector_iri(code: str) -> URIRef:
    """IRI of a sector concept from its notation."""
    return ID[f"sector/{code}"]


def is_document_graph(iri: str) -> bool:
    """True for the graph of a document (not reference data, not the store's own)."""
    return iri.startswith(DOCUMENT_PREFIX)
