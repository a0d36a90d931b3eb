"""Graphs written to the store many at once, as N-Quads: a batch of an ingest's documents, or a shard
built on a Dask cluster. Mixed into graph/store.py's Store."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from techpact.graph.iris import FINGERPRINT, META_GRAPH, WRITING

_META_GRAPH, _FINGERPRINT, _WRITING = (ox.NamedNode(str(iri)) for iri in (META_GRAPH, FINGERPRINT, WRITING))


class GraphLoads:
    """Store methods that take graphs as N-Quads with their content fingerprints (graph/store.py's content_fingerprint)."""

    _ox: ox.Store

    def load_graphs(self, nquads: bytes | Path, fingerprints: dict[str, str], replaces: Iterable[str] = ()) -> None:
        """Bulk-load whole graphs as N-Quads, bytes or a file (fingerprints: graph -> its fingerprint), then drop replaces.

        A graph of the file already in the store is replaced. The graphs are marked as being written
        until the load is done, as a graph written in parts is: a load cut short is dropped when the
        store is next opened for writing.
        """
        self._writable()
        marks = [ox.Quad(ox.NamedNode(graph), _WRITING, ox.Literal("true"), _META_GRAPH) for graph in fingerprints]
        self._ox.extend(marks)
        self._drop_graphs(graph for graph in fingerprints if self._ox.contains_named_graph(ox.NamedNode(graph)))
        # lenient: no second check of IRIs that techpact minted and wrote itself (graph/quads.py, or
        # Oxigraph's serializer for a Dask shard): ~8% less CPU for the load (1.1M quads: 7.9 s against 8.6 s)
        if isinstance(nquads, bytes):
            self._ox.bulk_load(nquads, ox.RdfFormat.N_QUADS, lenient=True)
        else:
            self._ox.bulk_load(path=str(nquads), format=ox.RdfFormat.N_QUADS, lenient=True)
        for graph in fingerprints:
            self._forget_fingerprint(graph)
        self._ox.extend([ox.Quad(ox.NamedNode(graph), _FINGERPRINT, ox.Literal(value), _META_GRAPH)
                         for graph, value in fingerprints.items()])
        for mark in marks:
            self._ox.remove(mark)
        self._drop_graphs(old for old in replaces if old not in fingerprints)

    def compact(self) -> None:
        """Merge the files bulk loads left (reads over many of them are up to twice as slow); costs ~1.5 s per 1M quads."""
        self._writable()
        self._ox.optimize()

    def _drop_graphs(self, graphs: Iterable[str]) -> None:
        for graph in list(graphs):
            self._forget_fingerprint(graph)
            self._ox.remove_graph(ox.NamedNode(graph))
