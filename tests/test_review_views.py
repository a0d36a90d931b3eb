"""Review decisions through the CLI, checked through every consumer of the curated view: the map data
and page, analytics, check-memberships, validate and the SPARQL endpoint (Neo4j: test_review_neo4j.py)."""

from __future__ import annotations

import json
import urllib.parse
import urllib.request

import pytest

from techpact.graph.store import Store
from techpact.ingest import ingest
from techpact.maps.data import agreement_details, read_map_data
from techpact.maps.views import build_map_graph
from techpact.ontology.namespace import ID
from techpact.errors import StoreLockedError
from techpact.review.view import curated_path, open_view, refresh_view
from techpact.serve.snapshot import Snapshot
from tests.conftest import running_endpoint
from tests.test_review import ACCORD_2023, FAILED_TALKS, KEN_RWA, MOU, SANDBOX, run

CHILE = "Chile, a member of MERCOSUR, signed a lithium agreement with Bolivia on Monday."


def iri(agreement: str) -> str:
    return str(ID[f"agreement/{agreement}"])


def map_data(path, *, raw: bool = False):
    with open_view(path, raw=raw) as view:
        return read_map_data(view)


def listed(path) -> dict[str, dict]:
    """The decisions as `review list --format json` gives them, by id."""
    return {d["id"]: d for d in json.loads(run("review", "list", "--format", "json", "--store", path).output)}


def decide(*args) -> str:
    """Record a decision through the CLI; its id."""
    return run("review", *args).output.split()[2]


def test_review_map_data_hides_the_rejected_shows_the_corrected_and_marks_the_reviewed(review_store):
    path, _ = review_store
    decide("reject", FAILED_TALKS, "--why", "the talks failed", "--by", "ana", "--store", path)
    corrected = decide("set", KEN_RWA, "--status", "signed", "--party", "KEN", "--party", "RWA", "--party", "TZA",
                       "--why", "Tanzania joined", "--by", "bo", "--store", path)
    confirmed = decide("confirm", MOU, "--why", "checked against the ministry's page", "--by", "cy", "--store", path)
    data, raw = map_data(path), map_data(path, raw=True)
    assert iri(FAILED_TALKS) not in data.agreements and iri(FAILED_TALKS) in raw.agreements
    ken = data.agreements[iri(KEN_RWA)]
    assert ken.status == "signed" != raw.agreements[iri(KEN_RWA)].status
    assert sorted(ken.parties.values()) == ["KEN", "RWA", "TZA"] and "Tanzania" in ken.label
    decisions = listed(path)
    (mark,) = agreement_details(ken)["review"]
    assert (mark["action"], mark["by"], mark["why"]) == ("set", "bo", "Tanzania joined")
    assert mark["when"].startswith(decisions[corrected]["at"])
    (mark,) = agreement_details(data.agreements[iri(MOU)])["review"]
    assert (mark["action"], mark["by"], mark["why"]) == ("confirm", "cy", decisions[confirmed]["why"])
    assert all(agreement_details(record)["review"] == [] for record in raw.agreements.values())
    assert agreement_details(data.agreements[iri(ACCORD_2023)])["review"] == []
    graph = build_map_graph(data)
    pairs = {frozenset((e["from"].rsplit("/", 1)[-1], e["to"].rsplit("/", 1)[-1])) for e in graph.edges}
    assert frozenset(("KEN", "TZA")) in pairs and frozenset(("EGY", "ETH")) not in pairs
    assert graph.agreements[iri(KEN_RWA)]["review"][0]["why"] == "Tanzania joined"


