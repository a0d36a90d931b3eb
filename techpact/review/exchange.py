"""Decisions shared between analysts as TriG: export every decision graph, import them idempotently."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Dataset, Graph
from rdflib.namespace import PROV, RDF

from techpact.graph.iris import is_review_graph
from techpact.graph.store import Store
from techpact.ontology.namespace import PREFIXES, TP
from techpact.graph.quads import to_rdflib
from techpact.review.decisions import ReviewError
from techpact.review.view import refresh_view


@dataclass(frozen=True)
class ImportReport:
    """What an import did: decisions added, decisions the store already held."""

    added: int
    known: int


def export_decisions(store: Store) -> bytes:
    """Every decision graph of the store as TriG."""
    dataset = Dataset()
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace)
    for quad in store.quads():
        if is_review_graph(quad.graph_name.value):
            dataset.add((to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object),
                         to_rdflib(quad.graph_name)))
    return dataset.serialize(format="trig").encode("utf-8")


def import_decisions(store: Store, data: bytes | str) -> ImportReport:
    """Add the decisions of a TriG file the store does not hold yet; importing twice changes nothing."""
    dataset = Dataset()
    try:
        dataset.parse(data=data.decode("utf-8") if isinstance(data, bytes) else data, format="trig")
    except Exception as err:  # noqa: BLE001 - rdflib raises many parser exception types
        raise ReviewError(f"cannot read the decisions file as TriG ({str(err).splitlines()[0][:200]})") from err
    graphs = [g for g in dataset.graphs() if is_review_graph(str(g.identifier)) and len(g)]
    others = [g for g in dataset.graphs() if len(g) and not is_review_graph(str(g.identifier))]
    if others:
        raise ReviewError(f"the file holds graphs that are not review decisions (e.g. {others[0].identifier}); "
                          "export decisions with 'techpact review export'")
    added = known = 0
    for graph in graphs:
        decisions = list(graph.subjects(RDF.type, TP.Decision))
        if len(decisions) != 1 or graph.value(decisions[0], PROV.generatedAtTime) is None:
            raise ReviewError(f"{graph.identifier} does not hold exactly one dated tp:Decision")
        if any(True for _ in store.quads(str(graph.identifier))):
            known += 1
            continue
        copy = Graph(identifier=graph.identifier)
        for triple in graph:
            copy.add(triple)
        store.put_graph(copy)
        added += 1
    if added:
        refresh_view(store)
    return ImportReport(added, known)
