"""The endpoint under hostile use: no outbound requests, no CORS by default, no DNS rebinding, HTTP hygiene."""

from __future__ import annotations

import http.client
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.conftest import running_endpoint


@pytest.fixture(scope="module")
def endpoint(corpus_store):
    with running_endpoint(corpus_store, "--timeout", "5", "--workers", "2") as (url, _port):
        yield url


@pytest.fixture
def listener():
    """A real HTTP server on loopback that records every request it receives."""
    seen: list[str] = []

    class Recorder(BaseHTTPRequestHandler):
        def log_message(self, format, *args):
            pass

        def _record(self):
            seen.append(f"{self.command} {self.path}")
            body = b'{"head": {"vars": []}, "results": {"bindings": [{}]}}'
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = _record

    server = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/sparql", seen
    server.shutdown()
    server.server_close()


def get(url: str, query: str, headers: dict | None = None) -> tuple[int, dict, bytes]:
    request = urllib.request.Request(url + "?" + urllib.parse.urlencode({"query": query}), headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read()


def test_endpoint_refuses_service_without_contacting_the_target(endpoint, listener):
    target, seen = listener
    for query in [f"SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}",
                  f"select * where {{ service silent <{target}> {{ ?s ?p ?o }} }}",
                  f"ASK {{ ?s ?p ?o FILTER EXISTS {{ SERVICE <{target}> {{ ?a ?b ?c }} }} }}",
                  f"SELECT * WHERE {{ {{ ?s tp:code 'SCO' }} UNION {{ SERVICE <{target}> {{ ?s ?p ?o }} }} }}",
                  f"SELECT * WHERE {{ BIND(<{target}> AS ?x) SERVICE ?x {{ ?s ?p ?o }} }}",
                  f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}",
                  f"SELECT * WHERE {{ \\u0053ERVICE <{target}> {{ ?s ?p ?o }} }}"]:
        status, _, body = get(endpoint, query)
        assert status in (400, 403), (query, status, body)
        assert b"SERVICE" in body or b"syntax error" in body
    assert seen == []


def test_endpoint_from_clauses_with_external_iris_reach_nothing(endpoint, listener):
    target, seen = listener
    status, _, _ = get(endpoint, f"SELECT * FROM <{target}> FROM NAMED <{target}/g> WHERE {{ ?s ?p ?o }} LIMIT 1")
    assert status == 200
    assert seen == []


def test_endpoint_refuses_updates_that_would_load_from_the_network(endpoint, listener):
    target, seen = listener
    request = urllib.request.Request(endpoint, data=f"LOAD <{target}>".encode(),
                                     headers={"Content-Type": "application/sparql-query"})
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=30)
    assert refused.value.code in (400, 403)
    assert seen == []


def test_endpoint_sends_no_cors_header_by_default(endpoint):
    status, headers, _ = get(endpoint, "ASK { ?s tp:code 'SCO' }", {"Origin": "http://evil.example"})
    assert status == 200
    assert not any(name.lower().startswith("access-control-") for name in headers)


def test_endpoint_cors_only_for_the_origin_given(corpus_store):
    with running_endpoint(corpus_store, "--cors", "http://analyst.example:8080") as (url, _port):
        status, headers, _ = get(url, "ASK { ?s tp:code 'SCO' }", {"Origin": "http://analyst.example:8080"})
        assert status == 200 and headers.get("Access-Control-Allow-Origin") == "http://analyst.example:8080"
        status, headers, _ = get(url, "ASK { ?s tp:code 'SCO' }", {"Origin": "http://evil.example"})
        assert "Access-Control-Allow-Origin" not in headers


def raw_get(port: int, host_header: str | None) -> tuple[int, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.putrequest("GET", "/sparql?" + urllib.parse.urlencode({"query": "ASK { ?s tp:code 'SCO' }"}),
                              skip_host=True)
        if host_header is not None:
            connection.putheader("Host", host_header)
        connection.endheaders()
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def test_endpoint_answers_only_its_own_host_name(corpus_store):
    with running_endpoint(corpus_store) as (_url, port):
        assert raw_get(port, f"127.0.0.1:{port}")[0] == 200
        assert raw_get(port, f"localhost:{port}")[0] == 200
        for hostile in [f"attacker.example:{port}", "attacker.example", f"127.0.0.1.attacker.example:{port}",
                        f"127.0.0.1:{port + 1}", None]:
            status, body = raw_get(port, hostile)
            assert status in (400, 421), (hostile, status)
            assert b"Host" in body


def raw_exchange(port: int, request: bytes, wait: float = 30) -> bytes:
    """Send raw bytes to the endpoint and read until it closes the connection."""
    with socket.create_connection(("127.0.0.1", port), timeout=wait) as sock:
        sock.sendall(request)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
        return b"".join(chunks)


def test_endpoint_rejects_malformed_content_length_without_a_traceback(corpus_store, tmp_path):
    log = tmp_path / "serve.log"
    with log.open("wb") as stderr, running_endpoint(corpus_store, stderr=stderr) as (url, port):
        for length in [b"-1", b"abc", b"1e3", b"+5"]:
            answer = raw_exchange(port, b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1:%d\r\n"
                                        b"Content-Type: application/sparql-query\r\nContent-Length: %s\r\n\r\n"
                                        b"ASK { ?s ?p ?o }" % (port, length))
            assert answer.startswith(b"HTTP/1.0 400") and b"Content-Length" in answer, (length, answer[:200])
        answer = raw_exchange(port, b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1:%d\r\n"
                                    b"Content-Type: application/sparql-query\r\nContent-Length: 300000000\r\n\r\n"
                                    b"ASK { ?s ?p ?o }" % port)
        assert answer.startswith(b"HTTP/1.0 413")
        assert get(url, "ASK { ?s tp:code 'SCO' }")[0] == 200
    assert b"Traceback" not in log.read_bytes()


def test_endpoint_closes_idle_connections(corpus_store):
    with running_endpoint(corpus_store, "--idle-timeout", "1") as (url, port):
        idle = [socket.create_connection(("127.0.0.1", port), timeout=10) for _ in range(20)]
        started = time.monotonic()
        try:
            for sock in idle:
                assert sock.recv(1) == b""  # closed by the server, not by our 10 s timeout
        finally:
            for sock in idle:
                sock.close()
        assert time.monotonic() - started < 5
        assert get(url, "ASK { ?s tp:code 'SCO' }")[0] == 200


def test_endpoint_rejects_absurd_nesting_before_parsing(endpoint):
    started = time.monotonic()
    for query in ["SELECT * WHERE " + "{" * 10_000 + " ?s ?p ?o " + "}" * 10_000,
                  "ASK { FILTER(" + "(" * 5_000 + "1" + ")" * 5_000 + ") }",
                  "SELECT * WHERE { ?s ?p ?o FILTER(" + "[" * 300]:
        request = urllib.request.Request(endpoint, data=query.encode(), headers={"Content-Type": "application/sparql-query"})
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(request, timeout=30)
        assert refused.value.code == 400 and b"nested" in refused.value.read()
    assert time.monotonic() - started < 5
    deep_but_fair = "SELECT (COUNT(*) AS ?n) WHERE " + "{ " * 150 + "?s tp:code 'SCO'" + " }" * 150
    status, _, body = get(endpoint, deep_but_fair, {"Accept": "text/csv"})
    assert status == 200 and body.decode().splitlines() == ["n", "1"]
