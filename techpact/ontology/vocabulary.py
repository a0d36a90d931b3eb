"""The ontology's vocabulary, read once from the Turtle: kinds, statuses and their orders, classes,
labels and display styles. Every module takes them from here, none spells them out.

The constants below (KINDS, STATUSES, …) are read on first use, not at import, through the
module's __getattr__; the Turtle is parsed once.

Statuses have three orders, each a property in techpact.ttl, because three jobs need them:
- tp:rank (STATUSES, STATUS_RANK): an agreement's course, planned → proposed → signed → in force
  → ended → rejected; within one report a later step overrides an earlier one (extraction).
- tp:strength (STATUSES_BY_STRENGTH): how firmly a status says the agreement exists; across
  several reports the firmest is shown (maps, the CLI's --status choices), rejected last.
- tp:precedence (STATUSES_BY_PRECEDENCE): which status a clause reports when it signals several
  (extraction cues: a negation first).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import OWL, SKOS

from techpact.ontology.namespace import TP


def _read_turtle(name: str) -> Graph:
    graph = Graph()
    graph.parse(data=resources.files("techpact.ontology").joinpath(name).read_text(encoding="utf-8"), format="turtle")
    return graph


@lru_cache(maxsize=1)
def ontology_graph() -> Graph:
    """The techpact ontology, with the sector and status concept schemes."""
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


@lru_cache(maxsize=1)
def sector_idioms() -> dict[str, tuple[str, ...]]:
    """Sector code -> phrases that hold one of its labels without signalling it (tp:idiom: "fiscal space")."""
    graph = ontology_graph()
    result: dict[str, tuple[str, ...]] = {}
    for concept in graph.subjects(SKOS.inScheme, TP.sectors):
        idioms = sorted(str(idiom) for idiom in graph.objects(concept, TP.idiom))
        if idioms:
            result[str(graph.value(concept, SKOS.notation))] = tuple(idioms)
    return dict(sorted(result.items()))


def sector_codes() -> list[str]:
    """The twenty sector codes, sorted."""
    return list(sector_labels())


@dataclass(frozen=True)
class Kind:
    """A kind of agreement: its tp:kind code and its subclass of tp:Agreement."""

    code: str
    iri: URIRef
    name: str            # the class's local name, a Neo4j label
    label: str
    rank: int
    default_status: str
    refinable: bool
    generic: bool
    specific: bool
    issued_when_made: bool
    in_force_by_own_course: bool


@dataclass(frozen=True)
class Status:
    """A value of tp:status, with its place in each of the three orders."""

    code: str
    iri: URIRef
    label: str
    rank: int
    strength: int
    precedence: int


@dataclass(frozen=True)
class NodeClass:
    """A class whose instances are nodes (of a map, of Neo4j), with its display style."""

    name: str
    iri: URIRef
    label: str
    rank: int
    colour: str | None
    shape: str | None


def _int(graph: Graph, subject, predicate) -> int:
    value = graph.value(subject, predicate)
    if value is None:
        raise ValueError(f"techpact.ttl: {subject} has no {predicate}")
    return int(value)


def _flag(graph: Graph, subject, predicate) -> bool:
    value = graph.value(subject, predicate)
    return bool(value.toPython()) if isinstance(value, Literal) else False


def _text(graph: Graph, subject, predicate) -> str | None:
    value = graph.value(subject, predicate)
    return None if value is None else str(value)


@lru_cache(maxsize=1)
def kinds() -> tuple[Kind, ...]:
    """The kinds of agreement, in tp:rank order."""
    graph = ontology_graph()
    found = [Kind(str(code), cls, str(cls).split("#")[-1], str(graph.value(cls, RDFS.label)), _int(graph, cls, TP.rank),
                  str(graph.value(cls, TP.defaultStatus)), _flag(graph, cls, TP.refinable), _flag(graph, cls, TP.generic),
                  _flag(graph, cls, TP.specific), _flag(graph, cls, TP.issuedWhenMade), _flag(graph, cls, TP.inForceByOwnCourse))
             for cls, code in graph.subject_objects(TP.kindCode)]
    return tuple(sorted(found, key=lambda kind: kind.rank))


@lru_cache(maxsize=1)
def statuses() -> tuple[Status, ...]:
    """The statuses, in tp:rank order (an agreement's course)."""
    graph = ontology_graph()
    found = [Status(str(graph.value(concept, SKOS.notation)), concept, str(graph.value(concept, SKOS.prefLabel)),
                    _int(graph, concept, TP.rank), _int(graph, concept, TP.strength), _int(graph, concept, TP.precedence))
             for concept in graph.subjects(SKOS.inScheme, TP.statuses)]
    return tuple(sorted(found, key=lambda status: status.rank))


@lru_cache(maxsize=1)
def node_classes() -> tuple[NodeClass, ...]:
    """The classes whose instances become nodes, in tp:rank order (kinds of agreement aside)."""
    graph = ontology_graph()
    kind_classes = set(graph.subjects(TP.kindCode, None))
    found = [NodeClass(str(cls).split("#")[-1], cls, str(graph.value(cls, RDFS.label)), _int(graph, cls, TP.rank),
                       _text(graph, cls, TP.displayColour), _text(graph, cls, TP.displayShape))
             for cls in graph.subjects(RDF.type, OWL.Class)
             if (cls, TP.rank, None) in graph and cls not in kind_classes]
    return tuple(sorted(found, key=lambda cls: cls.rank))


@lru_cache(maxsize=1)
def decision_classes() -> tuple[str, ...]:
    """The names of the kinds of review decision (the subclasses of tp:Decision), sorted."""
    graph = ontology_graph()
    return tuple(sorted(str(cls).split("#")[-1] for cls in graph.subjects(RDFS.subClassOf, TP.Decision)))


@lru_cache(maxsize=1)
def iri_valued_properties() -> frozenset[str]:
    """Object properties whose links stay IRIs in Neo4j, never relationships (tp:keptAsIri)."""
    return frozenset(str(prop) for prop in ontology_graph().subjects(TP.keptAsIri, Literal(True)))


def _constants() -> dict:
    kind_list, status_list, class_list = kinds(), statuses(), node_classes()
    drawn = [cls for cls in class_list if cls.colour]
    return {
        "KINDS": tuple(kind.code for kind in kind_list),
        "KIND_CLASSES": {kind.code: kind.iri for kind in kind_list},
        "KIND_CLASS_NAMES": tuple(kind.name for kind in kind_list),
        "DEFAULT_STATUS": {kind.code: kind.default_status for kind in kind_list},
        "REFINABLE_KINDS": frozenset(kind.code for kind in kind_list if kind.refinable),
        "GENERIC_KINDS": frozenset(kind.code for kind in kind_list if kind.generic),
        "SPECIFIC_KINDS": frozenset(kind.code for kind in kind_list if kind.specific),
        "ISSUED_KINDS": frozenset(kind.code for kind in kind_list if kind.issued_when_made),
        "DOCUMENT_KINDS": frozenset(kind.code for kind in kind_list if kind.in_force_by_own_course),
        "STATUSES": tuple(status.code for status in status_list),
        "STATUS_RANK": {status.code: status.rank for status in status_list},
        "STATUSES_BY_STRENGTH": tuple(s.code for s in sorted(status_list, key=lambda s: s.strength)),
        "STATUS_PRECEDENCE": {status.code: status.precedence for status in status_list},
        "STATUSES_BY_PRECEDENCE": tuple(s.code for s in sorted(status_list, key=lambda s: s.precedence)),
        "NODE_CLASSES": tuple(cls.name for cls in class_list),
        "CLASS_COLOURS": {cls.name: cls.colour for cls in drawn},
        "CLASS_SHAPES": {cls.name: cls.shape for cls in drawn},
    }


_CACHE: dict = {}
__all__ = ["ontology_graph", "shapes_graph", "sector_labels", "sector_idioms", "sector_codes", "kinds", "statuses", "node_classes",
           "decision_classes", "iri_valued_properties",
           "Kind", "Status", "NodeClass", "KINDS", "KIND_CLASSES", "KIND_CLASS_NAMES", "DEFAULT_STATUS",
           "REFINABLE_KINDS", "GENERIC_KINDS", "SPECIFIC_KINDS", "ISSUED_KINDS", "DOCUMENT_KINDS", "STATUSES", "STATUS_RANK", "STATUSES_BY_STRENGTH", "STATUS_PRECEDENCE",
           "STATUSES_BY_PRECEDENCE", "NODE_CLASSES", "CLASS_COLOURS", "CLASS_SHAPES"]


def __getattr__(name: str):
    if not _CACHE:
        _CACHE.update(_constants())
    try:
        return _CACHE[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None


@lru_cache(maxsize=1)
def kind_families() -> dict[str, str]:
    """Kind code -> its family (tp:kindFamily): kinds of one family may name the same act."""
    graph = ontology_graph()
    return {str(code): str(graph.value(cls, TP.kindFamily) or code)
            for cls, code in graph.subject_objects(TP.kindCode)}
