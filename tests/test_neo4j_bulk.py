"""Bulk first load with neo4j-admin import, against a real server of its own (it is stopped and restarted)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal
from rdflib import namespace
from rdflib.namespace import DCTERMS, RDF, RDFS

from techpact.cli import main
from techpact.errors import Neo4jError
from techpact.graph.store import Store
from techpact.ingest import ingest
from techpact.neo4j import server as neo4j_server
from techpact.neo4j.bulk import bulk_load
from techpact.neo4j.sync import Neo4jSync
from techpact.ontology.namespace import ID, TP
from techpact.review.view import open_view
from tests.conftest import CORPUS, REPO, free_port
from tests.test_neo4j_sync import dump, expected
from tests.test_review import FAILED_TALKS, KEN_RWA

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]

HOME = REPO / ".neo4j-bulk"
NEW_STORY = "Uruguay and Paraguay signed a memorandum of understanding on quantum computing."


@pytest.fixture(scope="module")
def bulk_server():
    """A local server the project manages, in .neo4j-bulk (a bulk load stops and restarts it)."""
    lib = REPO / ".neo4j" / "lib"
    if lib.exists() and not (HOME / "lib").exists():
        HOME.mkdir(exist_ok=True)
        (HOME / "lib").symlink_to(lib)
    info = neo4j_server.start(HOME, free_port())
    yield {"uri": info["NEO4J_URI"], "user": info["NEO4J_USER"], "password": info["NEO4J_PASSWORD"]}
    neo4j_server.stop(HOME)


@pytest.fixture
def empty_bulk(bulk_server):
    """The bulk server's database, emptied; yields its connection."""
    with Neo4jSync(**bulk_server) as sync:
        sync.clear()
    return bulk_server


def test_bulk_load_writes_what_a_sync_writes(corpus_store, empty_bulk):
    with Store(corpus_store, read_only=True) as store:
        report = bulk_load(store, **empty_bulk, home=HOME)
        with Neo4jSync(**empty_bulk) as sync:
            assert sync.counts() == expected(store) == (report.nodes, report.relationships)
            loaded = dump(sync)
            sync.clear()
            sync.sync(store)
            synced = dump(sync)
    assert len(loaded[0]) > 500 and len(loaded[1]) > 1000
    assert loaded[0] == synced[0], "nodes, labels and properties differ"
    assert loaded[1] == synced[1], "relationships or their docs/evidence differ"
    assert loaded[2] == synced[2] and len(loaded[2]) == report.graphs, "ledgers differ"
    assert {"state_uri", "agreement_uri", "techpactsyncledger", "state_iso3"} <= loaded[3] == synced[3]


def test_bulk_load_then_sync_sends_nothing_then_only_the_new_document(tmp_path, empty_bulk):
    with Store(tmp_path / "store") as store:
        ingest([CORPUS], store)
    result = CliRunner().invoke(main, ["neo4j", "load", "--bulk", "--store", str(tmp_path / "store"),
                                       "--home", str(HOME), "--uri", empty_bulk["uri"]],
                                env={"NEO4J_PASSWORD": empty_bulk["password"]})
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"Loaded into {empty_bulk['uri']}: ") and empty_bulk["password"] not in result.output
    with Store(tmp_path / "store") as store, Neo4jSync(**empty_bulk) as sync:
        assert sync.counts() == expected(store)
        again = sync.sync(store)
        assert (again.graphs_sent, again.graphs_removed) == (0, 0)
        before = store.graph_fingerprints()
        (tmp_path / "new.txt").write_text(NEW_STORY)
        ingest([tmp_path / "new.txt"], store)
        new = {graph for graph, fingerprint in store.graph_fingerprints().items() if before.get(graph) != fingerprint}
        report = sync.sync(store)
        assert len(new) == 1 and report.graphs_sent == 1 and report.graphs_removed == 0
        assert sync.counts() == expected(store)
        records, _, _ = sync.driver.execute_query(
            "MATCH (a:Agreement)-[:PARTY]->(s:State {iso3: 'URY'}) RETURN count(a) AS n")
        assert records[0]["n"] == 1


def test_bulk_load_refuses_a_database_that_is_not_empty(corpus_store, empty_bulk):
    with Neo4jSync(**empty_bulk) as sync:
        sync.driver.execute_query("CREATE (:Note {text: 'keep me'})")
        with Store(corpus_store, read_only=True) as store, pytest.raises(Neo4jError, match="is not empty") as error:
            bulk_load(store, **empty_bulk, home=HOME)
        records, _, _ = sync.driver.execute_query("MATCH (n) RETURN count(n) AS n")
    assert records[0]["n"] == 1 and "\n" not in str(error.value)


