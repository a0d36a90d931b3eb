"""Two reports of one agreement: library queries count it once (SPARQL over the union of graphs, and Cypher),
and a first sync into an empty Neo4j prints no driver notifications."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from techpact.graph.store import Store
from techpact.ingest import ingest
from techpact.queries import list_queries, load_query

FIRST = ("Moscow, 12 May 2024. Russia and Iran signed a memorandum of understanding on artificial intelligence and "
         "cybersecurity on 12 May 2024. Russia and India proposed a partnership on semiconductors.")
SECOND = ("Tehran, 14 May 2024. Iran and Russia signed a memorandum of understanding on artificial intelligence and "
          "cybersecurity on 12 May 2024, officials said.")
PARAMS = {"state": "RUS", "a": "RUS", "b": "IRN", "bloc": "SCO", "sector": "ai"}
PER_DOCUMENT = {"pair-documents", "agreement-evidence"}  # they list documents and sentences: two reports, two rows
COUNTED = [name for name in list_queries() if name not in PER_DOCUMENT]


def _params(name: str, engine: str) -> dict[str, str]:
    from techpact.queries.params import declared_parameters

    return {p.name: PARAMS[p.name] for p in declared_parameters(load_query(name, engine)) if not p.optional}


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    """A store with the first report only, and one with both reports of the same agreement."""
    folder = tmp_path_factory.mktemp("reports")
    (folder / "one.txt").write_text(FIRST)
    (folder / "two.txt").write_text(SECOND)
    with Store(folder / "one") as one:
        ingest([folder / "one.txt"], one)
    with Store(folder / "both") as both:
        ingest([folder / "one.txt", folder / "two.txt"], both)
        rows = both.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?a tp:kind \"mou\" } }").rows
    assert len(rows) == 2, "both reports must name the MOU for this test to mean anything"
    return folder / "one", folder / "both"


@pytest.mark.parametrize("name", COUNTED)
def test_union_counts_second_report_of_the_same_agreement_changes_no_library_answer(reports, name):
    answers = []
    for path in reports:
        with Store(path, read_only=True) as store:
            answers.append(store.query(load_query(name).text, _params(name, "sparql")).rows)
    assert answers[0] == answers[1], name


def test_union_counts_agreements_between_lists_the_agreement_once(reports):
    with Store(reports[1], read_only=True) as store:
        rows = store.query(load_query("agreements-between").text, {"a": "RUS", "b": "IRN"}).rows
    assert len(rows) == len({row[0] for row in rows}) == 1


@pytest.mark.neo4j
def test_union_counts_first_sync_prints_no_notifications_and_cypher_agrees(reports, neo4j_connection, neo4j_sync):
    env = {**os.environ, "NEO4J_URI": neo4j_connection["uri"], "NEO4J_USER": neo4j_connection["user"],
           "NEO4J_PASSWORD": neo4j_connection["password"]}
    sync = subprocess.run([sys.executable, "-m", "techpact.cli", "neo4j", "sync", "--store", str(reports[1])],
                          capture_output=True, text=True, env=env, timeout=300)
    assert sync.returncode == 0, sync.stderr
    assert "notification" not in sync.stderr.lower() and sync.stderr.strip() == "", sync.stderr[:2000]
    with Store(reports[1], read_only=True) as store:
        for name in ("agreements-between", "newest-agreements", "state-partners", "bloc-member-agreements"):
            sparql = store.query(load_query(name).text, _params(name, "sparql")).rows
            _, cypher = neo4j_sync.run(load_query(name, "cypher").text, _params(name, "cypher"))
            assert len(cypher) == len(sparql), name
