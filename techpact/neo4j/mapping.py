"""The RDF -> property-graph mapping: which labels, property names and relationship types.

Two shapes: techpact's own (DESIGN.md: class labels, local property names, UPPER_SNAKE
relationships) and the neosemantics (n10s) shape (`Resource` label, `uri`, prefixed names
such as `tp__State`, `tp__iso3`, `tp__party`) for teams already on n10s. Every label and
relationship type comes from the ontology or a known vocabulary and is checked to be a plain
identifier before it is written into Cypher.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import pyoxigraph as ox

from rdflib.namespace import RDF
from rdflib.namespace import XSD as _XSD

from techpact.collector import collector_paused
from techpact.errors import Neo4jError
from techpact.ontology import vocabulary
from techpact.ontology.namespace import ONTOLOGY_IRI as TP
from techpact.ontology.namespace import PREFIXES
from techpact.ontology.namespace import TP as _TP

RDF_TYPE = str(RDF.type)
_EVIDENCE = str(_TP.evidence)
XSD = str(_XSD)
_DATE = str(_TP.date)
_CONFIDENCE = str(_TP.confidence)

# The classes that become labels (ontology order, tp:rank); the first label in this order that a
# node has is its key label. The kinds of agreement and of review decision are further labels.
KEY_LABELS = vocabulary.NODE_CLASSES
EXTRA_LABELS = vocabulary.KIND_CLASS_NAMES + vocabulary.decision_classes()
# Links kept as IRI properties (tp:keptAsIri): a decision's target comes and goes with other graphs.
IRI_VALUED = vocabulary.iri_valued_properties()
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def local_name(iri: str) -> str:
    """The part of an IRI after its last # or /."""
    return re.split(r"[#/]", iri)[-1]


def relationship_type(predicate_iri: str) -> str:
    """tp:memberOf -> MEMBER_OF; refuses anything that is not a plain identifier."""
    name = local_name(predicate_iri)
    if not _IDENTIFIER.match(name):
        raise Neo4jError(f"predicate {predicate_iri} cannot be a relationship type")
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).upper()


class Shape:
    """techpact's own mapping (DESIGN.md)."""

    name = "techpact"
    ledger_label = "TechpactSyncLedger"

    @property
    def key_labels(self) -> tuple[str, ...]:
        """Labels that carry the unique uri constraint."""
        return KEY_LABELS

    @property
    def extra_labels(self) -> tuple[str, ...]:
        """Further labels a node may carry (kinds of agreement)."""
        return EXTRA_LABELS

    def labels(self, classes: set[str]) -> tuple[str, list[str]] | None:
        """(key label, extra labels) for a node with these class IRIs, or None when not ours."""
        names = {local_name(c) for c in classes if c.startswith(TP)}
        key = next((label for label in KEY_LABELS if label in names), None)
        return None if key is None else (key, sorted(names & set(EXTRA_LABELS)))

    def property_name(self, predicate: str) -> str:
        """The property a literal of this predicate becomes."""
        return local_name(predicate)

    def relationship_type(self, predicate: str) -> str:
        """The relationship type a link of this predicate becomes."""
        return relationship_type(predicate)

    def check_label(self, label: str) -> None:
        """Refuse any label outside the mapping (labels cannot be Cypher parameters)."""
        if label not in self.key_labels + self.extra_labels:
            raise Neo4jError(f"label {label!r} is not in the ontology")


class N10sShape(Shape):
    """The neosemantics shape: `Resource` + prefixed class labels, prefixed properties and types."""

    name = "n10s"
    ledger_label = "TechpactSyncLedgerN10s"
    _prefixes = {namespace: prefix for prefix, namespace in PREFIXES.items()}

    @property
    def key_labels(self) -> tuple[str, ...]:
        return ("Resource",)

    @property
    def extra_labels(self) -> tuple[str, ...]:
        return tuple(f"tp__{label}" for label in KEY_LABELS + EXTRA_LABELS)

    def labels(self, classes: set[str]) -> tuple[str, list[str]] | None:
        names = {local_name(c) for c in classes if c.startswith(TP)} & set(KEY_LABELS + EXTRA_LABELS)
        return ("Resource", sorted(f"tp__{name}" for name in names)) if names else None

    def prefixed(self, iri: str) -> str:
        """tp__party for https://w3id.org/techpact/ontology#party (n10s SHORTEN style)."""
        namespace, local = re.match(r"(.*[#/])([^#/]*)$", iri).groups()
        prefix = self._prefixes.get(namespace)
        name = f"{prefix}__{local}" if prefix else local
        if not _IDENTIFIER.match(name):
            raise Neo4jError(f"predicate {iri} cannot be named in n10s shape")
        return name

    def property_name(self, predicate: str) -> str:
        return self.prefixed(predicate)

    def relationship_type(self, predicate: str) -> str:
        return self.prefixed(predicate)

    def prefix_definitions(self) -> dict[str, str]:
        """What n10s keeps in its _NsPrefDef node: prefix -> namespace."""
        return dict(PREFIXES)


SHAPES = {"techpact": Shape(), "n10s": N10sShape()}


# A tp:date of year or month precision becomes the first day it may mean, with a precision property.
_DATE_PRECISIONS = {XSD + "date": "day", XSD + "gYearMonth": "month", XSD + "gYear": "year"}


def _date(padding: str):
    def convert(text: str):
        try:
            return dt.date.fromisoformat(text + padding)
        except ValueError:
            return text
    return convert


# datatype -> the Python value of a lexical form (a datatype not here: the text itself)
_CONVERTERS = {
    **{XSD + name: int for name in ("integer", "int", "long")},
    **{XSD + name: float for name in ("decimal", "double", "float")},
    XSD + "boolean": lambda text: text == "true",
    **{datatype: _date({"day": "", "month": "-01", "year": "-01-01"}[precision])
       for datatype, precision in _DATE_PRECISIONS.items()},
}


