"""Query processes: each holds the store read-only, within a memory limit; a query past the timeout ends with its process.

A query still running after `heavy_after` seconds is heavy: its process leaves the pool and a
fresh one takes its place (up to `max_heavy` at once), so light queries keep flowing.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import resource
import signal
import sys
import threading
import time

from techpact.serve.answers import ResultTooLarge, answer

# What a query process sends once it holds the store, and how long it may take to get there (spawn, imports, opening
# the store) on a loaded machine: a query's timeout counts from then, not from the process's start.
_READY = "ready"
_START_ALLOWANCE = 120.0
# The parser recurses once per nesting level; guard.MAX_NESTING levels need far more than the default.
_PARSER_STACK_BYTES = 128 * 1024 * 1024
_PARSER_RECURSION = 200_000


def _worker(store_path: str, connection, max_memory_mb: int, max_rows: int, raw: bool = True) -> None:
    """A query process: bounds its address space, then answers (query, accept) on a thread whose stack fits deep queries."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)  # an allocation refused by the limit makes the query engine print before it aborts
    if max_memory_mb:
        limit = max_memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    sys.setrecursionlimit(_PARSER_RECURSION)
    threading.stack_size(_PARSER_STACK_BYTES)
    thread = threading.Thread(target=_answer_requests, args=(store_path, connection, max_rows, raw))
    thread.start()
    thread.join()


def _answer_requests(store_path: str, connection, max_rows: int, raw: bool) -> None:
    from techpact.serve.snapshot import Snapshot

    snapshot = Snapshot(store_path, raw=raw)
    connection.send(_READY)
    while True:
        try:
            query, accept = connection.recv()
        except EOFError:
            return
        try:
            reply = answer(snapshot.current(), query, accept, max_rows)
        except ResultTooLarge:
            reply = 413, "text/plain", (f"result too large: more than {max_rows:,} rows (the server's --max-rows); "
                                        "add a LIMIT or narrow the query\n").encode()
        except MemoryError:
            reply = _OUT_OF_MEMORY
        connection.send(reply)


_ENDED = (503, "text/plain", b"query failed: it ended its query process (the process was replaced)\n")
_OUT_OF_MEMORY = (503, "text/plain", b"query stopped: it needed more memory than the server's --max-memory allows "
                  b"(the query process was replaced)\n")


class QueryWorkers:
    """A pool of query processes; a query past the timeout is cancelled by ending its process."""

    def __init__(self, store_path: str, count: int, timeout: float, *, max_memory_mb: int = 0,
                 max_rows: int = 100_000, heavy_after: float = 0.5, max_heavy: int = 2, raw: bool = True) -> None:
        self.store_path, self.timeout, self.raw = store_path, timeout, raw
        self.max_memory_mb, self.max_rows = max_memory_mb, max_rows
        self.heavy_after, self.max_heavy = heavy_after, max_heavy
        self.context = multiprocessing.get_context("spawn")
        self.idle: queue.Queue = queue.Queue()
        self.heavy = 0
        self.lock = threading.Lock()
        self.busy: set = set()
        self.ready: set[int] = set()  # pids of the processes that have sent _READY
        for _ in range(count):
            self.idle.put(self._start())

    def _start(self):
        parent, child = self.context.Pipe()
        process = self.context.Process(target=_worker, daemon=True,
                                       args=(self.store_path, child, self.max_memory_mb, self.max_rows, self.raw))
        process.start()
        child.close()
        return process, parent

    def _promote(self) -> bool:
        """Let a slow query run on outside the pool, a fresh process taking its place; False when too many do."""
        with self.lock:
            if self.heavy >= self.max_heavy:
                return False
            self.heavy += 1
        self.idle.put(self._start())
        return True

    def run(self, query: str, accept: str) -> tuple[int, str, bytes]:
        """Answer one query, or a 503 when it ran past the timeout or its memory, or ended its process (replaced).

        A query whose process ended at once (a process that died while it started, under load, say) is
        given one fresh process more before it is answered 503.
        """
        started = time.monotonic()
        answer = self._run_once(query, accept)
        if answer is _ENDED or (answer is _OUT_OF_MEMORY and time.monotonic() - started < 1.0):
            answer = self._run_once(query, accept)
        return answer

    def _wait_until_ready(self, process, connection) -> bool:
        """Whether the process holds the store and can take a query (waiting for it while it starts)."""
        if process.pid in self.ready:
            return True
        try:
            if connection.poll(_START_ALLOWANCE) and connection.recv() == _READY:
                self.ready.add(process.pid)
                return True
        except (EOFError, OSError):
            pass
        return False

    def _run_once(self, query: str, accept: str) -> tuple[int, str, bytes]:
        process, connection = self.idle.get()
        with self.lock:
            self.busy.add(process)
        ready = self._wait_until_ready(process, connection)
        started, heavy, answer_ = time.monotonic(), False, None
        try:
            if not ready:
                raise EOFError  # it died while it started: replaced, and the query told so
            connection.send((query, accept))
            if connection.poll(min(self.heavy_after, self.timeout)):
                answer_ = connection.recv()
            else:
                heavy = self._promote()
                if connection.poll(max(0.0, self.timeout - (time.monotonic() - started))):
                    answer_ = connection.recv()
        except (EOFError, OSError, BrokenPipeError):
            pass
        with self.lock:
            self.busy.discard(process)
        if answer_ is not None and not heavy:
            self.idle.put((process, connection))
            return answer_
        process.kill()
        process.join()
        connection.close()
        self.ready.discard(process.pid)
        if heavy:
            with self.lock:
                self.heavy -= 1
        else:
            self.idle.put(self._start())
        if answer_ is not None:
            return answer_
        if time.monotonic() - started >= self.timeout:
            return 503, "text/plain", f"query cancelled: it ran past the {self.timeout:g} s timeout\n".encode()
        if process.exitcode == -signal.SIGABRT and self.max_memory_mb:
            return _OUT_OF_MEMORY
        return _ENDED

    def close(self) -> None:
        """End every query process."""
        with self.lock:
            for process in self.busy:
                process.kill()
        while not self.idle.empty():
            process, connection = self.idle.get()
            connection.close()
            process.kill()
            process.join()