def test_bulk_load_refuses_a_server_the_project_does_not_manage(corpus_store, bulk_server, neo4j_connection, tmp_path):
    result = CliRunner().invoke(main, ["neo4j", "load", "--store", str(corpus_store), "--home", str(HOME),
                                       "--uri", neo4j_connection["uri"]],
                                env={"NEO4J_PASSWORD": neo4j_connection["password"]})
    assert result.exit_code == 1
    assert result.output.startswith("Error: bulk load works only on the local Neo4j the project manages")
    assert result.output.count("\n") == 1 and neo4j_connection["password"] not in result.output
    with Store(corpus_store, read_only=True) as store, pytest.raises(Neo4jError, match="only on the local Neo4j"):
        bulk_load(store, **bulk_server, home=tmp_path)  # no server was started from this folder


def test_bulk_load_writes_the_curated_view_as_a_sync_does_and_raw_on_request(review_store, empty_bulk):
    path, _ = review_store
    rejected = str(ID[f"agreement/{FAILED_TALKS}"])
    for args in (("review", "reject", FAILED_TALKS, "--why", "the talks failed", "--by", "ana"),
                 ("review", "set", KEN_RWA, "--status", "signed", "--why", "signed in June", "--by", "bo")):
        assert CliRunner().invoke(main, [*args, "--store", str(path)]).exit_code == 0
    result = CliRunner().invoke(main, ["neo4j", "load", "--bulk", "--store", str(path), "--home", str(HOME),
                                       "--uri", empty_bulk["uri"]], env={"NEO4J_PASSWORD": empty_bulk["password"]})
    assert result.exit_code == 0, result.output
    with Neo4jSync(**empty_bulk) as sync, open_view(path) as view:
        loaded = dump(sync)
        assert rejected not in loaded[0] and loaded[0][str(ID[f"agreement/{KEN_RWA}"])][1]["status"] == "signed"
        assert sorted(labels for labels, _ in loaded[0].values() if "Decision" in labels) == [
            ["Correction", "Decision"], ["Decision", "Rejection"]]
        again = sync.sync(view)
        assert (again.graphs_sent, again.graphs_removed) == (0, 0)
        sync.clear()
        sync.sync(view)
        assert dump(sync)[:3] == loaded[:3]
    with Neo4jSync(**empty_bulk) as sync:
        sync.clear()
    result = CliRunner().invoke(main, ["neo4j", "load", "--raw", "--store", str(path), "--home", str(HOME),
                                       "--uri", empty_bulk["uri"]], env={"NEO4J_PASSWORD": empty_bulk["password"]})
    assert result.exit_code == 0, result.output
    with Neo4jSync(**empty_bulk) as sync:
        assert dump(sync)[0][rejected][1]["status"] == "planned"  # the extractor's: talks that ended are no act ended


def test_bulk_load_keeps_quotes_commas_line_breaks_lists_and_types_as_a_sync_does(tmp_path, empty_bulk):
    document, agreement, state = ID["doc/awkward"], ID["agreement/awkward-1"], ID["state/XAW"]
    graph = Graph(identifier=document)
    for triple in [
        (document, RDF.type, TP.Document),
        (document, DCTERMS.title, Literal('He said "yes",\nthen, left')),
        (document, DCTERMS.source, Literal("")),
        (agreement, RDF.type, TP.Agreement), (agreement, RDF.type, TP.MemorandumOfUnderstanding),
        (agreement, TP.party, state), (agreement, TP.date, Literal("2024", datatype=namespace.XSD.gYear)),
        (agreement, TP.confidence, Literal("0.75", datatype=namespace.XSD.decimal)),
        (agreement, TP.status, Literal("signed")),
        (state, RDF.type, TP.State), (state, TP.iso3, Literal("XAW")),
        (state, RDFS.label, Literal("Awkward, Republic of", lang="en")),
        (state, RDFS.label, Literal('Die "Republik"', lang="de")),
        (state, RDFS.label, Literal("Awkwardia")),
    ]:
        graph.add(triple)
    with Store(tmp_path / "store") as store:
        store.put_graph(graph)
    with Store(tmp_path / "store", read_only=True) as store:
        bulk_load(store, **empty_bulk, home=HOME)
        with Neo4jSync(**empty_bulk) as sync:
            loaded = dump(sync)
            sync.clear()
            sync.sync(store)
            synced = dump(sync)
    assert loaded[:3] == synced[:3]
    assert loaded[0][str(document)][1]["title"] == 'He said "yes",\nthen, left'
    assert loaded[0][str(document)][1]["source"] == ""
    assert sorted(loaded[0][str(state)][1]["label"]) == ["Awkward, Republic of", "Awkwardia", 'Die "Republik"']