def test_review_map_data_follows_merge_split_and_add_and_the_view_conforms(review_store):
    path, folder = review_store
    raw = map_data(path, raw=True)
    decide("merge", MOU, ACCORD_2023, "--why", "one act", "--by", "ana", "--store", path)
    added = run("review", "add", "--document", folder / "r2.txt", "--evidence", SANDBOX, "--kind", "initiative",
                "--status", "in-force", "--party", "URY", "--party", "PRY", "--sector", "fintech", "--why", "missed",
                "--store", path).output.split("-> ")[1].strip()
    echo = folder / "r2-echo.txt"
    echo.write_text("URL: https://example.org/review/r2-echo\nTITLE: Echo\nDATE: 2025-04-02\n\n"
                    "Brazil proposed a space cooperation agreement with Argentina on Wednesday.\n", encoding="utf-8")
    with Store(path) as store:
        ingest([echo], store)
    (proposal,) = [r for r in map_data(path).agreements.values() if sorted(r.parties.values()) == ["ARG", "BRA"]]
    assert len(proposal.sources) == 2
    made = run("review", "split", proposal.iri, "--document", echo, "--why", "another proposal",
               "--store", path).output.split("-> ")[1].strip()
    data = map_data(path)
    kept = data.agreements[iri(MOU)]
    assert iri(ACCORD_2023) not in data.agreements
    reports = raw.agreements[iri(MOU)].evidence + raw.agreements[iri(ACCORD_2023)].evidence
    assert {e[0] for e in kept.evidence} == {e[0] for e in reports}
    assert [m["action"] for m in agreement_details(kept)["review"]] == ["merge"]
    new = data.agreements[added]
    assert (new.kind, new.status, new.sectors, sorted(new.parties.values())) == ("initiative", "in-force", {"fintech"}, ["PRY", "URY"])
    assert [e[1] for e in new.evidence] == [SANDBOX] and new.confidence == 1.0
    assert [m["action"] for m in agreement_details(new)["review"]] == ["add"]
    assert len(data.agreements[proposal.iri].sources) == len(data.agreements[made].sources) == 1
    assert [s.location for s in data.agreements[made].sources.values()] == [str(echo.resolve())]
    assert [m["action"] for m in agreement_details(data.agreements[made])["review"]] == ["split"]
    assert "conforms" in run("validate", "--store", path).output


def test_review_membership_decisions_reach_check_memberships(review_store):
    path, folder = review_store
    (folder / "chile.txt").write_text(f"TITLE: Chile and Bolivia\nDATE: 2025-02-01\n\n{CHILE}\n", encoding="utf-8")
    with Store(path) as store:
        ingest([folder / "chile.txt"], store)

    def disputed(*raw: str) -> set[tuple[str, str]]:
        rows = json.loads(run("check-memberships", "--format", "json", "--store", path, *raw).output)
        return {(row["state"], row["bloc"]) for row in rows}

    assert ("CHL", "MERCOSUR") in disputed()
    decide("reject", "--membership", "CHL", "MERCOSUR", "--why", "an associate, not a member", "--store", path)
    assert ("CHL", "MERCOSUR") not in disputed() and ("CHL", "MERCOSUR") in disputed("--raw")
    quote = "Chile and Peru announced that they had signed a treaty on critical minerals last year"
    decide("add", "--membership", "PER", "MERCOSUR", "--document", folder / "r2.txt", "--evidence", quote,
           "--why", "test", "--store", path)
    rows = json.loads(run("check-memberships", "--format", "json", "--store", path).output)
    assert [row["evidence"] for row in rows if row["state"] == "PER"] == [quote]
    assert ("PER", "MERCOSUR") not in disputed("--raw")


def test_review_analyze_reads_the_curated_view_unless_raw(review_store):
    path, _ = review_store

    def partners(*raw: str) -> dict[str, int]:
        rows = json.loads(run("analyze", "centrality", "--format", "json", "--store", path, *raw).output)
        return {row["node"]: row["partners"] for row in rows}

    assert {"EGY", "ETH"} <= set(partners())
    decide("reject", FAILED_TALKS, "--why", "the talks failed", "--store", path)
    decide("set", KEN_RWA, "--party", "KEN", "--party", "RWA", "--party", "TZA", "--why", "Tanzania", "--store", path)
    assert not {"EGY", "ETH"} & set(partners()) and {"EGY", "ETH"} <= set(partners("--raw"))
    assert partners()["TZA"] == partners("--raw")["TZA"] + 2   # Kenya and Rwanda, with Tanzania as a party


