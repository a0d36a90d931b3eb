"""The embedded store: an on-disk Oxigraph dataset, one named graph per document.

Documents' quads are built directly (graph/quads.py); Oxigraph keeps and queries them. Every
change to a document is one atomic write, so a crash leaves either the old or the new version,
never half; a large graph is bulk-loaded in parts instead of one transaction, its document node
last, and a write cut short is dropped when the store is next opened for writing.
"""

from __future__ import annotations

import fcntl
import os
import re
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, URIRef

from techpact.errors import QueryError, StoreError, StoreLockedError
from techpact.graph import rdf
from techpact.graph.quads import triples_fingerprint
from techpact.graph.terms import bind_value as _bind, to_ox, to_python
from techpact.graph.loads import GraphLoads
from techpact.graph.iris import FINGERPRINT, META_GRAPH, REFERENCE_VERSION, STORE_NODE, WRITING, is_document_graph
from techpact.ontology.namespace import ONTOLOGY_GRAPH, PREFIXES, REFERENCE_BLOCS_GRAPH, REFERENCE_STATES_GRAPH, TP
from techpact.ontology.vocabulary import ontology_graph
from techpact.queries import internal_query

DEFAULT_STORE = "techpact-data"
_META_GRAPH = ox.NamedNode(str(META_GRAPH))
_VERSION = ox.NamedNode(str(REFERENCE_VERSION))
_STORE = ox.NamedNode(str(STORE_NODE))
_FINGERPRINT = ox.NamedNode(str(FINGERPRINT))
_WRITING = ox.NamedNode(str(WRITING))
_TYPE, _DOCUMENT = ox.NamedNode(str(rdf.RDF.type)), ox.NamedNode(str(TP.Document))
PART_SIZE = 50_000  # a graph of more quads is written in parts: one transaction of all would take ~1.7 kB a quad
# From this many quads on, a graph is bulk-loaded (in parts) rather than written in one transaction: above
# ~5,000 quads bulk loading is the faster (34k quads: 0.27 s against 0.59 s with the flush, benchmarks/README.md).
BULK_FROM = 10_000


@dataclass(frozen=True)
class QueryResult:
    """Rows of a SELECT query (or one boolean row for ASK), with the variable names."""

    columns: list[str]
    rows: list[tuple]

    def to_dataframe(self):
        """The rows as a pandas DataFrame, one column per variable (pandas: the `notebooks` extra)."""
        from techpact.queries.frames import to_dataframe

        return to_dataframe(self.columns, self.rows)


