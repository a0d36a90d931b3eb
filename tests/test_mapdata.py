from __future__ import annotations

import datetime as dt
import json
from datetime import date
from itertools import combinations

import pytest
from click.testing import CliRunner

from techpact.cli import main
from techpact.errors import TechpactError
from techpact.extract.facts import PartialDate
from techpact.maps.page import LAYOUT_THRESHOLD, layout_positions, render_html, safe_link, vis_data
from techpact.maps.data import MapFilter, period_bound, read_map_data
from techpact.maps.views import LABEL_LIMIT, build_map_graph, short_label
from techpact.graph.store import Store


@pytest.fixture(scope="module")
def data(corpus_store):
    with Store(corpus_store, read_only=True) as store:
        return read_map_data(store)


def pairs_in(data, agreements):
    counts = {}
    for record in agreements:
        for a, b in combinations(sorted(record.parties), 2):
            counts[(a, b)] = counts.get((a, b), 0) + 1
    return counts


def test_alliance_view_has_one_edge_per_pair_weighted_by_agreements(data):
    graph = build_map_graph(data, "alliances")
    expected = pairs_in(data, data.agreements.values())
    found = {(e["from"], e["to"]): e["weight"] for e in graph.edges if e["kind"] == "agreements"}
    assert found == expected and len(found) > 10
    assert {node["group"] for node in graph.nodes.values()} == {"State", "Bloc"}
    heavy = max(graph.edges, key=lambda e: e["weight"])
    assert len(graph.agreements_of(heavy)) == heavy["weight"]


def test_alliance_edge_colour_is_the_dominant_sector(data):
    graph = build_map_graph(data, "alliances")
    for edge in graph.edges:
        if edge["kind"] != "agreements" or not edge["sectors"]:
            continue
        counts = {s: sum(s in a["sectors"] for a in graph.agreements_of(edge)) for s in edge["sectors"]}
        best = max(counts.values())
        assert counts[edge["sector"]] == best
        assert edge["sector"] == min(s for s, n in counts.items() if n == best)


def test_full_view_has_agreements_sectors_people_and_documents(data):
    graph = build_map_graph(data, "full")
    groups = {node["group"] for node in graph.nodes.values()}
    assert {"Agreement", "State", "Sector", "Person", "Document"} <= groups
    agreements = [n for n in graph.nodes.values() if n["group"] == "Agreement"]
    assert len(agreements) == len(data.agreements)
    assert all(graph.agreements_of(n)[0]["evidence"] for n in agreements)


def test_sector_filter_keeps_only_agreements_in_that_sector(data):
    graph = build_map_graph(data, "alliances", MapFilter(sectors=("ai",)))
    shown = [a for e in graph.edges if e["kind"] == "agreements" for a in graph.agreements_of(e)]
    assert shown and all("ai" in a["sectors"] for a in shown)
    everything = build_map_graph(data, "alliances")
    assert len(graph.edges) < len(everything.edges)


def test_period_filter_uses_the_agreement_date_or_the_report_date(data):
    chosen = MapFilter(since="2024-06", until="2024-12")
    graph = build_map_graph(data, "full", chosen)
    dates = [graph.agreements_of(n)[0]["date"] for n in graph.nodes.values() if n["group"] == "Agreement"]
    # a date of any precision is kept when it may fall in the period ("2024" may be in June to December)
    periods = [PartialDate.parse(d[:10]) for d in dates]
    assert periods and all(p.last_day() >= dt.date(2024, 6, 1) and p.first_day() <= dt.date(2024, 12, 31) for p in periods)
    outside = [r for r in data.agreements.values() if r.when and not "2024-06-01" <= r.when[:10] <= "2024-12-31"]
    assert outside, "the corpus must have agreements outside the period for this test to mean something"


