from __future__ import annotations

from collections import Counter

import pytest
from click.testing import CliRunner

from techpact.cli import main
from techpact.graph.neo4j import project
from techpact.graph.store import Store
from techpact.queries import load_query

pytestmark = pytest.mark.neo4j


def expected_counts(store_path):
    with Store(store_path, read_only=True) as store:
        projection = project(q for q in store.quads() if not q.graph_name.value.endswith("/graph/meta"))
    nodes = {label: len(rows) for label, rows in projection.nodes.items()}
    rels = Counter()
    for (rel_type, _, _), rows in projection.relationships.items():
        rels[rel_type] += len(rows)
    return nodes, dict(rels)


def test_neo4j_sync_twice_leaves_the_same_counts_equal_to_the_store(corpus_store, neo4j_sync):
    with Store(corpus_store, read_only=True) as store:
        neo4j_sync.sync(store)
        first = neo4j_sync.counts()
        neo4j_sync.sync(store)
        second = neo4j_sync.counts()
    assert first == second == expected_counts(corpus_store)
    assert first[0]["Agreement"] >= 10 and first[1]["PARTY"] >= 20


def test_neo4j_sync_removes_what_the_store_dropped(tmp_path, seed_file, neo4j_sync):
    other = tmp_path / "other.txt"
    other.write_text("India and Japan signed a memorandum on semiconductors.")
    from techpact.ingest import ingest

    with Store(tmp_path / "s") as store:
        ingest([seed_file, other], store)
        neo4j_sync.sync(store)
        store.remove_document(store.documents_from_source(str(other))[0])
        neo4j_sync.sync(store)
    assert neo4j_sync.counts() == expected_counts(tmp_path / "s")
    assert neo4j_sync.run("MATCH (d:Document) RETURN count(d) AS n")[1] == [(1,)]


def test_neo4j_relationships_know_their_documents_and_dates_are_dates(corpus_store, neo4j_sync):
    with Store(corpus_store, read_only=True) as store:
        neo4j_sync.sync(store)
    _, rows = neo4j_sync.run(
        "MATCH (a:Agreement)-[r:PARTY]->(:State) RETURN r.docs AS docs, a.date AS date LIMIT 200")
    assert rows and all(docs and docs[0].startswith("https://w3id.org/techpact/id/doc/") for docs, _ in rows)
    _, typed = neo4j_sync.run("MATCH (a:Agreement) WHERE a.date IS :: DATE RETURN count(a) AS n")
    assert typed[0][0] >= 5


@pytest.mark.parametrize("name,params", [
    ("sector-partners", {"sector": "ai"}),
    ("bloc-member-agreements", {"bloc": "SCO"}),
    ("state-partners", {"state": "USA"}),
    ("disputed-memberships", {}),
])
def test_neo4j_library_queries_answer_as_sparql_does(corpus_store, neo4j_sync, name, params):
    with Store(corpus_store, read_only=True) as store:
        neo4j_sync.sync(store)
        sparql = store.query(load_query(name, "sparql").text, params)
    columns, rows = neo4j_sync.run(load_query(name, "cypher").text, params)
    normalise = lambda row: tuple(" ".join(sorted(v.split())) if isinstance(v, str) and " " in v else v for v in row)
    assert columns == sparql.columns
    assert sorted(map(normalise, rows)) == sorted(map(normalise, sparql.rows))
    assert rows or name == "disputed-memberships", "the corpus should give an answer"


def test_neo4j_cli_sync_and_cypher_with_bound_parameter(corpus_store, neo4j_connection, neo4j_sync):
    env = {"NEO4J_URI": neo4j_connection["uri"], "NEO4J_USER": neo4j_connection["user"],
           "NEO4J_PASSWORD": neo4j_connection["password"]}
    result = CliRunner().invoke(main, ["neo4j", "sync", "--store", str(corpus_store)], env=env)
    assert result.exit_code == 0, result.output
    assert neo4j_connection["password"] not in result.output
    before = neo4j_sync.counts()
    for hostile in ["' OR 1=1", "}) DETACH DELETE n //"]:
        result = CliRunner().invoke(main, ["cypher", "state-partners", "--param", f"state={hostile}", "--format", "json"], env=env)
        assert result.exit_code == 0 and result.output.strip() == "[]"
    assert neo4j_sync.counts() == before


def test_neo4j_wrong_password_is_one_line_without_the_password(neo4j_connection):
    result = CliRunner().invoke(main, ["cypher", "RETURN 1", "--uri", neo4j_connection["uri"],
                                       "--password", "not-the-password-xyz"])
    assert result.exit_code == 1 and "refused the credentials" in result.output
    assert "not-the-password-xyz" not in result.output
