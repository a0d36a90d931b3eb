"""Ingest on every core: files are loaded and extracted in worker processes and handed back in input order.

Reading files, extraction and building each document's graph (as if none of its reports joined a
stored agreement) run in the workers; the process that called ingest stays the one writer (what
each document joins, writing the store: techpact/ingest.py), so the store ends up as a one-process
ingest leaves it. A worker holds a read-only view of the store as it was when the pool started and
does not extract a document already stored there (a re-run costs little).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from pathlib import Path


from techpact.errors import LoaderError, StoreError
from techpact.extract import extract_facts
from techpact.extract.facts import Facts
from techpact.extract.gazetteer import gazetteer
from techpact.graph.rdf import build_document_nquads, document_iri
from techpact.graph.store import PART_SIZE, Store
from techpact.loaders import DEFAULT_MAX_BYTES, first_line, load_file
from techpact.loaders.document import Document

log = logging.getLogger(__name__)

# Files go to the workers in chunks (fewer, larger messages between processes), and enough of them
# are in flight that the workers keep extracting while the writer bulk-loads a batch (~0.4 s, ~200
# news articles' extraction); bounded in number and in source bytes.
CHUNK_FILES = 8
CHUNK_BYTES = 4 * 1024 * 1024
WINDOW_PER_JOB = 128  # files
WINDOW_BYTES = 256 * 1024 * 1024


@dataclass(frozen=True)
class Extracted:
    """One loaded document and what extraction made of it: its facts, or why it failed.

    Neither (facts and error None) when it was not extracted: the store already held it.
    A worker also sends the document's graph as N-Quads with its fingerprint, built as if none
    of its reports joined a stored agreement: the writer stores it as it is when that holds.
    """

    document: Document
    facts: Facts | None = None
    error: str | None = None
    nquads: bytes | None = None
    fingerprint: str | None = None


def available_cores() -> int:
    """The cores this process may run on (its CPU affinity), the default number of ingest jobs."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # no sched_getaffinity on this platform
        return os.cpu_count() or 1


def extraction_error(document: Document, err: BaseException) -> str:
    """The skipped: line of a document whose extraction failed (the same words as a one-process ingest)."""
    return f"{document.source}: {type(err).__name__}: {first_line(err)}"


def extract_document(document: Document, known: Store | None = None) -> Extracted:
    """Extract one document, unless the store `known` already holds it; an error is kept, not raised."""
    if known is not None and _held(known, document):
        return Extracted(document)
    try:
        return Extracted(document, extract_facts(document))
    except Exception as err:  # noqa: BLE001 - one document's unexpected failure must not end the run
        return Extracted(document, error=extraction_error(document, err))


def _held(known: Store, document: Document) -> bool:
    try:
        return known.has_document(document_iri(document))
    except (OSError, RuntimeError):  # a file the writer compacted away under this read-only view: extract it
        return False


def extract_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES, known: Store | None = None) -> list[LoaderError | Extracted]:
    """Every document of one file, extracted (or the loader's errors)."""
    return [item if isinstance(item, LoaderError) else extract_document(item, known)
            for item in load_file(path, max_bytes)]


_known: Store | None = None  # a worker's read-only view of the store


def _start_worker(store_path: str | None, writer: int) -> None:
    global _known
    threading.Thread(target=_exit_without, args=(writer,), daemon=True, name="watch-writer").start()
    gazetteer()
    if store_path is not None:
        try:
            _known = Store(store_path, read_only=True)
        except StoreError as err:  # then this worker extracts every document; the writer still checks
            log.debug("worker %d: no read-only view of the store (%s)", os.getpid(), err)


def _exit_without(writer: int) -> None:
    """End this worker once the writer process is gone (killed: it never shut the pool down, and a
    worker waiting for its next task would wait forever, keeping the forkserver alive too)."""
    while True:
        time.sleep(1.0)
        try:
            os.kill(writer, 0)
        except OSError:  # gone (or its number taken by another user's process)
            os._exit(1)


def _work(chunk: list[Path | LoaderError], max_bytes: int) -> list[LoaderError | Extracted]:
    return [_with_graph(result) for item in chunk
            for result in ([item] if isinstance(item, LoaderError) else extract_file(item, max_bytes, _known))]