def test_status_and_bloc_filters(data):
    signed = build_map_graph(data, "full", MapFilter(statuses=("signed",)))
    assert {n["statuses"][0] for n in signed.nodes.values() if n["group"] == "Agreement"} == {"signed"}
    sco = build_map_graph(data, "full", MapFilter(blocs=("SCO",)))
    members = data.members[data.actor_by_code("SCO").iri]
    for node in sco.nodes.values():
        if node["group"] == "Agreement":
            record = data.agreements[next(i for i, n in sco.nodes.items() if n is node)]
            assert set(record.parties) & members or data.actor_by_code("SCO").iri in record.parties | record.frameworks.keys()


def test_focus_keeps_the_ego_network_at_the_given_depth_along_agreements(data):
    whole = build_map_graph(data, "alliances")
    india = data.actor_by_code("IND").iri

    def neighbours(kinds) -> set[str]:
        return {e["to"] if e["from"] == india else e["from"] for e in whole.edges
                if india in (e["from"], e["to"]) and e["kind"] in kinds}

    near = build_map_graph(data, "alliances", focus="IND", depth=1)
    assert set(near.nodes) == neighbours({"agreements"}) | {india}
    blocs = neighbours({"member"}) - neighbours({"agreements"})
    assert blocs, "India must be a member of a bloc it has no agreement with on this map"
    assert not blocs & set(near.nodes), "bloc memberships are not followed by default"
    with_memberships = build_map_graph(data, "alliances", focus="IND", depth=1, follow_memberships=True)
    assert set(with_memberships.nodes) == neighbours({"agreements", "member"}) | {india}
    wider = build_map_graph(data, "alliances", focus="ind", depth=2)
    assert set(near.nodes) < set(wider.nodes) <= set(whole.nodes)
    assert "around IND (depth 2)" in wider.caption
    assert "memberships followed" in with_memberships.caption


def test_unknown_focus_bad_dates_and_views_are_clear_errors(data):
    with pytest.raises(TechpactError, match="unknown state or bloc code: 'XXX'"):
        build_map_graph(data, focus="XXX")
    with pytest.raises(TechpactError, match="not a date"):
        MapFilter(since="last spring")
    with pytest.raises(TechpactError, match="not a date"):
        MapFilter(until="2024-13")
    with pytest.raises(TechpactError, match="unknown view"):
        build_map_graph(data, view="hairball")


def test_period_bounds_cover_whole_months_and_years():
    assert period_bound("2024", start=True) == date(2024, 1, 1)
    assert period_bound("2024", start=False) == date(2024, 12, 31)
    assert period_bound("2024-02", start=False) == date(2024, 2, 29)
    assert period_bound("2023-12", start=False) == date(2023, 12, 31)
    assert period_bound("2024-03-05", start=False) == date(2024, 3, 5)


def test_node_size_grows_with_degree_and_every_sector_has_a_legend_entry(data):
    graph = build_map_graph(data, "alliances")
    payload = vis_data(graph)
    by_degree = sorted(payload["nodes"], key=lambda n: n["degree"])
    assert by_degree[0]["size"] < by_degree[-1]["size"]
    page = render_html(graph)
    for name in graph.sectors.values():
        assert f"{name}</span>" in page
    assert "http://" not in page.split("<script>", 1)[0] and "https://" not in page.split("<script>", 1)[0]


def test_small_maps_settle_in_the_browser_and_large_ones_get_fixed_positions(data):
    small = vis_data(build_map_graph(data, "alliances"))
    assert small["options"]["physics"].get("enabled", True) and "x" not in small["nodes"][0]
    import networkx as nx

    from techpact.maps.data import MapGraph

    skeleton = nx.barabasi_albert_graph(LAYOUT_THRESHOLD + 100, 2, seed=1)
    nodes = {f"n{i}": {"label": str(i), "group": "State", "title": "", "sectors": [], "statuses": []} for i in skeleton}
    edges = [{"from": f"n{a}", "to": f"n{b}", "kind": "agreements", "weight": 1, "sector": None, "sectors": [],
              "statuses": [], "title": "", "details": None} for a, b in skeleton.edges]
    big = MapGraph("full", nodes, edges, {}, [])
    large = vis_data(big)
    assert large["options"]["physics"] == {"enabled": False}
    assert large["options"]["edges"]["smooth"] is False
    assert all("x" in n and "y" in n for n in large["nodes"])
    assert layout_positions(big) == layout_positions(big), "the layout is deterministic"
    assert len({(n["x"], n["y"]) for n in large["nodes"]}) == len(nodes)