def test_review_map_keeps_decisions_after_reingest_and_drops_stale_ones_after_removal(review_store):
    path, folder = review_store
    decide("reject", FAILED_TALKS, "--why", "x", "--store", path)
    corrected = decide("set", MOU, "--status", "in-force", "--why", "y", "--store", path)
    with Store(path) as store:
        ingest([folder], store)
    data = map_data(path)
    assert iri(FAILED_TALKS) not in data.agreements and data.agreements[iri(MOU)].status == "in-force"
    assert [m["why"] for m in agreement_details(data.agreements[iri(MOU)])["review"]] == ["y"]
    with Store(path) as store:
        (r1,) = store.documents_from_source(str((folder / "r1.txt").resolve()))
        store.remove_document(r1)
    stale = json.loads(run("review", "list", "--stale", "--format", "json", "--store", path).output)
    assert [d["id"] for d in stale] == [corrected]
    data = map_data(path)
    assert not any(node.startswith(iri_of_doc(r1)) for node in data.agreements)
    assert all(agreement_details(r)["review"] == [] for r in data.agreements.values())
    assert iri(FAILED_TALKS) not in data.agreements and iri(FAILED_TALKS) in map_data(path, raw=True).agreements


def iri_of_doc(document: str) -> str:
    """The start of the IRIs of the agreements a document's extraction minted."""
    return iri(document.rsplit("/", 1)[-1][:16])


def _ask(url: str, query: str) -> bool:
    request = urllib.request.Request(f"{url}?{urllib.parse.urlencode({'query': query})}",
                                     headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())["boolean"]


def test_review_endpoint_answers_from_the_curated_view_and_follows_decisions_made_while_it_runs(review_store):
    path, _ = review_store
    exists = f"ASK {{ <{iri(FAILED_TALKS)}> a tp:Agreement }}"
    signed = f"ASK {{ <{iri(KEN_RWA)}> tp:status 'signed' }}"
    with running_endpoint(path, "--workers", "2") as (url, _), running_endpoint(path, "--raw", "--workers", "1") as (raw, _):
        assert _ask(url, exists) and _ask(raw, exists)
        decision = decide("reject", FAILED_TALKS, "--why", "the talks failed", "--store", path)
        # both query processes answer every later query from the new view: no restart, no waiting
        assert [_ask(url, exists) for _ in range(4)] == [False] * 4
        assert _ask(raw, exists)
        decide("set", KEN_RWA, "--status", "signed", "--why", "x", "--store", path)
        assert [_ask(url, signed) for _ in range(4)] == [True] * 4 and not _ask(raw, signed)
        decide("undo", decision, "--why", "I was wrong", "--store", path)
        assert [_ask(url, exists) for _ in range(4)] == [True] * 4


def test_review_endpoint_process_never_answers_from_a_half_refreshed_view(review_store):
    path, _ = review_store
    decide("reject", FAILED_TALKS, "--why", "the talks failed", "--store", path)
    exists = f"ASK {{ <{iri(FAILED_TALKS)}> a tp:Agreement }}"
    snapshot = Snapshot(path, raw=False)
    before = snapshot.current()
    assert before.path == curated_path(path) and before.query(exists).rows == [(False,)]
    with Store(curated_path(path)) as curated:
        with pytest.raises(StoreLockedError):   # refreshes take turns: this one would have to wait
            with Store(path, read_only=True) as raw:
                refresh_view(raw, wait=0)
        with curated.writing():
            assert snapshot.current() is before
        assert snapshot.current() is not before
    assert snapshot.current().query(exists).rows == [(False,)]
    assert Snapshot(path).current().query(exists).rows == [(True,)]   # raw


@pytest.mark.browser
def test_review_map_panel_shows_the_reviewed_mark_as_text(review_store, browser, tmp_path):
    from tests.test_map import click_node, open_offline

    path, _ = review_store
    hostile = "<img src=x onerror=\"window.pwned = 1\">"
    decide("set", KEN_RWA, "--status", "signed", "--why", f"Tanzania joined {hostile}", "--by", "<b>bo</b>",
           "--store", path)
    page_path = tmp_path / "map.html"
    run("map", "--view", "full", "-o", page_path, "--store", path)
    context, page, requests, errors = open_offline(browser, page_path)
    click_node(page, iri(KEN_RWA))
    page.wait_for_selector("#details .review", timeout=5_000)
    mark = page.inner_text("#details .review")
    assert "reviewed: set by <b>bo</b>" in mark and f"Tanzania joined {hostile}" in mark
    assert listed(path) and next(iter(listed(path).values()))["at"][:10] in mark
    assert " · signed" in page.inner_text("#details")
    assert page.evaluate("() => document.querySelectorAll('#details img, #details b').length") == 0
    assert page.evaluate("() => window.pwned === undefined")
    context.close()
    assert requests == [] and errors == []
