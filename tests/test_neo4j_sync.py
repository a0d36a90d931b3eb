"""Incremental sync against the real server: random sequences, and a server killed mid-sync."""

from __future__ import annotations

import os
import signal
import socket
import threading

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from techpact.neo4j import server as neo4j_server
from techpact.neo4j.mapping import project
from techpact.neo4j.sync import Neo4jSync
from techpact.graph.store import Store
from techpact.ingest import ingest
from tests.conftest import CORPUS, REPO

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]

STORIES = [
    "Egypt and Kenya signed a memorandum of understanding on artificial intelligence.",
    "Kenya and Egypt inked an MoU covering AI and data centres, officials said.",
    "Chile and Peru agreed to cooperate on satellites and 5G networks.",
    "Norway has joined the Nordic quantum initiative. The founding members are Sweden, Finland and Denmark.",
    "Ghana, a member of the African Union, and Senegal signed a treaty on nuclear energy.",
    "Vietnam and Laos plan to set up a joint working group on digital payments.",
]


def expected(store: Store):
    projection = project(q for q in store.quads() if not q.graph_name.value.endswith("/graph/meta"))
    relationships: dict[str, int] = {}
    for (rel_type, _, _), rows in projection.relationships.items():
        relationships[rel_type] = relationships.get(rel_type, 0) + len(rows)
    return {label: len(rows) for label, rows in projection.nodes.items()}, relationships


def dump(sync: Neo4jSync) -> tuple[dict, set, dict, set]:
    """Every node (uri -> labels, properties), relationship, ledger entry and constraint of the database."""
    records, _, _ = sync.driver.execute_query(
        "MATCH (n) WHERE n.uri IS NOT NULL RETURN n.uri AS uri, labels(n) AS labels, properties(n) AS props")
    nodes = {r["uri"]: (sorted(r["labels"]), r["props"]) for r in records}
    records, _, _ = sync.driver.execute_query(
        "MATCH (a)-[r]->(b) RETURN a.uri AS s, type(r) AS t, b.uri AS o, properties(r) AS props")
    relationships = {(r["s"], r["t"], r["o"], tuple(sorted((k, tuple(v)) for k, v in r["props"].items())))
                     for r in records}
    records, _, _ = sync.driver.execute_query(
        "MATCH (l:TechpactSyncLedger) RETURN l.graph AS graph, l.fingerprint AS fingerprint, l.subjects AS subjects")
    ledger = {r["graph"]: (r["fingerprint"], r["subjects"]) for r in records}
    records, _, _ = sync.driver.execute_query("SHOW CONSTRAINTS YIELD name RETURN name")
    indexes, _, _ = sync.driver.execute_query("SHOW INDEXES YIELD name, type WHERE type = 'RANGE' RETURN name")
    return nodes, relationships, ledger, {r["name"] for r in records} | {r["name"] for r in indexes}


steps = st.lists(st.one_of(
    st.tuples(st.just("ingest"), st.sets(st.integers(0, len(STORIES) - 1), min_size=1, max_size=3)),
    st.tuples(st.just("remove"), st.integers(0, len(STORIES) - 1)),
    st.tuples(st.just("edit"), st.integers(0, len(STORIES) - 1)),
    st.tuples(st.just("sync"), st.none()),
), min_size=1, max_size=6)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps)
def test_sync_random_sequences_keep_neo4j_equal_to_the_store(neo4j_connection, tmp_path_factory, sequence):
    folder = tmp_path_factory.mktemp("seq")
    with Store(folder / "store") as store, Neo4jSync(**neo4j_connection) as sync:
        for action, argument in sequence + [("sync", None)]:
            if action == "ingest":
                paths = []
                for index in argument:
                    path = folder / f"story{index}.txt"
                    if not path.exists():
                        path.write_text(STORIES[index])
                    paths.append(path)
                ingest(paths, store)
            elif action == "edit":
                path = folder / f"story{argument}.txt"
                path.write_text(STORIES[argument] + " The deal also covers robotics.")
                ingest([path], store)
            elif action == "remove":
                for iri in store.documents_from_source(str(folder / f"story{argument}.txt")):
                    store.remove_document(iri)
            else:
                sync.sync(store)
                assert sync.counts() == expected(store)