@dataclass
class Projection:
    """The store as property-graph rows, grouped by label and relationship type."""

    nodes: dict[str, list[dict]]                       # key label -> [{uri, labels, props}]
    relationships: dict[tuple[str, str, str], list[dict]]  # (type, from label, to label) -> [{s, o, docs}]


def project(quads: Iterable[ox.Quad], shape: Shape | None = None,
            subjects: dict[str, set[str]] | None = None) -> Projection:
    """Turn quads into node and relationship rows.

    Literals become properties (a tp:date of any precision: a DATE, its first day, plus
    `datePrecision` "year", "month" or "day"; several values: a sorted list; a language tag goes to
    `<name>_lang`, aligned with the values); links between typed nodes become relationships
    with `docs`, the graphs that state them, and `evidence`, the evidence nodes those graphs
    give for the relationship's start node (an agreement's or a membership's sentences). A link
    by a tp:keptAsIri property (what a review decision acts on) stays an IRI property.
    subjects, when given, is filled with the subjects of each named graph.
    """
    with collector_paused():  # millions of acyclic containers: the collector's passes would double the time
        return _project(quads, shape, subjects)


def _project(quads: Iterable[ox.Quad], shape: Shape | None, subjects: dict[str, set[str]] | None) -> Projection:
    shape = shape or SHAPES["techpact"]
    property_names: dict[str, str] = {}  # predicate -> name, worked out once per predicate
    classes: dict[str, set[str]] = defaultdict(set)
    props: dict[str, dict[str, dict]] = {}  # subject -> name -> value -> language
    links: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    evidence: dict[tuple[str, str], set[str]] = defaultdict(set)
    in_graphs: dict[str, set[str]] = defaultdict(set)  # graph -> its subjects, when asked for
    literal, named, converters = ox.Literal, ox.NamedNode, _CONVERTERS  # locals: this loop runs once per quad
    for quad in quads:
        subject, predicate, obj = quad.subject.value, quad.predicate.value, quad.object
        if subjects is not None and type(quad.graph_name) is named:
            in_graphs[quad.graph_name.value].add(subject)
        if predicate == RDF_TYPE:
            classes[subject].add(obj.value)
        elif type(obj) is literal:
            name = property_names.get(predicate) or property_names.setdefault(predicate, shape.property_name(predicate))
            datatype, text = obj.datatype.value, obj.value
            convert = converters.get(datatype)
            value = text if convert is None else convert(text)
            by_name = props.get(subject)
            if by_name is None:
                by_name = props[subject] = {}
            values = by_name.get(name)
            if values is None:
                by_name[name] = {value: obj.language}
            else:
                values.setdefault(value, obj.language)
            if predicate == _DATE and datatype in _DATE_PRECISIONS:
                by_name.setdefault(name + "Precision", {}).setdefault(_DATE_PRECISIONS[datatype], None)
        else:
            graph = quad.graph_name
            graph = graph.value if type(graph) is named else ""
            links[(subject, predicate, obj.value)].add(graph)
            if predicate == _EVIDENCE:
                evidence[(subject, graph)].add(obj.value)
    if subjects is not None:
        subjects.update(in_graphs)
    confidence_names = {shape.property_name(_CONFIDENCE)}
    label_sets: dict[frozenset, tuple | None] = {}
    labelled = {}
    for uri, found in classes.items():
        found = frozenset(found)
        labelled[uri] = label_sets[found] if found in label_sets else label_sets.setdefault(found, shape.labels(found))
    key = {uri: found[0] for uri, found in labelled.items() if found}
    nodes: dict[str, list[dict]] = defaultdict(list)
    row_props: dict[str, dict] = {}
    for uri, label in key.items():
        row: dict = {}
        for name, values in props.get(uri, {}).items():
            if len(values) == 1:  # the common case, as the general one below gives it
                for value, language in values.items():
                    row[name] = value
                    if language:
                        row[f"{name}_lang"] = language
                continue
            if name in confidence_names:  # each report states a running combination: the highest is it
                values = {max(values): None}
            ordered = sorted(values.items(), key=lambda item: str(item[0]))
            row[name] = ordered[0][0] if len(ordered) == 1 else [value for value, _ in ordered]
            if any(language for _, language in ordered):
                tags = [language or "" for _, language in ordered]
                row[f"{name}_lang"] = tags[0] if len(tags) == 1 else tags
        row_props[uri] = row
        nodes[label].append({"uri": uri, "extra": labelled[uri][1], "props": row})
    relationships: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    types: dict[str, str] = {}
    with_evidence = {subject for subject, _ in evidence}
    for (s, p, o), graphs in links.items():
        from_label = key.get(s)
        if from_label is None:
            continue
        to_label = key.get(o)
        if to_label is not None and p not in IRI_VALUED:
            row = {"s": s, "o": o, "docs": sorted(graphs)}
            if s in with_evidence and p != _EVIDENCE:
                found = sorted({e for g in graphs for e in evidence.get((s, g), ())})
                if found:
                    row["evidence"] = found
            kind = types.get(p) or types.setdefault(p, shape.relationship_type(p))
            relationships[(kind, from_label, to_label)].append(row)
        else:  # a link to something outside our graph (a source page, the EU authority)
            name = property_names.get(p) or property_names.setdefault(p, shape.property_name(p))
            existing = row_props[s].get(name)
            row_props[s][name] = o if existing is None else sorted({*([existing] if isinstance(existing, str) else existing), o})
    return Projection(dict(nodes), dict(relationships))


