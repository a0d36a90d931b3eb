"""SHACL validation of the store against the shapes shipped in ontology/."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph

from techpact.graph.iris import is_review_graph
from techpact.graph.store import Store
from techpact.ontology.vocabulary import ontology_graph, shapes_graph
from techpact.queries import internal_query


@dataclass(frozen=True)
class ValidationReport:
    """Whether the store conforms, and the violations as readable lines."""

    conforms: bool
    violations: list[str]


def validate_store(store: Store) -> ValidationReport:
    """Run the SHACL shapes over the union of every graph in the store but the review decisions.

    Decisions are records of what analysts did, not statements about agreements: what one acts on
    may be gone from the view (a rejected agreement, a removed document), and the ontology's ranges
    would make it an empty agreement or document under RDFS inference.
    """
    import pyshacl

    data = Graph()
    for quad_graph in store.to_rdflib().graphs():
        if not is_review_graph(str(quad_graph.identifier)):
            data += quad_graph
    conforms, results, _ = pyshacl.validate(
        data, shacl_graph=shapes_graph(), ont_graph=ontology_graph(), inference="rdfs", allow_warnings=True)
    violations = []
    for focus, path, message in results.query(internal_query("validation-results")):
        violations.append(f"{focus}: {path.split('#')[-1] + ': ' if path else ''}{message}")
    return ValidationReport(bool(conforms), violations)
