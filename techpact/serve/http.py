"""A read-only SPARQL 1.1 Protocol endpoint over the local store (for YASGUI, SPARQLWrapper, ...).

GET /sparql?query=... or POST (form-encoded `query=`, or `application/sparql-query`).
Results as SPARQL JSON, XML, CSV or TSV by the Accept header. Updates are refused.
"""

from __future__ import annotations

import multiprocessing
import queue
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from techpact.graph.store import Store

_FORMATS = [
    ("application/sparql-results+json", ox.QueryResultsFormat.JSON),
    ("application/json", ox.QueryResultsFormat.JSON),
    ("application/sparql-results+xml", ox.QueryResultsFormat.XML),
    ("application/xml", ox.QueryResultsFormat.XML),
    ("text/csv", ox.QueryResultsFormat.CSV),
    ("text/tab-separated-values", ox.QueryResultsFormat.TSV),
]
_GRAPH_FORMATS = [("text/turtle", ox.RdfFormat.TURTLE), ("application/n-triples", ox.RdfFormat.N_TRIPLES)]
MAX_QUERY_BYTES = 1_000_000


def _worker(store_path: str, connection) -> None:
    """A query process: opens the store read-only and answers (query, accept) requests."""
    store = Store(store_path, read_only=True)
    while True:
        try:
            query, accept = connection.recv()
        except EOFError:
            return
        connection.send(_evaluate(store, query, accept))


def _evaluate(store: Store, query: str, accept: str) -> tuple[int, str, bytes]:
    try:
        result = store.query_results(query)
        if isinstance(result, ox.QueryTriples):
            media, fmt = next(((m, f) for m, f in _GRAPH_FORMATS if m in accept), _GRAPH_FORMATS[0])
            return 200, media, ox.serialize(result, format=fmt)
        media, fmt = next(((m, f) for m, f in _FORMATS if m in accept), _FORMATS[0])
        return 200, media, result.serialize(format=fmt)
    except SyntaxError as err:
        if any(word in query.upper() for word in ("INSERT", "DELETE", "DROP", "CLEAR", "LOAD", "CREATE", "COPY", "MOVE", "ADD ")):
            return 403, "text/plain", b"this endpoint is read-only: SPARQL updates are refused\n"
        return 400, "text/plain", f"SPARQL syntax error: {str(err).splitlines()[0][:300]}\n".encode()
    except OSError as err:
        return 500, "text/plain", f"query failed: {err}\n".encode()


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
        """Answer one query, or a 503 when it ran past the timeout (its process is replaced)."""
        process, connection = self.idle.get()
        try:
            connection.send((query, accept))
            if connection.poll(self.timeout):
                answer = connection.recv()
                self.idle.put((process, connection))
                return answer
        except (EOFError, OSError, BrokenPipeError):
            pass
        process.kill()
        process.join()
        self.idle.put(self._start())
        return 503, "text/plain", f"query cancelled: it ran past the {self.timeout:g} s timeout\n".encode()

    def close(self) -> None:
        """End every query process."""
        while not self.idle.empty():
            process, connection = self.idle.get()
            connection.close()
            process.kill()
            process.join()


def make_server(store: Store, host: str = "127.0.0.1", port: int = 7878, *, timeout: float = 30.0,
                workers: int = 2) -> ThreadingHTTPServer:
    """An HTTP server answering SPARQL queries on /sparql; call serve_forever() to run it.

    Queries run in worker processes holding the store read-only, so a query past
    `timeout` seconds is really stopped, not left running.
    """
    pool = QueryWorkers(str(store.path), workers, timeout)

    class Handler(BaseHTTPRequestHandler):
        server_version = "techpact-sparql"

        def log_message(self, format, *args):  # quiet: queries may hold user text
            pass

        def do_GET(self):
            parts = urlsplit(self.path)
            if parts.path != "/sparql":
                return self._error(HTTPStatus.NOT_FOUND, "the SPARQL endpoint is /sparql")
            params = parse_qs(parts.query)
            if "update" in params:
                return self._refuse_update()
            self._answer(params.get("query", [None])[0])

        def do_POST(self):
            if urlsplit(self.path).path != "/sparql":
                return self._error(HTTPStatus.NOT_FOUND, "the SPARQL endpoint is /sparql")
            length = int(self.headers.get("Content-Length") or 0)
            if length > MAX_QUERY_BYTES:
                return self._error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "query too large")
            body = self.rfile.read(length).decode("utf-8", "replace")
            kind = (self.headers.get("Content-Type") or "").split(";")[0].strip()
            if kind == "application/sparql-update":
                return self._refuse_update()
            if kind == "application/sparql-query":
                return self._answer(body)
            params = parse_qs(body)
            if "update" in params:
                return self._refuse_update()
            self._answer(params.get("query", [None])[0])

        def _refuse_update(self):
            self._error(HTTPStatus.FORBIDDEN, "this endpoint is read-only: SPARQL updates are refused")

        def _error(self, status: HTTPStatus, message: str):
            data = (message + "\n").encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _answer(self, query: str | None):
            if not query:
                return self._error(HTTPStatus.BAD_REQUEST, "missing 'query' parameter")
            status, media, data = pool.run(query, self.headers.get("Accept") or "")
            self.send_response(status)
            self.send_header("Content-Type", f"{media}; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Access-Control-Allow-Origin", "*")
            self.end_headers()
            self.wfile.write(data)

    class Server(ThreadingHTTPServer):
        request_queue_size = 256  # many clients at once: a short listen backlog drops connections

    server = Server((host, port), Handler)
    server.daemon_threads = True
    server.query_workers = pool
    return server
