from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest
from SPARQLWrapper import JSON, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def endpoint(corpus_store):
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "techpact.cli", "serve", "--store", str(corpus_store),
                                "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                break
        time.sleep(0.2)
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
