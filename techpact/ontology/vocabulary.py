"""Read the ontology and the SHACL shapes shipped with the package."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from rdflib import Graph
from rdflib.namespace import SKOS

from techpact.ontology.namespace import TP


def _read_turtle(name: str) -> Graph:
    graph = Graph()
    graph.parse(data=resources.files("techpact.ontology").joinpath(name).read_text(encoding="utf-8"), format="turtle")
    return graph


@lru_cache(maxsize=1)
def ontology_graph() -> Graph:
    """The techpact ontology, with the sector concept scheme."""
    return _read_turtle("techpact.ttl")


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    """The SHACL shapes the store is validated against."""
    return _read_turtle("shapes.ttl")


@lru_cache(maxsize=1)
def sector_labels() -> dict[str, tuple[str, ...]]:
    """Sector code -> every label that signals it in text (prefLabel and altLabels)."""
    graph = ontology_graph()
    result: dict[str, tuple[str, ...]] = {}
    for concept in graph.subjects(SKOS.inScheme, TP.sectors):
        code = str(graph.value(concept, SKOS.notation))
        labels = [str(graph.value(concept, SKOS.prefLabel))]
        labels += sorted(str(label) for label in graph.objects(concept, SKOS.altLabel))
        result[code] = tuple(dict.fromkeys(labels))
    return dict(sorted(result.items()))


def sector_codes() -> list[str]:
    """The twenty sector codes, sorted."""
    return list(sector_labels())


@lru_cache(maxsize=1)
def kind_families() -> dict[str, str]:
    """Kind code -> its family (tp:kindFamily): kinds of one family may name the same act."""
    graph = ontology_graph()
    return {str(code): str(graph.value(cls, TP.kindFamily) or code)
            for cls, code in graph.subject_objects(TP.kindCode)}
