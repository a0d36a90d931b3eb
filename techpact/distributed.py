"""Ingest on a Dask cluster: its workers read and extract the files and write N-Quads shards; the store is loaded here.

Files go to the cluster in partitions, three tasks each, all on the workers:
  1. read the partition's files (the documents stay on the worker) and send back their content hashes;
  2. extract the documents the store does not hold, build their graphs as if no report were
     joined to a stored agreement, and send back each document's agreements (small records);
  3. build the graphs as decided here and write them as one N-Quads shard, with their fingerprints.
Between 2 and 3 this process decides, partition after partition in input order, what the one writer
of a local ingest would do with each document (techpact/ingest_plan.py: unchanged, skipped, added or
replacing, and the stored agreement each report joins), so the store ends up the same. Each shard
is bulk-loaded into the store (Store.load_graphs). The cluster is the user's: give the address of
its scheduler; techpact must be installed on its workers, which must see the files at the same paths.
"""

from __future__ import annotations

import logging
import operator
import os
import secrets
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import URIRef

from techpact.errors import ClusterError, LoaderError
from techpact.graph.rdf import build_document_quads
from techpact.graph.store import Store, content_fingerprint
from techpact.ingest import IngestReport, compact_after_loads
from techpact.ingest_plan import Decision, DocumentRecord, IngestPlan, apply, record_of
from techpact.ingest_workers import Extracted, extract_document, extraction_error
from techpact.loaders import DEFAULT_MAX_BYTES, first_line, iter_source_files, load_file
from techpact.loaders.document import Document

log = logging.getLogger(__name__)

PARTITION_FILES = 100  # files per partition: big enough that a task's overhead (~ms) does not show


# -- tasks run by the Dask workers --------------------------------------------------------
def read_partition(items: list[str | LoaderError], max_bytes: int) -> list[Document | LoaderError]:
    """The documents of a partition's files, in order (loader errors in their place)."""
    loaded: list[Document | LoaderError] = []
    for item in items:
        loaded += [item] if isinstance(item, LoaderError) else load_file(Path(item), max_bytes)
    return loaded


def content_hashes(loaded: list[Document | LoaderError]) -> list[tuple[str, str] | LoaderError]:
    """(content hash, source) of each document, loader errors in their place."""
    return [item if isinstance(item, LoaderError) else (item.content_hash, item.source) for item in loaded]


@dataclass
class Built:
    """A document extracted on a worker, with its graph as built when no report joins a stored agreement."""

    extracted: Extracted
    quads: list[ox.Quad] | None
    record: DocumentRecord


def extract_partition(loaded: list[Document | LoaderError], wanted: list[int]) -> dict[int, Built]:
    """Extract the wanted documents of a partition (by position) and build their graphs."""
    built = {}
    for position in wanted:
        extracted = extract_document(loaded[position])
        quads, build_error = None, None
        if extracted.facts is not None:
            try:
                quads = build_document_quads(extracted.document, extracted.facts)
            except Exception as err:  # noqa: BLE001 - the writer skips such a document; so does the plan
                build_error = extraction_error(extracted.document, err)
        built[position] = Built(extracted, quads, record_of(extracted, build_error))
    return built


def records(built: dict[int, Built]) -> dict[int, DocumentRecord]:
    """What the plan needs from a partition: each extracted document's record."""
    return {position: item.record for position, item in built.items()}


def write_shard(built: dict[int, Built], decisions: list[Decision], folder: str | None,
                name: str) -> tuple[str | bytes, dict[str, str], dict[str, str], int]:
    """Build the decided graphs as N-Quads: (a file in folder, or the bytes), fingerprints, errors by graph, quads."""
    graphs, fingerprints, errors = [], {}, {}
    for decision in decisions:
        item = built[decision.position]
        quads = item.quads
        if decision.same_as or decision.adopted != _values(item.extracted):
            try:
                same_as = {index: URIRef(node) for index, node in apply(item.extracted, decision).items()}
                quads = build_document_quads(item.extracted.document, item.extracted.facts, same_as)
            except Exception as err:  # noqa: BLE001 - reported as skipped
                errors[decision.iri] = extraction_error(item.extracted.document, err)
                continue
        fingerprints[decision.iri] = content_fingerprint(quads)
        graphs.append(quads)
    quads = (quad for graph in graphs for quad in graph)
    count = sum(len(graph) for graph in graphs)
    if folder is None:
        return ox.serialize(quads, format=ox.RdfFormat.N_QUADS), fingerprints, errors, count
    path = os.path.join(folder, f"{name}.nq")
    ox.serialize(quads, path, ox.RdfFormat.N_QUADS)
    return path, fingerprints, errors, count