class Store(GraphLoads):
    """An on-disk techpact store; use as a context manager so the writer lock is released."""

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self.part_size = PART_SIZE
        self.bulk_from = BULK_FROM
        self._lock_file = None
        if read_only:
            if not (self.path / "oxigraph").exists():
                raise StoreError(f"{self.path}: no techpact store here (run 'techpact ingest' first)")
            self._ox = _open_read_only(self.path)
            return
        self.path.mkdir(parents=True, exist_ok=True)
        self._lock()
        try:
            self._ox = ox.Store(str(self.path / "oxigraph"))
        except OSError as err:
            self.close()
            raise StoreError(f"{self.path}: cannot open the store ({err})") from err
        self._drop_unfinished()
        self._ensure_reference()

    # -- life cycle ---------------------------------------------------------------
    def _lock(self) -> None:
        lock_path = self.path / "techpact.lock"
        handle = open(lock_path, "a+")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            handle.close()
            raise StoreLockedError(f"{self.path}: store is locked by PID {holder}; wait for it to finish") from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._lock_file = handle

    def close(self) -> None:
        """Flush and release the store."""
        if getattr(self, "_ox", None) is not None and not self.read_only:
            self._ox.flush()
        self._ox = None
        if self._lock_file:
            self._lock_file.close()
            self._lock_file = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _ensure_reference(self) -> None:
        """Load the ontology and reference graphs when missing or out of date."""
        version = rdf.reference_version()
        current = list(self._ox.quads_for_pattern(_STORE, _VERSION, None, _META_GRAPH))
        if current and current[0].object.value == version:
            return
        graphs = {ONTOLOGY_GRAPH: list(self._quads(ontology_graph(), ONTOLOGY_GRAPH)),
                  REFERENCE_STATES_GRAPH: rdf.states_quads(), REFERENCE_BLOCS_GRAPH: rdf.blocs_quads()}
        for identifier in graphs:
            self._ox.remove_graph(ox.NamedNode(str(identifier)))
        quads = []
        for identifier, graph_quads in graphs.items():
            self._forget_fingerprint(str(identifier))
            quads += graph_quads + [self._fingerprint_quad(str(identifier), graph_quads)]
        quads.append(ox.Quad(_STORE, _VERSION, ox.Literal(version), _META_GRAPH))
        for quad in current:
            self._ox.remove(quad)
        self._ox.extend(quads)

    # -- documents ----------------------------------------------------------------
    @staticmethod
    def _quads(graph: Graph, identifier) -> Iterator[ox.Quad]:
        name = ox.NamedNode(str(identifier))
        for s, p, o in graph:
            yield ox.Quad(to_ox(s), to_ox(p), to_ox(o), name)

    def has_document(self, iri: URIRef) -> bool:
        """True when the store holds the document's graph."""
        node = ox.NamedNode(str(iri))
        return any(True for _ in self._ox.quads_for_pattern(node, _TYPE, _DOCUMENT, node))

    def documents_from_source(self, source: str) -> list[str]:
        """IRIs of stored documents loaded from this source path."""
        pattern = self._ox.quads_for_pattern(None, ox.NamedNode(str(rdf.DCTERMS.source)), ox.Literal(source), None)
        return sorted({q.subject.value for q in pattern if q.graph_name == q.subject})

    def put_graph(self, graph: Graph, replaces: Iterable[str] = ()) -> None:
        """Store an rdflib graph under its identifier, as put_document does (review decisions, curated copies)."""
        self.put_document(str(graph.identifier), list(self._quads(graph, graph.identifier)), replaces)

    def put_document(self, iri: str, quads: list[ox.Quad], replaces: Iterable[str] = ()) -> None:
        """Store a document's graph (its quads, each once) atomically, then drop the graphs of older versions.

        A graph of more than part_size (or bulk_from) quads is bulk-loaded in parts, its document node last:
        until then has_document is False, and a write cut short is dropped when the store is next opened.
        """
        self._writable()
        name = ox.NamedNode(str(iri))
        known = self._ox.contains_named_graph(name)
        self._forget_fingerprint(name.value)
        # The fingerprint goes in the same atomic write; a graph added to an existing one gets none
        # and is fingerprinted from its content when asked (graph_fingerprints).
        last = [] if known else [self._fingerprint_quad(name.value, quads)]
        if len(quads) <= min(self.part_size, self.bulk_from):
            self._ox.extend(quads + last)
        else:
            self._put_in_parts(name, quads, last)
        for old in replaces:
            if old != name.value:
                self._forget_fingerprint(old)
                self._ox.remove_graph(ox.NamedNode(old))

    def _put_in_parts(self, name: ox.NamedNode, quads: list[ox.Quad], last: list[ox.Quad]) -> None:
        writing = ox.Quad(name, _WRITING, ox.Literal("true"), _META_GRAPH)
        self._ox.extend([writing])
        node = ox.Quad(name, _TYPE, _DOCUMENT, name)
        for start in range(0, len(quads), self.part_size):
            # bulk_extend sorts a part into new files without a transaction's in-memory index
            self._ox.bulk_extend(q for q in quads[start:start + self.part_size] if q != node)
        self._ox.extend([node, *last])
        self._ox.remove(writing)

    def write_in_progress(self) -> bool:
        """True while a large graph is written in parts or several graphs are changed (or either was cut short)."""
        return any(True for _ in self._ox.quads_for_pattern(None, _WRITING, None, _META_GRAPH))

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Mark a change of several graphs (the curated view's refresh): readers keep their last complete state."""
        self._writable()
        mark = ox.Quad(_STORE, _WRITING, ox.Literal("true"), _META_GRAPH)
        self._ox.extend([mark])
        yield  # an error leaves the mark: the change is unfinished, and the next writer's open drops the mark
        self._ox.remove(mark)

    def _drop_unfinished(self) -> None:
        """Remove the graphs whose write in parts a crash cut short."""
        for quad in list(self._ox.quads_for_pattern(None, _WRITING, None, _META_GRAPH)):
            self._forget_fingerprint(quad.subject.value)
            self._ox.remove_graph(quad.subject)
            self._ox.remove(quad)

    def remove_document(self, iri: str) -> bool:
        """Remove a document and every fact it supported; False when it was not there."""
        self._writable()
        node = ox.NamedNode(str(iri))
        if not self._ox.contains_named_graph(node):
            return False
        self._forget_fingerprint(str(iri))
        self._ox.remove_graph(node)
        return True

    # -- fingerprints -------------------------------------------------------------
    @staticmethod
    def _fingerprint_quad(graph: str, quads: list[ox.Quad]) -> ox.Quad:
        return ox.Quad(ox.NamedNode(graph), _FINGERPRINT, ox.Literal(content_fingerprint(quads)), _META_GRAPH)

    def _forget_fingerprint(self, graph: str) -> None:
        for quad in list(self._ox.quads_for_pattern(ox.NamedNode(graph), _FINGERPRINT, None, _META_GRAPH)):
            self._ox.remove(quad)

    def graph_fingerprints(self) -> dict[str, str]:
        """Every named graph (documents and reference data) -> a fingerprint of its content.

        Written with the graph at ingest; a graph without one (an older store) is hashed now.
        Equal content gives equal fingerprints on every machine.
        """
        stored = {q.subject.value: q.object.value
                  for q in self._ox.quads_for_pattern(None, _FINGERPRINT, None, _META_GRAPH)}
        found = {}
        for graph in self._ox.named_graphs():
            if graph == _META_GRAPH:
                continue
            found[graph.value] = stored.get(graph.value) or content_fingerprint(
                list(self._ox.quads_for_pattern(None, None, None, graph)))
        return found

    def document_iris(self) -> list[str]:
        """Every document graph in the store."""
        return sorted(g.value for g in self._ox.named_graphs() if is_document_graph(g.value))

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.path}: store was opened read-only")

    # -- reading ------------------------------------------------------------------
    def query(self, sparql: str, bindings: dict | None = None) -> QueryResult:
        """Run a SPARQL SELECT or ASK over all graphs (default graph = their union).

        bindings maps variable names to values; each value becomes an RDF term serialised
        by Oxigraph in a VALUES block opening the WHERE clause, so user text is never parsed as SPARQL.
        """
        if bindings:
            names = list(bindings)
            for name in names:
                if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
                    raise QueryError(f"invalid parameter name {name!r}")
            terms = " ".join(str(_bind(bindings[name])) for name in names)
            values = f" VALUES ({' '.join('?' + n for n in names)}) {{ ({terms}) }} "
            where = re.search(r"\bWHERE\s*\{", sparql, re.IGNORECASE)
            if not where:
                raise QueryError("a query with parameters needs a WHERE { ... } block to bind them in")
            sparql = sparql[: where.end()] + values + sparql[where.end():]
        try:
            result = self._ox.query(sparql, prefixes=PREFIXES, use_default_graph_as_union=True)
        except SyntaxError as err:
            raise QueryError(f"SPARQL syntax error: {str(err).splitlines()[0][:300]}") from err
        except OSError as err:
            raise QueryError(f"SPARQL query failed: {err}") from err
        if isinstance(result, ox.QueryBoolean):
            return QueryResult(["ask"], [(bool(result),)])
        if isinstance(result, ox.QuerySolutions):
            columns = [v.value for v in result.variables]
            return QueryResult(columns, [tuple(to_python(s[c]) for c in columns) for s in result])
        raise QueryError("only SELECT and ASK queries are answered here; use 'techpact export' for graphs")

    def query_results(self, sparql: str):
        """Run a query and return Oxigraph's own result (to serialise in a SPARQL results format)."""
        return self._ox.query(sparql, prefixes=PREFIXES, use_default_graph_as_union=True)

    def export(self, output, rdf_format: ox.RdfFormat, *, include_reference: bool = True,
               leave_out: frozenset[str] = frozenset()) -> None:
        """Serialise the dataset (TriG, N-Quads) or its union (Turtle) to a binary file object.

        leave_out: subjects (IRIs) whose statements are not written, e.g. agreements below a confidence.
        """
        graphs = None if include_reference else [ox.NamedNode(i) for i in self.document_iris()]
        if rdf_format in (ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS):
            quads = self._ox.quads_for_pattern(None, None, None, None) if graphs is None else (
                q for g in graphs for q in self._ox.quads_for_pattern(None, None, None, g))
            ox.serialize((q for q in quads if q.graph_name != _META_GRAPH and q.subject.value not in leave_out),
                         output, rdf_format, prefixes=PREFIXES)
        else:
            triples = {q.triple for q in self._ox.quads_for_pattern(None, None, None, None)
                       if q.graph_name != _META_GRAPH and q.subject.value not in leave_out}
            ox.serialize(triples, output, rdf_format, prefixes=PREFIXES)

    def subjects_by_graph(self, graphs: Iterable[str]) -> dict[str, set[str]]:
        """The subjects of each of these named graphs."""
        wanted = set(graphs)
        found: dict[str, set[str]] = {graph: set() for graph in wanted}
        if len(wanted) > 50:  # one distinct scan inside Oxigraph beats many small ones
            for row in self._ox.query(internal_query("store-graph-subjects")):
                if row[0].value in wanted:
                    found[row[0].value].add(row[1].value)
        else:
            for graph in wanted:
                found[graph] = {q.subject.value for q in self._ox.quads_for_pattern(None, None, None, ox.NamedNode(graph))}
        return found

    def graph_quads(self) -> Iterator[ox.Quad]:
        """Every quad of the named graphs (documents and reference data), none of the store's own."""
        for graph in self._ox.named_graphs():
            if graph != _META_GRAPH:
                yield from self._ox.quads_for_pattern(None, None, None, graph)

    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        """Every quad, or those of one graph."""
        return self._ox.quads_for_pattern(None, None, None, ox.NamedNode(graph) if graph else None)

    def quads_about(self, subject: str, predicate: str | None = None) -> Iterator[ox.Quad]:
        """Every quad with this subject (and predicate), in any graph."""
        return self._ox.quads_for_pattern(ox.NamedNode(subject), ox.NamedNode(predicate) if predicate else None, None, None)

    def __len__(self) -> int:
        return len(self._ox)

    def to_rdflib(self, include_reference: bool = True, leave_out: frozenset[str] = frozenset()):
        """The store as an rdflib Dataset (for SHACL validation and small exports), without leave_out's statements."""
        from rdflib import Dataset

        dataset = Dataset()
        data = ox.serialize((q for q in self.quads() if q.graph_name != _META_GRAPH and q.subject.value not in leave_out and (
            include_reference or is_document_graph(q.graph_name.value))), format=ox.RdfFormat.N_QUADS)
        dataset.parse(data=data.decode("utf-8"), format="nquads")
        return dataset


def _open_read_only(path: Path) -> ox.Store:
    """Open read-only, trying again while a writer's compaction removes files the open was reading."""
    attempt = 0
    while True:
        try:
            return ox.Store.read_only(str(path / "oxigraph"))
        except (OSError, RuntimeError) as err:
            attempt += 1
            if attempt == 8 or "No such file" not in str(err):
                raise StoreError(f"{path}: cannot open the store read-only ({str(err).splitlines()[0][:200]})") from err
            time.sleep(0.02 * attempt)


def content_fingerprint(quads: Iterable[ox.Quad]) -> str:
    """A hash of a graph's triples, independent of their order."""
    return triples_fingerprint(str(q.triple) for q in quads)