def _with_graph(item: LoaderError | Extracted) -> LoaderError | Extracted:
    """The document's graph as N-Quads when its reports join no stored agreement (small graphs only:
    a large one is built and written in parts by the writer)."""
    if isinstance(item, LoaderError) or item.facts is None:
        return item
    try:
        graph = build_document_nquads(item.document, item.facts)
    except Exception:  # noqa: BLE001 - the writer builds it again and reports the failure as a one-process ingest does
        return item
    if graph.count > PART_SIZE:
        return item
    return replace(item, nquads=graph.text, fingerprint=graph.fingerprint)


def _context() -> multiprocessing.context.BaseContext:
    """forkserver where there is one: workers never inherit the writer's open store, lock or threads."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload([__name__])
        return context
    return multiprocessing.get_context("spawn")


class _Pool:
    """A process pool that is made again when a worker dies (its files are then extracted here)."""

    def __init__(self, jobs: int, store_path: str | None) -> None:
        self.jobs, self.store_path = jobs, store_path
        self.executor: ProcessPoolExecutor | None = None

    def submit(self, chunk: list[Path | LoaderError], max_bytes: int) -> Future:
        for attempt in range(2):
            if self.executor is None:
                self.executor = ProcessPoolExecutor(self.jobs, mp_context=_context(), initializer=_start_worker,
                                                    initargs=(self.store_path, os.getpid()))
            try:
                return self.executor.submit(_work, chunk, max_bytes)
            except BrokenProcessPool:
                self.close()
        raise BrokenProcessPool("worker processes could not be started")

    def close(self) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)
            self.executor = None


def extracted_in_order(files: Iterable[Path | LoaderError], jobs: int, max_bytes: int = DEFAULT_MAX_BYTES,
                       store_path: str | Path | None = None) -> Iterator[LoaderError | Extracted]:
    """Load and extract each file in one of `jobs` worker processes; yield the results in the files' order.

    At most WINDOW_PER_JOB files per job, and WINDOW_BYTES of them, are in flight (one chunk at
    least), so memory stays bounded however many files there are. Files whose worker died (or
    whose results could not be sent back) are loaded and extracted in this process instead, so
    the outcome is what one process gives.
    """
    pool = _Pool(jobs, None if store_path is None else str(store_path))
    window: deque[tuple[list[Path | LoaderError], Future | None, int, int]] = deque()
    chunk: list[Path | LoaderError] = []
    chunk_bytes = files_in_flight = bytes_in_flight = 0
    try:
        for item in files:
            chunk.append(item)
            chunk_bytes += 0 if isinstance(item, LoaderError) else _size(item)
            if len(chunk) >= CHUNK_FILES or chunk_bytes >= CHUNK_BYTES:
                window.append((chunk, _submit(pool, chunk, max_bytes), len(chunk), chunk_bytes))
                files_in_flight, bytes_in_flight = files_in_flight + len(chunk), bytes_in_flight + chunk_bytes
                chunk, chunk_bytes = [], 0
                while window and (files_in_flight >= jobs * WINDOW_PER_JOB or bytes_in_flight > WINDOW_BYTES):
                    done, future, count, size = window.popleft()
                    files_in_flight, bytes_in_flight = files_in_flight - count, bytes_in_flight - size
                    yield from _settle(done, future, max_bytes)
        if chunk:
            window.append((chunk, _submit(pool, chunk, max_bytes), len(chunk), chunk_bytes))
        while window:
            done, future, _, _ = window.popleft()
            yield from _settle(done, future, max_bytes)
    finally:
        pool.close()


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _submit(pool: _Pool, chunk: list[Path | LoaderError], max_bytes: int) -> Future | None:
    if all(isinstance(item, LoaderError) for item in chunk):
        return None
    try:
        return pool.submit(chunk, max_bytes)
    except (BrokenProcessPool, OSError) as err:
        log.warning("no worker process for %s… (%s); extracting here", chunk[0], err)
        return None


def _settle(chunk: list[Path | LoaderError], future: Future | None, max_bytes: int) -> list[LoaderError | Extracted]:
    if future is not None:
        try:
            return future.result()
        except Exception as err:  # noqa: BLE001 - a dead worker or an unpicklable result: done here instead
            log.warning("worker failed on %s (%s: %s); extracting its files here",
                        ", ".join(str(item) for item in chunk if not isinstance(item, LoaderError)),
                        type(err).__name__, first_line(err))
    return [result for item in chunk
            for result in ([item] if isinstance(item, LoaderError) else extract_file(item, max_bytes))]
