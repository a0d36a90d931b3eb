"""The flow end to end: files -> Documents -> facts -> one named graph per document in the store.

Reading and extraction may run in worker processes (`jobs`, ingest_workers.py) or on a Dask
cluster (distributed.py); one writer takes the documents in input order and decides each as a
one-document-at-a-time ingest would (ingest_plan.py: unchanged, replacing, which stored agreement
each report joins), so the dataset is the same whichever runs the extraction. The writer stores
documents in batches, each one bulk load (from BATCH_QUADS quads, growing with the run) in a thread
of its own while the next documents are decided, marked in the store until it is done, so a crash
loses the batches not yet in (the next run stores them) and never leaves half a graph.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pyoxigraph as ox
from rdflib import URIRef

from techpact.errors import LoaderError
from techpact.graph.quads import NQuads
from techpact.graph.rdf import build_document_nquads
from techpact.graph.store import Store
from techpact.ingest_plan import Decision, IngestPlan, IngestReport, apply, record_of
from techpact.ingest_workers import Extracted, extract_document, extracted_in_order, extraction_error
from techpact.loaders import DEFAULT_MAX_BYTES, iter_source_files, load_file
from techpact.loaders.document import Document
from techpact.queries import internal_query

__all__ = ["ingest", "IngestReport", "DocumentWriter", "store_summary"]

BATCH_QUADS = 50_000  # quads per bulk load (~400 news articles): a load of 400 costs a third of their transactions
# Later loads grow with what the run has loaded, up to this: each load makes the store merge its files
# again in the background (9,000 articles, 1.1M quads, --jobs 2: 15.4 and 15.7 s of CPU in those merges
# with loads of 50,000 quads, 7.6 and 7.0 s with loads growing to 250,000), and the last load is waited for.
MAX_BATCH_QUADS = 250_000


def ingest(paths: Iterable[str | Path], store: Store, *, max_bytes: int = DEFAULT_MAX_BYTES,
           follow_symlinks: bool = False, on_document: Callable[[str], None] | None = None,
           include: Iterable[str] = (), exclude: Iterable[str] = (), jobs: int = 1) -> IngestReport:
    """Load, extract and store every document under paths; bad files are reported, not fatal.

    jobs > 1 loads and extracts in that many worker processes; the store ends up the same.
    """
    writer = DocumentWriter(store)
    files = iter_source_files(paths, follow_symlinks=follow_symlinks, include=include, exclude=exclude)
    if jobs > 1:
        items: Iterator[LoaderError | Extracted] = extracted_in_order(files, jobs, max_bytes, store.path)
    else:
        items = (item for file in files
                 for item in ([file] if isinstance(file, LoaderError) else load_file(file, max_bytes)))
    try:
        for item in items:
            writer.take(item)
            if on_document:
                on_document(_source(item))
        writer.finish()
    finally:
        writer.close()
    return writer.report


class DocumentWriter:
    """The one writer of an ingest: takes loaded (perhaps extracted) documents in input order.

    Each is decided by the plan (unchanged, skipped, or added with its reports joined to stored
    agreements), built (or taken as a worker built it, when it joins nothing) and queued; the
    queue is bulk-loaded in a thread of its own while the next documents are decided, once it holds
    batch_quads quads (or as many as were loaded before it, up to MAX_BATCH_QUADS; 0: every document
    on its own), and by flush(). A graph larger than the store's part_size is written on its own, in
    parts (Store.put_document). close() (or finish()) before the store is closed.
    """

    def __init__(self, store: Store, batch_quads: int = BATCH_QUADS) -> None:
        self.store, self.batch_quads = store, batch_quads
        self.plan = IngestPlan(store)
        self._graphs: list[bytes] = []
        self._fingerprints: dict[str, str] = {}
        self._replaced: list[str] = []
        self._quads = 0
        self._loader: ThreadPoolExecutor | None = None
        self._loading: tuple[Future, dict[str, str], list[str], int] | None = None  # the batch being loaded
        self.loaded = 0  # quads bulk-loaded so far
        self.sent = 0  # quads handed to the loading thread so far

    @property
    def report(self) -> IngestReport:
        """What the ingest did so far."""
        return self.plan.report

    def take(self, item: LoaderError | Extracted | Document) -> None:
        """Decide on one document (extracted here when it was not) and queue its graph, or note a LoaderError."""
        if isinstance(item, LoaderError):
            self.plan.skip(item)
            return
        extracted = item if isinstance(item, Extracted) else Extracted(item)
        if self.plan.unchanged(extracted.document.content_hash):
            return
        if extracted.facts is None and extracted.error is None:
            extracted = extract_document(extracted.document)
        decision = self.plan.match(record_of(extracted))
        if decision is None:
            return
        try:
            if decision.same_as or extracted.nquads is None:  # else the worker's graph is this one
                same_as = {index: URIRef(node) for index, node in apply(extracted, decision).items()}
                graph = build_document_nquads(extracted.document, extracted.facts, same_as)
            else:
                graph = NQuads(extracted.nquads, extracted.fingerprint, extracted.nquads.count(b"\n"))
        except Exception as err:  # noqa: BLE001 - one document's unexpected failure must not end the run
            self.plan.skip(extraction_error(extracted.document, err))
            return
        self.plan.commit(decision)
        if graph.count > self.store.part_size:  # written on its own, in parts (its graph alone may be too big a load)
            self.flush()
            self.store.put_document(decision.iri, list(ox.parse(graph.text, ox.RdfFormat.N_QUADS)),
                                    replaces=decision.replaces)
            self.plan.settle([decision.iri], decision.replaces)
        else:
            self._queue(decision, graph.text, graph.fingerprint, graph.count)

    def _queue(self, decision: Decision, nquads: bytes, fingerprint: str, count: int) -> None:
        self._graphs.append(nquads)
        self._fingerprints[decision.iri] = fingerprint
        self._replaced += decision.replaces
        self._quads += count
        if self._quads >= (max(self.batch_quads, min(self.sent, MAX_BATCH_QUADS)) if self.batch_quads else 0):
            self._send()

    def _send(self) -> None:
        """Hand the queued graphs to the loading thread (after the batch before them is in) and go on deciding.

        Oxigraph's bulk load runs without the GIL, so the next documents are decided while a batch loads.
        The plan answers as the store will once the batch is in: its graphs count as added, the graphs
        they replace as gone, and every party key they touch is already in the plan's index (read
        before they were queued), so what the plan reads from the store is unaffected by the load.
        """
        if not self._graphs:
            return
        self._wait()
        nquads, fingerprints, replaced, count = b"".join(self._graphs), self._fingerprints, self._replaced, self._quads
        self._graphs, self._fingerprints, self._replaced, self._quads = [], {}, [], 0
        self.sent += count
        if self._loader is None:
            self._loader = ThreadPoolExecutor(1, thread_name_prefix="techpact-load")
        self._loading = (self._loader.submit(self.store.load_graphs, nquads, fingerprints, replaced),
                         fingerprints, replaced, count)

    def _wait(self) -> None:
        """Wait for the batch being loaded, then tell the plan its graphs are in the store."""
        if self._loading is None:
            return
        future, fingerprints, replaced, count = self._loading
        self._loading = None
        future.result()
        self.plan.settle(fingerprints, replaced)
        self.loaded += count

    def flush(self) -> None:
        """Write the queued graphs (one bulk load) and drop the graphs they replace; returns once all are in."""
        self._send()
        self._wait()

    def finish(self) -> None:
        """Write what is queued, then compact the store if this run loaded much of it."""
        self.flush()
        self.close()
        compact_after_loads(self.store, self.loaded)

    def close(self) -> None:
        """Wait for a batch still loading (a run ended by an error must not close the store under it)."""
        try:
            if self._loading is not None:
                self._loading[0].exception()
                self._loading = None
        finally:
            if self._loader is not None:
                self._loader.shutdown(wait=True)
                self._loader = None


def compact_after_loads(store: Store, loaded: int) -> None:
    """Compact the store when bulk loads brought a tenth of it or more.

    Each bulk load adds files that the store merges in the background, and a process that ends
    right after its loads leaves them unmerged: reading every quad then took 8.9 s instead of
    4.5 s (1.09M quads). Compacting costs ~1.5 s per million quads of the store, so it is done
    only when this run's loads are a tenth of the store or more (a first ingest: ~3% of its time).
    """
    if loaded and loaded * 10 >= len(store):
        store.compact()


def _source(item: LoaderError | Extracted | Document) -> str:
    if isinstance(item, LoaderError):
        return ""
    return (item.document if isinstance(item, Extracted) else item).source


def store_summary(store: Store) -> dict[str, int]:
    """Documents, states and blocs mentioned, agreements, and triples in the store."""
    result = store.query(internal_query("store-summary"))
    summary = dict(zip(result.columns, result.rows[0]))
    summary["triples"] = len(store)
    return summary
