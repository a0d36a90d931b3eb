from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
from SPARQLWrapper import JSON, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_answering(url: str, deadline: float) -> None:
    """Wait until the server's query workers answer (on a loaded machine their start can outlast the 3 s timeout)."""
    ask = url + "?" + urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"})
    while True:
        try:
            with urllib.request.urlopen(ask, timeout=10) as response:
                response.read()
                return
        except (urllib.error.URLError, OSError):
            assert time.monotonic() < deadline, "the endpoint did not answer in time"
            time.sleep(0.5)


@pytest.fixture(scope="module")
def endpoint(corpus_store):
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "techpact.cli", "serve", "--store", str(corpus_store),
                                "--port", str(port), "--timeout", "3", "--workers", "2"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                break
        time.sleep(0.2)
    wait_until_answering(f"http://127.0.0.1:{port}/sparql", deadline=time.monotonic() + 60)
    yield f"http://127.0.0.1:{port}/sparql"
    process.terminate()
    process.wait(10)


def test_endpoint_answers_sparqlwrapper_select(endpoint):
    client = SPARQLWrapper(endpoint)
    client.setQuery("SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { GRAPH ?d { ?d a tp:Document } }")
    client.setReturnFormat(JSON)
    result = client.query().convert()
    assert int(result["results"]["bindings"][0]["n"]["value"]) == 13


def test_endpoint_post_and_csv(endpoint):
    request = urllib.request.Request(endpoint, data=b"query=SELECT+%3Fc+WHERE+%7B+%3Fs+tp%3Acode+%3Fc+%7D+ORDER+BY+%3Fc+LIMIT+2",
                                     headers={"Accept": "text/csv", "Content-Type": "application/x-www-form-urlencoded"})
    with urllib.request.urlopen(request) as response:
        assert response.read().decode().splitlines() == ["c", "APEC", "ASEAN"]


def test_endpoint_refuses_updates(endpoint):
    client = SPARQLWrapper(endpoint)
    client.setMethod("POST")
    client.setQuery("DELETE WHERE { ?s ?p ?o }")
    with pytest.raises((SPARQLWrapperException, urllib.error.HTTPError)):
        client.query()
    request = urllib.request.Request(endpoint, data=b"update=DROP+ALL")
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request)
    assert refused.value.code == 403 and b"read-only" in refused.value.read()
    check = SPARQLWrapper(endpoint)
    check.setQuery("ASK { ?s tp:iso3 'RUS' }")
    check.setReturnFormat(JSON)
    assert check.query().convert()["boolean"] is True


def test_endpoint_cancels_a_query_past_the_timeout_and_keeps_serving(endpoint):
    runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    started = time.monotonic()
    request = urllib.request.Request(endpoint + "?" + urllib.parse.urlencode({"query": runaway}))
    with pytest.raises(urllib.error.HTTPError) as cancelled:
        urllib.request.urlopen(request, timeout=60)
    assert cancelled.value.code == 503 and b"timeout" in cancelled.value.read()
    assert time.monotonic() - started < 20
    client = SPARQLWrapper(endpoint)
    client.setQuery("ASK { ?s tp:code 'SCO' }")
    client.setReturnFormat(JSON)
    assert client.query().convert()["boolean"] is True


@pytest.mark.slow
def test_endpoint_under_fifty_concurrent_clients_for_thirty_seconds(endpoint):
    from concurrent.futures import ThreadPoolExecutor

    from techpact.queries import list_queries, load_query

    queries = []
    for name in list_queries():
        query = load_query(name)
        if not query.example_params and "LIMIT" in query.text:
            queries.append(query.text)
    queries += ["SELECT ?c WHERE { ?s tp:code ?c } ORDER BY ?c",
                "SELECT ?a ?k WHERE { GRAPH ?g { ?a tp:kind ?k } }",
                "ASK { ?s tp:iso3 'IND' }"]
    deadline = time.monotonic() + 30
    latencies: list[float] = []
    errors: list[str] = []

    def client(number: int) -> None:
        index = number
        while time.monotonic() < deadline:
            query = queries[index % len(queries)]
            index += 1
            started = time.monotonic()
            try:
                url = endpoint + "?" + urllib.parse.urlencode({"query": query})
                with urllib.request.urlopen(url, timeout=30) as response:
                    response.read()
                latencies.append(time.monotonic() - started)
            except Exception as err:  # noqa: BLE001 - every failure is counted, none hidden
                errors.append(f"{type(err).__name__}: {err}")

    with ThreadPoolExecutor(50) as pool:
        list(pool.map(client, range(50)))
    latencies.sort()
    p95 = latencies[int(len(latencies) * 0.95)]
    print(f"\nSPARQL endpoint, 50 clients, 30 s: {len(latencies)} queries, "
          f"{len(latencies) / 30:.0f}/s, p50 {latencies[len(latencies) // 2] * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms")
    assert errors == []
    assert len(latencies) > 100