def test_sync_sends_nothing_when_nothing_changed(corpus_store, neo4j_sync):
    with Store(corpus_store, read_only=True) as store:
        first = neo4j_sync.sync(store)
        again = neo4j_sync.sync(store)
    assert first.graphs_sent > 10 and again.graphs_sent == 0 and again.graphs_removed == 0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_full_resync_over_a_synced_database_changes_no_count(corpus_store, neo4j_sync):
    with Store(corpus_store, read_only=True) as store:
        neo4j_sync.sync(store)
        once = neo4j_sync.counts()
        report = neo4j_sync.sync(store, full=True)
        assert report.graphs_sent > 10
        assert neo4j_sync.counts() == once == expected(store)


def test_sync_that_died_while_writing_relationships_is_finished_by_running_it_again(corpus_store, neo4j_sync, monkeypatch):
    with Store(corpus_store, read_only=True) as store:
        calls = []
        real = Neo4jSync._run_batches

        def dies_half_way(self, jobs, workers=None):
            calls.append(jobs)
            if any("CREATE (a)-[" in query for query, _ in jobs):
                # half of the relationship batches commit, then the process "dies"
                half = [(query, rows[: len(rows) // 2]) for query, rows in jobs]
                real(self, half, workers)
                raise KeyboardInterrupt("killed")
            return real(self, jobs, workers)

        monkeypatch.setattr(Neo4jSync, "_run_batches", dies_half_way)
        with pytest.raises(KeyboardInterrupt):
            neo4j_sync.sync(store)
        monkeypatch.setattr(Neo4jSync, "_run_batches", real)
        partial = neo4j_sync.counts()
        assert partial != expected(store), "the first sync really stopped half way"
        neo4j_sync.sync(store)
        assert neo4j_sync.counts() == expected(store)
        assert neo4j_sync.sync(store).graphs_sent == 0


def test_sync_finishes_after_the_server_is_killed_mid_sync(tmp_path):
    home = REPO / ".neo4j-fault"
    port = _free_port()
    lib = REPO / ".neo4j" / "lib"
    if lib.exists() and not (home / "lib").exists():
        home.mkdir(exist_ok=True)
        (home / "lib").symlink_to(lib)
    info = neo4j_server.start(home, port)
    connection = {"uri": info["NEO4J_URI"], "user": info["NEO4J_USER"], "password": info["NEO4J_PASSWORD"]}
    try:
        with Store(tmp_path / "s") as store:
            ingest([CORPUS], store)
            with Neo4jSync(**connection, batch_size=50) as sync:
                sync.clear()
                pid = neo4j_server._pid(home.resolve())
                killer = threading.Timer(1.0, os.kill, (pid, signal.SIGKILL))
                killer.start()
                with pytest.raises(Exception):
                    sync.sync(store)
                killer.join()
            neo4j_server.stop(home)
            neo4j_server.start(home, port)
            with Neo4jSync(**connection) as sync:
                sync.sync(store)
                assert sync.counts() == expected(store)
                ledger, _, _ = sync.driver.execute_query("MATCH (l:TechpactSyncLedger) RETURN count(l) AS n")
                assert ledger[0]["n"] == len({q.graph_name.value for q in store.quads()
                                              if not q.graph_name.value.endswith("/graph/meta")})
    finally:
        neo4j_server.stop(home)


def test_incremental_sync_keeps_the_properties_of_nodes_a_new_document_only_links_to(tmp_path, neo4j_sync):
    with Store(tmp_path / "store") as store:
        ingest([CORPUS], store)
        neo4j_sync.sync(store)
        (tmp_path / "new.txt").write_text("Uruguay and Paraguay signed a memorandum of understanding on quantum computing.")
        ingest([tmp_path / "new.txt"], store)
        assert neo4j_sync.sync(store).graphs_sent == 1
        incremental = dump(neo4j_sync)
        neo4j_sync.clear()
        neo4j_sync.sync(store)
    assert incremental[0]["https://w3id.org/techpact/id/state/URY"][1]["iso3"] == "URY"
    assert incremental == dump(neo4j_sync)
