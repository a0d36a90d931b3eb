"""Review decisions through the CLI, checked in a real Neo4j after `techpact neo4j sync`: the database mirrors
the curated view, the sync ledger covers the decisions (only what they change is sent), and decisions are
:Decision nodes linked to the agreements they review."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from techpact.cli import main
from techpact.graph.store import Store
from techpact.ingest import ingest
from techpact.ontology.namespace import ID
from techpact.queries import load_query
from techpact.review.view import open_view
from tests.test_neo4j_sync import dump
from tests.test_review import ACCORD_2023, FAILED_TALKS, KEN_RWA, MOU, SANDBOX, run

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]


def iri(agreement: str) -> str:
    return str(ID[f"agreement/{agreement}"])


def decide(*args) -> str:
    """Record a decision through the CLI; its id (or, for add and split, the agreement it makes)."""
    output = run("review", *args).output
    return output.split("-> ")[1].strip() if "-> " in output else output.split()[2]


@pytest.fixture
def sync(neo4j_connection, neo4j_sync):
    """`techpact neo4j sync` through the CLI into the emptied test database: (graphs sent, graphs removed)."""
    environment = {"NEO4J_URI": neo4j_connection["uri"], "NEO4J_USER": neo4j_connection["user"],
                   "NEO4J_PASSWORD": neo4j_connection["password"]}

    def run_sync(path, *options: str) -> tuple[int, int]:
        result = CliRunner(env=environment).invoke(main, ["neo4j", "sync", "--store", str(path), *options])
        assert result.exit_code == 0, result.output
        sent, removed = re.search(r"(\d+) graphs sent, (\d+) removed", result.output).groups()
        return int(sent), int(removed)

    return run_sync


def cypher(neo4j_sync, query: str, **parameters) -> list[dict]:
    records, _, _ = neo4j_sync.driver.execute_query(query, parameters)
    return [record.data() for record in records]


def agreement(neo4j_sync, node: str) -> dict | None:
    rows = cypher(neo4j_sync, "MATCH (a:Agreement {uri: $uri}) RETURN properties(a) AS props", uri=node)
    return rows[0]["props"] if rows else None


def reviewed_in(neo4j_sync, node: str) -> list[tuple]:
    rows = cypher(neo4j_sync, "MATCH (a:Agreement {uri: $uri})-[:REVIEWED_IN]->(d:Decision) "
                              "RETURN labels(d) AS labels, d.wasAttributedTo AS by, d.reason AS why", uri=node)
    return sorted((sorted(r["labels"]), r["by"], r["why"]) for r in rows)


def test_review_neo4j_sync_follows_reject_undo_and_set_sending_only_what_changed(review_store, sync, neo4j_sync):
    path, _ = review_store
    sent, _ = sync(path)
    assert sent > 3 and agreement(neo4j_sync, iri(FAILED_TALKS))["status"] == "planned"
    rejection = decide("reject", FAILED_TALKS, "--why", "the talks failed", "--by", "ana", "--store", path)
    assert sync(path) == (2, 0)  # the document graph it rewrites, and its own
    assert agreement(neo4j_sync, iri(FAILED_TALKS)) is None
    (node,) = cypher(neo4j_sync, "MATCH (d:Decision:Rejection) RETURN properties(d) AS props")
    assert (node["props"]["wasAttributedTo"], node["props"]["reason"]) == ("ana", "the talks failed")
    assert node["props"]["reviews"] == iri(FAILED_TALKS) and node["props"]["uri"].endswith(rejection)
    (listed,) = json.loads(run("review", "list", "--format", "json", "--store", path).output)
    assert node["props"]["generatedAtTime"].startswith(listed["at"])
    decide("undo", rejection, "--why", "I was wrong", "--by", "ana", "--store", path)
    assert sync(path) == (2, 0)
    assert agreement(neo4j_sync, iri(FAILED_TALKS))["status"] == "planned"
    assert cypher(neo4j_sync, "MATCH (:Undoing)-[:UNDOES]->(d:Rejection) RETURN d.reason AS why") == [
        {"why": "the talks failed"}]
    decide("set", FAILED_TALKS, "--status", "rejected", "--why", "refused", "--by", "bo", "--store", path)
    assert sync(path) == (2, 0)
    assert agreement(neo4j_sync, iri(FAILED_TALKS))["status"] == "rejected"
    assert reviewed_in(neo4j_sync, iri(FAILED_TALKS)) == [(["Correction", "Decision"], "bo", "refused")]
    assert sync(path) == (0, 0)
    assert sync(path, "--raw") == (1, 0)   # the extractor's view: only the corrected document graph differs
    assert agreement(neo4j_sync, iri(FAILED_TALKS))["status"] == "planned"
    assert reviewed_in(neo4j_sync, iri(FAILED_TALKS)) == []


def test_review_neo4j_mirrors_confirm_merge_split_add_and_memberships_as_a_fresh_sync_would(
        review_store, sync, neo4j_sync):
    path, folder = review_store
    with Store(path, read_only=True) as store:
        raw_evidence = {row[0] for node in (MOU, ACCORD_2023) for row in store.query(
            load_query("agreement-evidence").text, {"agreement": ID[f"agreement/{node}"]}).rows}
    sync(path)
    r2 = cypher(neo4j_sync, "MATCH (d:Document {title: 'Brazil and Argentina talk about space'}) RETURN d.uri AS uri")[0]["uri"]

    def member_docs(state: str) -> list[str]:
        rows = cypher(neo4j_sync, "MATCH (:State {iso3: $state})-[r:MEMBER_OF]->(:Bloc {code: 'MERCOSUR'}) "
                                  "RETURN r.docs AS docs", state=state)
        return rows[0]["docs"] if rows else []

    assert r2 in member_docs("ARG") and r2 not in member_docs("BRA")
    decide("confirm", MOU, "--why", "checked", "--by", "cy", "--store", path)
    decide("merge", MOU, ACCORD_2023, "--why", "one act", "--by", "cy", "--store", path)
    assert sync(path) == (3, 0)   # r1's graph and the two decisions
    assert agreement(neo4j_sync, iri(ACCORD_2023)) is None
    assert reviewed_in(neo4j_sync, iri(MOU)) == [(["Confirmation", "Decision"], "cy", "checked"),
                                                 (["Decision", "Merger"], "cy", "one act")]
    evidence = cypher(neo4j_sync, "MATCH (:Agreement {uri: $uri})-[:EVIDENCE]->(e) RETURN e.text AS text", uri=iri(MOU))
    assert {row["text"] for row in evidence} == raw_evidence and len(raw_evidence) == 2
    added = decide("add", "--document", folder / "r2.txt", "--evidence", SANDBOX, "--kind", "initiative", "--status",
                   "in-force", "--party", "URY", "--party", "PRY", "--sector", "fintech", "--why", "missed", "--store", path)
    decide("reject", "--membership", "ARG", "MERCOSUR", "--why", "test", "--store", path)
    decide("add", "--membership", "BRA", "MERCOSUR", "--document", folder / "r2.txt", "--evidence",
           "Brazil proposed a space cooperation agreement with Argentina on Wednesday.", "--why", "test", "--store", path)
    assert sync(path) == (4, 0)   # r2's graph and the three decisions
    parties = cypher(neo4j_sync, "MATCH (a:Agreement {uri: $uri})-[:PARTY]->(s) RETURN a.kind AS kind, "
                                 "a.confidence AS confidence, collect(s.iso3) AS parties", uri=added)
    assert [(r["kind"], r["confidence"], sorted(r["parties"])) for r in parties] == [("initiative", 1.0, ["PRY", "URY"])]
    assert r2 not in member_docs("ARG") and r2 in member_docs("BRA")
    assert cypher(neo4j_sync, "MATCH (d:Decision:Rejection)-[:ABOUT_MEMBER]->(s) RETURN s.iso3 AS s") == [{"s": "ARG"}]
    echo = folder / "r2-echo.txt"
    echo.write_text("URL: https://example.org/review/r2-echo\nTITLE: Echo\nDATE: 2025-04-02\n\n"
                    "Brazil proposed a space cooperation agreement with Argentina on Wednesday.\n", encoding="utf-8")
    with Store(path) as store:
        ingest([echo], store)
    assert sync(path) == (1, 0)
    with open_view(path) as view:
        (proposal,) = {row[0] for row in view.query(load_query("agreements-between").text, {"a": "ARG", "b": "BRA"}).rows}
    made = decide("split", proposal, "--document", echo, "--why", "another proposal", "--store", path)
    assert sync(path) == (3, 0)   # both reports' graphs and the decision
    for node in (proposal, made):
        assert [labels for labels, _, _ in reviewed_in(neo4j_sync, node)] == [["Decision", "Split"]]
    docs = cypher(neo4j_sync, "MATCH (a:Agreement {uri: $uri})-[r:PARTY]->() RETURN r.docs AS docs", uri=made)
    assert {doc for row in docs for doc in row["docs"]} == {
        cypher(neo4j_sync, "MATCH (d:Document {title: 'Echo'}) RETURN d.uri AS uri")[0]["uri"]}
    incremental = dump(neo4j_sync)
    neo4j_sync.clear()
    sync(path)
    fresh = dump(neo4j_sync)
    assert incremental[0] == fresh[0], "nodes, labels or properties differ from a fresh sync"
    assert incremental[1] == fresh[1], "relationships differ from a fresh sync"
    assert incremental[2] == fresh[2], "ledgers differ from a fresh sync"


def test_review_neo4j_after_reingest_and_after_removing_the_reviewed_document(review_store, sync, neo4j_sync):
    path, folder = review_store
    decide("reject", FAILED_TALKS, "--why", "x", "--store", path)
    correction = decide("set", MOU, "--status", "in-force", "--why", "y", "--by", "ana", "--store", path)
    sync(path)
    assert agreement(neo4j_sync, iri(MOU))["status"] == "in-force"
    with Store(path) as store:
        ingest([folder], store)
    assert sync(path) == (0, 0)
    assert agreement(neo4j_sync, iri(MOU))["status"] == "in-force" and agreement(neo4j_sync, iri(FAILED_TALKS)) is None
    with Store(path) as store:
        (r1,) = store.documents_from_source(str((folder / "r1.txt").resolve()))
        store.remove_document(r1)
    assert sync(path) == (0, 1)
    assert agreement(neo4j_sync, iri(MOU)) is None and agreement(neo4j_sync, iri(FAILED_TALKS)) is None
    stale = cypher(neo4j_sync, "MATCH (d:Correction) OPTIONAL MATCH (d)<-[r:REVIEWED_IN]-() "
                               "RETURN d.uri AS uri, d.reviews AS reviews, count(r) AS links")
    assert [(row["uri"].rsplit("/", 1)[-1], row["reviews"], row["links"]) for row in stale] == [(correction, iri(MOU), 0)]
    listed = json.loads(run("review", "list", "--stale", "--format", "json", "--store", path).output)
    assert [row["id"] for row in listed] == [correction]
    assert agreement(neo4j_sync, iri(KEN_RWA)) is not None
