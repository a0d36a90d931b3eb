from __future__ import annotations

import re
from collections import Counter

import pytest
from click.testing import CliRunner

from techpact.cli import main
from techpact.neo4j.mapping import project
from techpact.graph.store import Store
from techpact.queries import list_queries, load_query

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


def _normalise(value):
    if isinstance(value, str) and re.fullmatch(r"[\w-]+(?: [\w-]+)+", value):
        return " ".join(sorted(value.split()))  # code lists (GROUP_CONCAT has no order in SPARQL)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


@pytest.fixture(scope="module")
def synced_corpus(corpus_store, neo4j_connection):
    from techpact.neo4j.sync import Neo4jSync

    with Neo4jSync(**neo4j_connection) as sync:
        sync.clear()
        with Store(corpus_store, read_only=True) as store:
            sync.sync(store)
        yield sync


@pytest.mark.parametrize("name", list_queries())
def test_neo4j_every_library_query_answers_as_sparql_does(corpus_store, synced_corpus, name):
    sparql_query, cypher_query = load_query(name, "sparql"), load_query(name, "cypher")
    params = sparql_query.example_params
    with Store(corpus_store, read_only=True) as store:
        if "agreement" in params:
            params["agreement"] = store.query("SELECT ?a WHERE { GRAPH ?g { ?a tp:signatory ?p } } ORDER BY ?a LIMIT 1").rows[0][0]
        sparql = store.query(sparql_query.text, params)
    columns, rows = synced_corpus.run(cypher_query.text, params)
    assert columns == sparql.columns
    normalise = lambda row: tuple(_normalise(v) for v in row)
    assert sorted(map(normalise, rows), key=repr) == sorted(map(normalise, sparql.rows), key=repr)
    if "ORDER BY" in sparql_query.text and "LIMIT" in sparql_query.text:
        assert list(map(normalise, rows)) == list(map(normalise, sparql.rows)), "top-n queries agree on order"


def test_neo4j_cli_sync_and_cypher_with_bound_parameter(corpus_store, neo4j_connection, neo4j_sync):
    env = {"NEO4J_URI": neo4j_connection["uri"], "NEO4J_USER": neo4j_connection["user"],
           "NEO4J_PASSWORD": neo4j_connection["password"]}
    result = CliRunner().invoke(main, ["neo4j", "sync", "--store", str(corpus_store)], env=env)
    assert result.exit_code == 0, result.output
    assert neo4j_connection["password"] not in result.output
    before = neo4j_sync.counts()
    for hostile in ["' OR 1=1", "}) DETACH DELETE n //"]:
        result = CliRunner().invoke(main, ["cypher", "state-partners", "--param", f"state={hostile}", "--format", "json"], env=env)
        assert result.exit_code == 1 and result.output.startswith("Error: --param state: unknown state")  # not a state
        result = CliRunner().invoke(main, ["cypher", "MATCH (s:State {iso3: $state}) RETURN s.iso3 AS iso3",
                                           "--param", f"state={hostile}", "--format", "json"], env=env)
        assert result.exit_code == 0 and result.output.strip() == "[]"
    assert neo4j_sync.counts() == before


def test_neo4j_wrong_password_is_one_line_without_the_password(neo4j_connection):
    result = CliRunner().invoke(main, ["cypher", "RETURN 1", "--uri", neo4j_connection["uri"],
                                       "--password", "not-the-password-xyz"])
    assert result.exit_code == 1 and "refused the credentials" in result.output
    assert "not-the-password-xyz" not in result.output