def _values(extracted: Extracted) -> list[tuple]:
    return [(a.kind, a.date, a.confidence) for a in extracted.facts.agreements]


# -- this process: the plan and the store -----------------------------------------------
def ingest_on_dask(paths: Iterable[str | Path], store: Store, scheduler, *, max_bytes: int = DEFAULT_MAX_BYTES,
                   follow_symlinks: bool = False, include: Iterable[str] = (), exclude: Iterable[str] = (),
                   on_document: Callable[[str], None] | None = None, partition_files: int = PARTITION_FILES,
                   shards: str | Path | None = None) -> IngestReport:
    """Ingest on the Dask cluster whose scheduler is at `scheduler` (an address, or a distributed.Client).

    The store ends up as a local ingest of the same paths leaves it. shards: a folder every worker
    and this process see at the same path, where the workers write the shards; without it the
    shards come back through Dask. Shards are removed once loaded.
    """
    client, own = (scheduler, False) if _is_client(scheduler) else (connect(scheduler), True)
    try:
        files = iter_source_files(paths, follow_symlinks=follow_symlinks, include=include, exclude=exclude)
        parts = _partitions((item if isinstance(item, LoaderError) else os.path.abspath(item) for item in files),
                            partition_files)
        run = _Run(client, store, max_bytes, on_document, None if shards is None else str(shards))
        run.go(parts)
        compact_after_loads(store, run.loaded)
        return run.plan.report
    finally:
        if own:
            client.close()


def _partitions(items: Iterable[str | LoaderError], size: int) -> Iterator[list[str | LoaderError]]:
    """The files in lists of size, made as they are needed (never the whole listing at once)."""
    part: list[str | LoaderError] = []
    for item in items:
        part.append(item)
        if len(part) == size:
            yield part
            part = []
    if part:
        yield part


def connect(address: str, timeout: float = 10.0):
    """A distributed.Client of the Dask scheduler at address (close it when done); ClusterError if unreachable."""
    try:
        from distributed import Client
    except ImportError as err:
        raise ClusterError("Dask is not installed: pip install 'techpact[dask]'") from err
    try:
        return Client(address, timeout=timeout, set_as_default=False)
    except (OSError, ValueError, TypeError) as err:
        raise ClusterError(f"cannot reach the Dask scheduler at {address}: {first_line(err)}") from err


def _is_client(scheduler) -> bool:
    return type(scheduler).__name__ == "Client" and type(scheduler).__module__.startswith("distributed")


@dataclass
class _Partition:
    number: int
    loaded: object  # futures
    hashes: object
    built: object = None
    records: object = None
    shard: object = None
    decisions: list[Decision] = field(default_factory=list)


