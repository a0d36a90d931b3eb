"""A read-only SPARQL 1.1 Protocol endpoint over the local store (for YASGUI, SPARQLWrapper, ...).

GET /sparql?query=... or POST (form-encoded `query=`, or `application/sparql-query`).
Results as SPARQL JSON, XML, CSV or TSV by the Accept header. Updates are refused.
"""

from __future__ import annotations

import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from techpact.graph.store import PREFIXES, Store

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


def make_server(store: Store, host: str = "127.0.0.1", port: int = 7878) -> ThreadingHTTPServer:
    """An HTTP server answering SPARQL queries on /sparql; call serve_forever() to run it."""
    lock = threading.Lock()  # one query at a time on the store handle

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
            accept = self.headers.get("Accept") or ""
            try:
                with lock:
                    result = store._ox.query(query, prefixes=PREFIXES, use_default_graph_as_union=True)
                    if isinstance(result, ox.QueryTriples):
                        media, fmt = next(((m, f) for m, f in _GRAPH_FORMATS if m in accept), _GRAPH_FORMATS[0])
                        data = ox.serialize(result, format=fmt)
                    else:
                        media, fmt = next(((m, f) for m, f in _FORMATS if m in accept), _FORMATS[0])
                        data = result.serialize(format=fmt)
            except SyntaxError as err:
                first = str(err).splitlines()[0][:300]
                message = f"SPARQL syntax error: {first}"
                if "update" in str(err).lower() or any(w in query.upper() for w in ("INSERT", "DELETE", "DROP", "CLEAR", "LOAD", "CREATE")):
                    return self._refuse_update()
                return self._error(HTTPStatus.BAD_REQUEST, message)
            except OSError as err:
                return self._error(HTTPStatus.INTERNAL_SERVER_ERROR, f"query failed: {err}")
            self.send_response(HTTPStatus.OK)
            self.send_header("Content-Type", f"{media}; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Access-Control-Allow-Origin", "*")
            self.end_headers()
            self.wfile.write(data)

    return ThreadingHTTPServer((host, port), Handler)