def test_neo4j_provenance_language_tags_and_lists(corpus_store, neo4j_sync):
    with Store(corpus_store, read_only=True) as store:
        neo4j_sync.sync(store)
    _, rows = neo4j_sync.run(
        "MATCH (a:Agreement)-[r:PARTY]->(:State {iso3: 'IND'}) MATCH (a)-[:EVIDENCE]->(e:Evidence) "
        "RETURN r.evidence AS ids, collect(e.uri) AS nodes")
    assert rows and all(ids and set(ids) == set(nodes) for ids, nodes in rows)
    _, [(label, lang, alt, alt_lang)] = neo4j_sync.run(
        "MATCH (s:State {iso3: 'IRN'}) RETURN s.label, s.label_lang, s.altLabel, s.altLabel_lang")
    assert (label, lang) == ("Iran", "en")
    assert isinstance(alt, list) and "Islamic Republic" in alt and alt_lang == ["en"] * len(alt)


def test_neo4j_n10s_shape_uses_resource_uri_and_prefixed_names(corpus_store, neo4j_connection, neo4j_sync):
    env = {"NEO4J_URI": neo4j_connection["uri"], "NEO4J_PASSWORD": neo4j_connection["password"]}
    result = CliRunner().invoke(main, ["neo4j", "sync", "--n10s", "--store", str(corpus_store)], env=env)
    assert result.exit_code == 0, result.output
    try:
        _check_n10s_shape(corpus_store, neo4j_sync)
    finally:
        neo4j_sync.clear()  # leave no n10s-shaped data for the next test


def _check_n10s_shape(corpus_store, neo4j_sync):
    with Store(corpus_store, read_only=True) as store:
        from techpact.neo4j.mapping import SHAPES

        projection = project((q for q in store.quads() if not q.graph_name.value.endswith("/graph/meta")), SHAPES["n10s"])
    expected_nodes = sum(len(rows) for rows in projection.nodes.values())
    _, [(resources,)] = neo4j_sync.run("MATCH (r:Resource) RETURN count(r)")
    assert resources == expected_nodes
    _, rows = neo4j_sync.run(
        "MATCH (a:Resource:tp__Agreement)-[:tp__party]->(s:Resource:tp__State {tp__iso3: 'IND'}) RETURN count(a)")
    assert rows[0][0] >= 3
    _, [(prefix,)] = neo4j_sync.run("MATCH (p:_NsPrefDef) RETURN p.tp")
    assert prefix == "https://w3id.org/techpact/ontology#"
    _, [(labels,)] = neo4j_sync.run("MATCH (s:Resource {uri: 'https://w3id.org/techpact/id/state/IRN'}) RETURN s.rdfs__label")
    assert labels == "Iran"


def test_neo4j_cypher_tables_show_agreement_labels_as_the_sparql_tables_do(corpus_store, neo4j_connection, neo4j_sync):
    neo4j_sync.clear()  # the database as a sync of the corpus leaves it, whatever ran before
    with Store(corpus_store, read_only=True) as store:
        neo4j_sync.sync(store)
    env = {"NEO4J_URI": neo4j_connection["uri"], "NEO4J_USER": neo4j_connection["user"],
           "NEO4J_PASSWORD": neo4j_connection["password"]}
    example = load_query("agreements-between", "sparql").example_params
    ask = ["ask", "agreements-between", *(arg for name, value in example.items() for arg in ("--param", f"{name}={value}"))]
    cypher = CliRunner().invoke(main, [*ask, "--engine", "cypher"], env=env)
    sparql = CliRunner().invoke(main, [*ask, "--store", str(corpus_store)])
    assert cypher.exit_code == 0 and sparql.exit_code == 0, cypher.output + sparql.output
    assert "https://w3id.org/techpact/id/agreement/" not in cypher.output
    assert " · " in cypher.output and "0 rows" not in cypher.output
    label_lines = lambda output: sorted(line.split("│")[1].strip() if "│" in line else line for line in output.splitlines()
                                        if " · " in line)
    assert label_lines(cypher.output) == label_lines(sparql.output)
    as_csv = CliRunner().invoke(main, [*ask, "--engine", "cypher", "--format", "csv"], env=env)
    assert "https://w3id.org/techpact/id/agreement/" in as_csv.output
