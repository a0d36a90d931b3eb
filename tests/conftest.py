"""Shared fixtures: the shared data folder, stores, the real Neo4j server and headless Chromium."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from techpact.graph.store import Store
from techpact.ingest import ingest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("TECHPACT_SHARED", REPO.parent / "shared"))
CORPUS = REPO / "techpact" / "examples" / "corpus"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def shared() -> Path:
    """The shared folder beside the repo (seed article, evaluation set)."""
    assert SHARED.is_dir(), f"{SHARED} not found: the tests read the seed and eval data from ../shared"
    return SHARED


@pytest.fixture(scope="session")
def seed_file(shared: Path) -> Path:
    return shared / "seed" / "russia-iran-digital-mou.txt"


@pytest.fixture
def store(tmp_path: Path):
    with Store(tmp_path / "store") as opened:
        yield opened


@pytest.fixture(scope="session")
def corpus_store(tmp_path_factory):
    """A store holding the bundled example corpus (read-only use, please)."""
    path = tmp_path_factory.mktemp("corpus") / "store"
    with Store(path) as opened:
        ingest([CORPUS], opened)
    return path


@pytest.fixture
def review_store(tmp_path: Path) -> tuple[Path, Path]:
    """A store holding copies of the review passages (tests/data/review; copies, so a test may change or
    remove one): (store path, passages folder)."""
    folder = tmp_path / "passages"
    shutil.copytree(DATA / "review", folder)
    path = tmp_path / "store"
    with Store(path) as opened:
        ingest([folder], opened)
    return path, folder


def free_port() -> int:
    """A TCP port free on the loopback interface right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def running_endpoint(store_path: Path, *options: str, stderr=subprocess.DEVNULL):
    """`techpact serve` in its own process on a free port; yields (base URL of /sparql, port)."""
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "techpact.cli", "serve", "--store", str(store_path),
                                "--port", str(port), *options], stdout=subprocess.DEVNULL, stderr=stderr)
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with socket.socket() as sock:
                if sock.connect_ex(("127.0.0.1", port)) == 0:
                    break
            assert process.poll() is None, "techpact serve exited at start"
            time.sleep(0.2)
        yield f"http://127.0.0.1:{port}/sparql", port
    finally:
        process.terminate()
        process.wait(10)


@pytest.fixture(scope="session")
def neo4j_connection():
    """URI, user and password of a real Neo4j: the one `make test` started, or one started here."""
    from techpact.neo4j import server as neo4j_server

    home = REPO / ".neo4j"
    started_here = False
    try:
        info = neo4j_server.connection(home)
        if not neo4j_server._pid(home.resolve()):
            raise neo4j_server.ServerError("not running")
    except neo4j_server.ServerError:
        info = neo4j_server.start(home)
        started_here = True
    yield {"uri": info["NEO4J_URI"], "user": info["NEO4J_USER"], "password": info["NEO4J_PASSWORD"]}
    if started_here:
        neo4j_server.stop(home)


@pytest.fixture
def neo4j_sync(neo4j_connection):
    """A Neo4jSync on an emptied database."""
    from techpact.neo4j.sync import Neo4jSync

    with Neo4jSync(**neo4j_connection) as sync:
        sync.clear()
        yield sync


@pytest.fixture(scope="session")
def browser():
    """Debian's headless Chromium driven by Playwright (no browser download)."""
    from playwright.sync_api import sync_playwright

    executable = shutil.which("chromium") or "/usr/bin/chromium"
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=executable, headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--no-first-run", "--disable-quic"])
        yield launched
        launched.close()
