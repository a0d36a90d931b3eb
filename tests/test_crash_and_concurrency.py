"""Crash safety and concurrent use of one store, with real processes."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time

import pytest

from techpact.graph.store import Store

pytestmark = pytest.mark.slow

TEMPLATE = ("Report {n}: Egypt and Kenya signed a memorandum of understanding on artificial intelligence "
            "and data centres, officials said. The two countries will also cooperate on cybersecurity. " * 3)


def make_corpus(folder, count):
    folder.mkdir()
    for n in range(count):
        (folder / f"{n:04d}.txt").write_text(TEMPLATE.format(n=n))
    return folder


def ingest_command(corpus, store):
    return [sys.executable, "-m", "techpact.cli", "ingest", str(corpus), "--store", str(store)]


def wait_until_store_opened(store, process, seconds=120):
    """Wait until the ingest has opened its store, so that a kill lands during the ingest, not before it."""
    deadline = time.monotonic() + seconds
    while not (store / "oxigraph").exists():
        assert process.poll() is None, "the ingest ended before it opened its store"
        assert time.monotonic() < deadline, "the ingest did not open its store in time"
        time.sleep(0.05)


def test_ingest_killed_at_random_points_then_rerun_holds_each_document_once(tmp_path):
    corpus = make_corpus(tmp_path / "corpus", 3000)
    store = tmp_path / "store"
    rng = random.Random(5)
    for _ in range(4):
        process = subprocess.Popen(ingest_command(corpus, store), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_until_store_opened(store, process)  # a loaded machine can take longer than the kill delay to start Python
        time.sleep(rng.uniform(0.8, 1.6))
        process.send_signal(signal.SIGKILL)
        process.wait()
    with Store(store, read_only=True) as opened:
        assert len(opened.document_iris()) < 3000, "the kills landed before the ingest was done"
    finished = subprocess.run(ingest_command(corpus, store), capture_output=True, text=True, timeout=300)
    assert finished.returncode == 0, finished.stderr
    with Store(store, read_only=True) as opened:
        documents = opened.document_iris()
        assert len(documents) == 3000
        sources = opened.query("SELECT ?d (COUNT(?s) AS ?n) WHERE { GRAPH ?d { ?d dcterms:source ?s } } GROUP BY ?d HAVING (COUNT(?s) > 1)")
        assert sources.rows == [], "every document once, with one source"
        complete = opened.query("SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { GRAPH ?d { ?a tp:party ?p ; tp:evidence ?e } }")
        assert complete.rows[0][0] == 3000, "no document graph left half-written"


def test_second_ingest_on_a_locked_store_fails_with_the_holder_pid(tmp_path):
    corpus = make_corpus(tmp_path / "corpus", 400)
    store = tmp_path / "store"
    first = subprocess.Popen(ingest_command(corpus, store), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while not (store / "techpact.lock").exists() or not (store / "techpact.lock").read_text().strip():
            assert time.monotonic() < deadline
            time.sleep(0.05)
        second = subprocess.run(ingest_command(corpus, store), capture_output=True, text=True, timeout=60)
        assert second.returncode == 1
        assert f"store is locked by PID {first.pid}" in second.stderr
        assert "Traceback" not in second.stderr
    finally:
        first.wait(300)
    with Store(store, read_only=True) as opened:
        assert len(opened.document_iris()) == 400
