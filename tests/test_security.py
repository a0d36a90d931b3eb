"""Secrets stay secret, transport is checked, and hostile values never change the graph."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from techpact.cli import main
from techpact.graph.store import Store
from techpact.queries import list_queries, load_query

HOSTILE = ["' OR 1=1 --", "}) DETACH DELETE n //", '"} ; DROP ALL ; #', "RUS\" } DELETE WHERE { ?s ?p ?o } #",
           "<script>alert(1)</script>", "x\nMATCH (n) DETACH DELETE n"]


def test_plain_bolt_to_a_remote_host_is_refused_before_connecting():
    result = CliRunner().invoke(main, ["neo4j", "sync", "--uri", "bolt://192.0.2.10:7687", "--password", "pw-123456"])
    assert result.exit_code == 1 and "refusing to send credentials unencrypted to 192.0.2.10" in result.output
    assert "pw-123456" not in result.output


@pytest.mark.neo4j
def test_password_absent_from_verbose_output_and_errors(neo4j_connection, caplog):
    secret = "wrong-password-6d1f"
    result = CliRunner().invoke(main, ["-v", "cypher", "RETURN 1", "--uri", neo4j_connection["uri"], "--password", secret])
    assert result.exit_code == 1
    assert secret not in result.output and secret not in caplog.text
    result = CliRunner().invoke(main, ["-v", "cypher", "RETURN 1 AS x", "--uri", neo4j_connection["uri"],
                                       "--password", neo4j_connection["password"]])
    assert result.exit_code == 0
    assert neo4j_connection["password"] not in result.output and neo4j_connection["password"] not in caplog.text


@pytest.mark.parametrize("name", list_queries())
def test_hostile_parameters_through_ask_leave_the_store_unchanged(corpus_store, name):
    params = list(load_query(name).example_params)
    with Store(corpus_store, read_only=True) as store:
        before = len(store)
    for value in HOSTILE:
        args = ["ask", name, "--store", str(corpus_store), "--format", "json"]
        for param in params or ["unused"]:
            args += ["--param", f"{param}={value}"]
        result = CliRunner().invoke(main, args)
        assert result.exit_code in (0, 1), result.output
        assert "Traceback" not in result.output
    with Store(corpus_store, read_only=True) as store:
        assert len(store) == before


@pytest.mark.neo4j
def test_hostile_parameters_through_cypher_leave_neo4j_unchanged(corpus_store, neo4j_connection, neo4j_sync):
    with Store(corpus_store, read_only=True) as store:
        neo4j_sync.sync(store)
    before = neo4j_sync.counts()
    env = {"NEO4J_URI": neo4j_connection["uri"], "NEO4J_PASSWORD": neo4j_connection["password"]}
    for name in list_queries():
        for value in HOSTILE:
            args = ["ask", name, "--engine", "cypher", "--format", "json"]
            for param in load_query(name, "cypher").example_params or ["unused"]:
                args += ["--param", f"{param}={value}"]
            result = CliRunner().invoke(main, args, env=env)
            # refused before Neo4j (not a state, bloc, sector or number; a parameter the query lacks), or bound there
            assert result.exit_code == 0 or result.output.startswith(
                ("Error: --param ", f"Error: {name} has no parameter")), (name, result.output)
    assert neo4j_sync.counts() == before


def test_hostile_store_paths_and_query_files_fail_cleanly(tmp_path):
    for value in HOSTILE[:3]:
        result = CliRunner().invoke(main, ["sparql", "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "--store", str(tmp_path / value.replace("/", "_"))])
        assert result.exit_code == 1 and result.output.startswith("Error:")
