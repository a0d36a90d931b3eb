"""Query processes: each holds the store read-only; a query past the timeout ends with its process."""

from __future__ import annotations

import multiprocessing
import queue
import sys
import threading

import pyoxigraph as ox

_FORMATS = [
    ("application/sparql-results+json", ox.QueryResultsFormat.JSON),
    ("application/json", ox.QueryResultsFormat.JSON),
    ("application/sparql-results+xml", ox.QueryResultsFormat.XML),
    ("application/xml", ox.QueryResultsFormat.XML),
    ("text/csv", ox.QueryResultsFormat.CSV),
    ("text/tab-separated-values", ox.QueryResultsFormat.TSV),
]
_GRAPH_FORMATS = [("text/turtle", ox.RdfFormat.TURTLE), ("application/n-triples", ox.RdfFormat.N_TRIPLES)]
# The parser recurses once per nesting level; guard.MAX_NESTING levels need far more than the default.
_PARSER_STACK_BYTES = 128 * 1024 * 1024
_PARSER_RECURSION = 200_000


def _worker(store_path: str, connection) -> None:
    """A query process: answers (query, accept) requests on a thread whose stack fits deep queries."""
    sys.setrecursionlimit(_PARSER_RECURSION)
    threading.stack_size(_PARSER_STACK_BYTES)
    thread = threading.Thread(target=_answer_requests, args=(store_path, connection))
    thread.start()
    thread.join()


def _answer_requests(store_path: str, connection) -> None:
    from techpact.graph.store import Store

    store = Store(store_path, read_only=True)
    while True:
        try:
            query, accept = connection.recv()
        except EOFError:
            return
        connection.send(_evaluate(store, query, accept))


def _evaluate(store, query: str, accept: str) -> tuple[int, str, bytes]:
    from techpact.serve.guard import check_query

    refused = check_query(query)
    if refused:
        return refused.status, "text/plain", (refused.reason + "\n").encode()
    try:
        result = store.query_results(query)
        if isinstance(result, ox.QueryTriples):
            media, fmt = next(((m, f) for m, f in _GRAPH_FORMATS if m in accept), _GRAPH_FORMATS[0])
            return 200, media, ox.serialize(result, format=fmt)
        media, fmt = next(((m, f) for m, f in _FORMATS if m in accept), _FORMATS[0])
        return 200, media, result.serialize(format=fmt)
    except SyntaxError as err:
        return 400, "text/plain", f"SPARQL syntax error: {str(err).splitlines()[0][:300]}\n".encode()
    except OSError as err:
        return 500, "text/plain", f"query failed: {str(err).splitlines()[0][:300]}\n".encode()


class QueryWorkers:
    """A pool of query processes; a query past the timeout is cancelled by ending its process."""

    def __init__(self, store_path: str, count: int, timeout: float) -> None:
        self.store_path, self.timeout = store_path, timeout
        self.context = multiprocessing.get_context("spawn")
        self.idle: queue.Queue = queue.Queue()
        for _ in range(count):
            self.idle.put(self._start())

    def _start(self):
        parent, child = self.context.Pipe()
        process = self.context.Process(target=_worker, args=(self.store_path, child), daemon=True)
        process.start()
        child.close()
        return process, parent

    def run(self, query: str, accept: str) -> tuple[int, str, bytes]:
        """Answer one query, or a 503 when it ran past the timeout or ended its process (which is replaced)."""
        process, connection = self.idle.get()
        timed_out = False
        try:
            connection.send((query, accept))
            if connection.poll(self.timeout):
                answer = connection.recv()
                self.idle.put((process, connection))
                return answer
            timed_out = True
        except (EOFError, OSError, BrokenPipeError):
            pass
        process.kill()
        process.join()
        self.idle.put(self._start())
        if timed_out:
            return 503, "text/plain", f"query cancelled: it ran past the {self.timeout:g} s timeout\n".encode()
        return 503, "text/plain", b"query failed: it ended its query process (the process was replaced)\n"

    def close(self) -> None:
        """End every query process."""
        while not self.idle.empty():
            process, connection = self.idle.get()
            connection.close()
            process.kill()
            process.join()
