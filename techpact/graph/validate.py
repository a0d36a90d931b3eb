"""SHACL validation of the store against the shapes shipped in ontology/."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph

from techpact.graph.store import Store
from techpact.ontology.vocabulary import ontology_graph, shapes_graph
from techpact.queries import internal_query


@dataclass(frozen=True)
class ValidationReport:
    """Whether the store conforms, and the violations as readable lines."""

    conforms: bool
    violations: list[str]


def validate_store(store: Store) -> ValidationReport:
    """Run the SHACL shapes over the union of every graph in the store."""
    import pyshacl

    data = Graph()
    for quad_graph in store.to_rdflib().graphs():
        data += quad_graph
    conforms, results, _ = pyshacl.validate(
        data, shacl_graph=shapes_graph(), ont_graph=ontology_graph(), inference="rdfs", allow_warnings=True)
    violations = []
    for focus, path, message in results.query(internal_query("validation-results")):
        violations.append(f"{focus}: {path.split('#')[-1] + ': ' if path else ''}{message}")
    return ValidationReport(bool(conforms), violations)