def test_only_web_and_file_links_are_kept():
    assert safe_link("https://example.org/a") == "https://example.org/a"
    assert safe_link("file:///tmp/x.txt") == "file:///tmp/x.txt"
    for hostile in ("javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,<script>", "vbscript:x", ""):
        assert safe_link(hostile) is None


def test_cli_map_writes_the_filtered_view(corpus_store, tmp_path):
    output = tmp_path / "ai.html"
    result = CliRunner().invoke(main, ["map", "--store", str(corpus_store), "-o", str(output), "--sector", "ai",
                                       "--since", "2024-01", "--until", "2025-12", "--status", "signed"])
    assert result.exit_code == 0, result.output
    assert "alliances view" in result.output and "sector ai" in result.output
    payload = output.read_text()
    data_block = payload.split('<script id="graph-data" type="application/json">', 1)[1].split("</script>", 1)[0]
    edges = json.loads(data_block)["edges"]
    assert edges and all("ai" in e["sectors"] for e in edges if e["kind"] == "agreements")


def test_cli_map_rejects_bad_options_in_one_line(corpus_store, tmp_path):
    output = tmp_path / "x.html"
    for args, message in ((["--since", "yesterday"], "not a date"), (["--focus", "ZZZ"], "unknown state or bloc code"),
                          (["--view", "full", "--max-nodes", "10"], "over --max-nodes 10: narrow it")):
        result = CliRunner().invoke(main, ["map", "--store", str(corpus_store), "-o", str(output), *args])
        assert result.exit_code == 1 and message in result.output
        assert len(result.output.strip().splitlines()) == 1
    assert not output.exists()


def test_agreement_details_tie_each_sentence_to_its_report(tmp_path):
    from techpact.ingest import ingest

    (tmp_path / "a.txt").write_text("TITLE: First report\n\nEgypt and Kenya signed a memorandum of understanding on "
                                    "artificial intelligence. The MoU covers data centres.")
    (tmp_path / "b.txt").write_text("TITLE: Second report\n\nKenya and Egypt inked an MoU covering AI, officials said.")
    with Store(tmp_path / "s") as store:
        ingest([tmp_path], store)
        graph = build_map_graph(read_map_data(store), "full")
    [details] = [graph.agreements_of(n)[0] for n in graph.nodes.values() if n["group"] == "Agreement"]
    titles = {details["sources"][e["source"]]["title"]: e["text"] for e in details["evidence"]}
    assert set(titles) == {"First report", "Second report"}
    assert titles["Second report"].startswith("Kenya and Egypt inked")
    assert all(e["id"].startswith("https://w3id.org/techpact/id/evidence/") for e in details["evidence"])


def test_short_labels_cut_long_text_at_a_word_and_keep_short_text_whole():
    assert short_label("mou 2024") == "mou 2024"
    title = "Malaysia and Turkey explore BRICS digital payments"
    cut = short_label(title)
    assert len(cut) <= LABEL_LIMIT and cut.endswith("…") and title.startswith(cut[:-1]) and cut == "Malaysia and Turkey…"
    assert short_label("Supercalifragilisticexpialidocious") == "Supercalifragilisti…"
    assert short_label("  spaced\n  out  ") == "spaced out"


def test_unknown_layout_is_a_clear_error(data):
    graph = build_map_graph(data, "alliances")
    with pytest.raises(TechpactError, match="unknown layout 'globe'"):
        vis_data(graph, layout="globe")
    result = CliRunner().invoke(main, ["map", "--store", "x", "--layout", "globe"])
    assert result.exit_code == 2 and "'globe' is not one of 'auto', 'geo'" in result.output
