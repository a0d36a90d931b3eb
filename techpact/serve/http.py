"""A read-only SPARQL 1.1 Protocol endpoint over the local store (for YASGUI, SPARQLWrapper, ...).

GET /sparql?query=... or POST (form-encoded `query=`, or `application/sparql-query`).
Results as SPARQL JSON, XML, CSV or TSV by the Accept header. Updates and SERVICE are refused;
requests must name this server in their Host header (a DNS-rebinding defence); no CORS header
is sent unless an origin is allowed; idle connections are closed after `idle_timeout`.
"""

from __future__ import annotations

import ipaddress
import logging
from collections.abc import Iterable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from techpact.graph.store import Store
from techpact.serve.guard import check_nesting
from techpact.serve.workers import QueryWorkers

MAX_QUERY_BYTES = 1_000_000
LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})
log = logging.getLogger(__name__)


def allowed_host_names(host: str, extra: Iterable[str] = ()) -> frozenset[str] | None:
    """The names a Host header may carry for a server bound to `host`; None means any IP literal."""
    names = {host.lower().strip("[]"), *(name.lower() for name in extra)}
    if host in ("", "0.0.0.0", "::"):
        return None
    if host.lower().strip("[]") in LOOPBACK_NAMES or host.startswith("127."):
        names |= LOOPBACK_NAMES
    return frozenset(names)


def host_matches(header: str, port: int, names: frozenset[str] | None, extra: Iterable[str] = ()) -> bool:
    """Whether a Host header names this server: one of `names` (or any IP literal) at `port`."""
    parts = urlsplit("//" + header)
    try:
        given_port = parts.port
        hostname = parts.hostname
    except ValueError:
        return False
    if not hostname or parts.username is not None or parts.path or parts.query or parts.fragment:
        return False
    if (given_port if given_port is not None else 80) != port:
        return False
    if names is None:
        if hostname in ("localhost", *(name.lower() for name in extra)):
            return True
        try:
            ipaddress.ip_address(hostname)
        except ValueError:
            return False
        return True
    return hostname in names


def _printable(text: str, limit: int = 100) -> str:
    return text[:limit].encode("unicode_escape").decode("ascii")


class EndpointServer(ThreadingHTTPServer):
    """The HTTP server with its query processes; close() stops both."""

    daemon_threads = True
    request_queue_size = 256  # many clients at once: a short listen backlog drops connections

    def __init__(self, address, handler, pool: QueryWorkers) -> None:
        self.query_workers = pool
        try:
            super().__init__(address, handler)
        except OSError:
            pool.close()
            raise

    def handle_error(self, request, client_address) -> None:
        log.debug("request from %s failed", client_address, exc_info=True)  # never a traceback on stderr

    def close(self) -> None:
        """Stop listening and end the query processes."""
        self.server_close()
        self.query_workers.close()


def make_server(store: Store, host: str = "127.0.0.1", port: int = 7878, *, timeout: float = 30.0,
                workers: int = 2, cors: str | None = None, allow_hosts: Iterable[str] = (),
                idle_timeout: float = 10.0, max_memory_mb: int = 2048, max_rows: int = 100_000,
                raw: bool = False) -> EndpointServer:
    """An HTTP server answering SPARQL queries on /sparql; call serve_forever() to run it, close() to stop.

    Queries run in worker processes holding the store read-only, so a query past
    `timeout` seconds is really stopped, not left running. `cors` is the one origin
    allowed to read answers from a browser; `allow_hosts` are extra names the Host header may carry.
    Each query process may use `max_memory_mb` of address space (0: no limit); a result over
    `max_rows` rows is answered 413. A query still running after half a second leaves the pool,
    a fresh process taking its place, so two heavy queries do not hold up light ones.
    Answers come from the store's curated view (review decisions applied, followed as they are made),
    or with raw from the store as the extractor wrote it.
    """
    pool = QueryWorkers(str(store.path), workers, timeout, max_memory_mb=max_memory_mb, max_rows=max_rows, raw=raw)
    extra_hosts = tuple(allow_hosts)

    class Handler(BaseHTTPRequestHandler):
        server_version = "techpact-sparql"
        timeout = idle_timeout  # a connection silent this long is closed

        def log_message(self, format, *args):  # quiet: queries may hold user text
            pass

        def _host_ok(self) -> bool:
            header = self.headers.get("Host")
            if not header:
                self._error(HTTPStatus.BAD_REQUEST, "missing Host header")
                return False
            if not host_matches(header, self.server.server_address[1], names, extra_hosts):
                self._error(HTTPStatus.MISDIRECTED_REQUEST,
                            f"Host '{_printable(header)}' is not this server's address (DNS-rebinding defence); "
                            "serve with --allow-host NAME to answer under another name")
                return False
            return True

        def do_OPTIONS(self):
            if not self._host_ok():
                return
            self.send_response(HTTPStatus.NO_CONTENT)
            self._cors_headers(preflight=True)
            self.send_header("Allow", "GET, POST, OPTIONS")
            self.send_header("Content-Length", "0")
            self.end_headers()

        def do_GET(self):
            if not self._host_ok():
                return
            parts = urlsplit(self.path)
            if parts.path != "/sparql":
                return self._error(HTTPStatus.NOT_FOUND, "the SPARQL endpoint is /sparql")
            params = parse_qs(parts.query)
            if "update" in params:
                return self._refuse_update()
            self._answer(params.get("query", [None])[0])

        def do_POST(self):
            if not self._host_ok():
                return
            if urlsplit(self.path).path != "/sparql":
                return self._error(HTTPStatus.NOT_FOUND, "the SPARQL endpoint is /sparql")
            if self.headers.get("Transfer-Encoding"):
                return self._error(HTTPStatus.LENGTH_REQUIRED, "send the query with a Content-Length, not chunked")
            given = (self.headers.get("Content-Length") or "0").strip()
            if not (given.isascii() and given.isdigit()):
                return self._error(HTTPStatus.BAD_REQUEST, f"malformed Content-Length '{_printable(given, 40)}'")
            if int(given) > MAX_QUERY_BYTES:
                return self._error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                                   f"query too large: over {MAX_QUERY_BYTES} bytes")
            body = self.rfile.read(int(given)).decode("utf-8", "replace")
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

        def _cors_headers(self, preflight: bool = False) -> None:
            if cors is None:
                return
            origin = self.headers.get("Origin")
            if cors == "*" or origin == cors:
                self.send_header("Access-Control-Allow-Origin", cors)
                self.send_header("Vary", "Origin")
                if preflight:
                    self.send_header("Access-Control-Allow-Methods", "GET, POST")
                    self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")

        def _send(self, status: int, media: str, data: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", f"{media}; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self._cors_headers()
            self.end_headers()
            self.wfile.write(data)

        def _error(self, status: HTTPStatus, message: str):
            self.close_connection = True
            self._send(status, "text/plain", (message + "\n").encode("utf-8"))

        def _answer(self, query: str | None):
            if not query:
                return self._error(HTTPStatus.BAD_REQUEST, "missing 'query' parameter")
            refused = check_nesting(query)
            if refused:
                return self._error(HTTPStatus(refused.status), refused.reason)
            self._send(*pool.run(query, self.headers.get("Accept") or ""))

    names = allowed_host_names(host, extra_hosts)
    return EndpointServer((host, port), Handler, pool)