class _Run:
    """The partitions in flight: submitted ahead, decided in order, their shards loaded in order."""

    def __init__(self, client, store: Store, max_bytes: int, on_document, folder: str | None) -> None:
        self.client, self.store, self.max_bytes, self.on_document = client, store, max_bytes, on_document
        self.folder, self.name = folder, f"techpact-{secrets.token_hex(4)}"
        self.plan = IngestPlan(store)
        self.loaded = 0  # quads bulk-loaded

    @property
    def window(self) -> int:
        """Partitions in flight: two per worker thread the cluster has now (it may grow or shrink)."""
        threads = sum(w.get("nthreads", 1) for w in self.client.scheduler_info().get("workers", {}).values())
        return max(2, 2 * threads)

    def go(self, parts: Iterable[list]) -> None:
        from distributed import wait

        todo, more = enumerate(parts), True
        flight: deque[_Partition] = deque()
        loading: deque[_Partition] = deque()
        while True:
            while loading and loading[0].shard.done():
                self._load(loading.popleft())
            window = self.window
            while more and len(flight) + len(loading) < window:
                if (nxt := next(todo, None)) is None:
                    more = False
                else:
                    flight.append(self._read(*nxt))
            if not (more or flight or loading):
                return
            for part in flight:
                if part.built is None and part.hashes.done():
                    self._extract(part)
            if flight and flight[0].records is not None and flight[0].records.done():
                part = flight.popleft()
                self._decide(part)
                if part.shard is not None:
                    loading.append(part)
                continue
            waiting = [p.hashes for p in flight if p.built is None]
            waiting += [p.records for p in list(flight)[:1] if p.records is not None]
            with self.client.as_current():  # wait() uses the current client; ours is not the default one
                wait(waiting + [p.shard for p in list(loading)[:1]], return_when="FIRST_COMPLETED")

    def _read(self, number: int, items: list) -> _Partition:
        loaded = self.client.submit(read_partition, items, self.max_bytes, pure=False)
        return _Partition(number, loaded, self.client.submit(content_hashes, loaded, pure=False))

    def _extract(self, part: _Partition) -> None:
        wanted = [position for position, entry in enumerate(_result(part.hashes))
                  if not isinstance(entry, LoaderError) and self.plan.needs_extraction(entry[0])]
        part.built = self.client.submit(extract_partition, part.loaded, wanted, pure=False)
        part.records = self.client.submit(records, part.built, pure=False)

    def _decide(self, part: _Partition) -> None:
        found = _result(part.records)
        for position, entry in enumerate(_result(part.hashes)):
            if isinstance(entry, LoaderError):
                self.plan.skip(entry)
            elif position in found:
                if (decision := self.plan.decide(position, found[position])) is not None:
                    part.decisions.append(decision)
            elif not self.plan.unchanged(entry[0]):
                self._extract_here(part, position)
            if self.on_document:
                self.on_document("" if isinstance(entry, LoaderError) else entry[1])
        if part.decisions:
            part.shard = self.client.submit(write_shard, part.built, part.decisions, self.folder,
                                            f"{self.name}-{part.number:06d}", pure=False)
        part.loaded = part.hashes = part.records = None  # released on the cluster

    def _extract_here(self, part: _Partition, position: int) -> None:
        """A document the store held when its partition was read, but which this run has replaced since."""
        document = _result(self.client.submit(operator.getitem, part.loaded, position, pure=False))
        extracted = extract_document(document)
        decision = self.plan.decide(position, record_of(extracted))
        if decision is not None:
            same_as = {index: URIRef(node) for index, node in apply(extracted, decision).items()}
            self.store.put_document(decision.iri, build_document_quads(document, extracted.facts, same_as),
                                    replaces=decision.replaces)
            self.plan.settle([decision.iri], decision.replaces)

    def _load(self, part: _Partition) -> None:
        shard, fingerprints, errors, quads = _result(part.shard)
        part.shard = part.built = None
        replaced = [old for decision in part.decisions if decision.iri in fingerprints for old in decision.replaces]
        self.store.load_graphs(Path(shard) if isinstance(shard, str) else shard, fingerprints, replaced)
        self.loaded += quads
        if isinstance(shard, str):
            Path(shard).unlink()
        self.plan.settle(fingerprints, replaced)
        for decision in part.decisions:
            if decision.iri in errors:
                self.plan.unplace(decision, errors[decision.iri])


def _result(future):
    try:
        return future.result()
    except ModuleNotFoundError as err:
        raise ClusterError(f"a Dask worker cannot import {err.name}: install techpact on every worker") from err
    except Exception as err:  # noqa: BLE001 - a task that failed on the cluster ends the run with one line
        raise ClusterError(f"a task failed on the Dask cluster: {type(err).__name__}: {first_line(err)}") from err
