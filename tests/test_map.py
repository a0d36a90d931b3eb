from __future__ import annotations

import json
from pathlib import Path

import pytest

from techpact.maps.page import render_html, write_map_file
from techpact.maps.data import read_map_data
from techpact.maps.views import build_map_graph
from techpact.graph.store import Store
from techpact.ingest import ingest
from tests.map_browser import ARTIFACTS, click_node, drawn_count, open_offline

pytestmark = pytest.mark.browser


@pytest.fixture
def alliance_page(corpus_store, browser, tmp_path):
    with Store(corpus_store, read_only=True) as store:
        graph = write_map_file(store, str(tmp_path / "map.html"), title="alliances")
    context, page, requests, errors = open_offline(browser, tmp_path / "map.html")
    yield graph, page, requests, errors
    context.close()


def test_alliance_map_draws_every_node_offline(alliance_page):
    graph, page, requests, errors = alliance_page
    assert drawn_count(page) == len(graph.nodes) > 10
    assert page.evaluate("() => window.techpactMap.edges.length") == len(graph.edges)
    canvas = page.evaluate("() => { const c = document.querySelector('canvas'); return [c.width, c.height]; }")
    assert canvas[0] > 100 and canvas[1] > 100
    page.wait_for_timeout(800)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "map-alliances.png"))
    assert requests == [] and errors == []


def test_clicking_a_node_shows_its_agreements_with_evidence_and_source(alliance_page):
    graph, page, _, _ = alliance_page
    busiest = max(graph.nodes, key=lambda n: len(graph.agreements_of(graph.nodes[n])))
    click_node(page, busiest)
    page.wait_for_selector("#details blockquote.evidence", timeout=5_000)
    assert page.evaluate("() => window.techpactMap.shown") == busiest
    shown = page.inner_text("#details")
    expected = graph.agreements_of(graph.nodes[busiest])[0]
    assert graph.nodes[busiest]["details"]["heading"] in shown
    assert expected["evidence"][0]["text"] in shown
    assert expected["sources"][expected["evidence"][0]["source"]]["title"] in shown
    ids = page.eval_on_selector_all("#details blockquote", "quotes => quotes.map(q => q.title)")
    assert expected["evidence"][0]["id"] in ids, "each sentence carries its evidence IRI"
    assert f"{len(graph.agreements_of(graph.nodes[busiest]))} agreement" in shown
    links = page.eval_on_selector_all("#details a", "anchors => anchors.map(a => a.href)")
    assert any(link.startswith(("https://", "http://", "file:")) for link in links)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "map-details.png"))


def test_clicking_an_edge_lists_the_pair_agreements_and_hovering_shows_a_tooltip(alliance_page):
    graph, page, _, _ = alliance_page
    edge_index = max((i for i, e in enumerate(graph.edges) if e["kind"] == "agreements"),
                     key=lambda i: (graph.edges[i]["weight"], i))
    edge = graph.edges[edge_index]
    x, y = page.evaluate("""(edge) => {
        const network = window.techpactMap.network, box = document.getElementById("network").getBoundingClientRect();
        const ends = network.getPositions([edge.from, edge.to]);
        const point = network.canvasToDOM({x: 0.5 * (ends[edge.from].x + ends[edge.to].x), y: 0.5 * (ends[edge.from].y + ends[edge.to].y)});
        return [box.left + point.x, box.top + point.y];
    }""", {"from": edge["from"], "to": edge["to"]})
    page.mouse.move(x, y)
    page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5_000)
    assert page.inner_text("div.vis-tooltip").startswith(edge["details"]["heading"])
    page.mouse.click(x, y)
    assert page.evaluate("() => window.techpactMap.shown") == edge_index
    shown = page.inner_text("#details")
    for agreement in graph.agreements_of(edge):
        assert agreement["label"] in shown and f"{agreement['kind']} · {agreement['status']}" in shown
        assert agreement["evidence"][0]["text"] in shown


def test_in_page_sector_and_status_filters_hide_what_does_not_match(alliance_page):
    graph, page, _, _ = alliance_page
    sector = "ai"

    def kept(sector: str, status: str = "") -> int:
        """Nodes with at least one agreement in that sector (and with that status)."""
        return sum(1 for n in graph.nodes.values()
                   if any(sector in a["sectors"] and status in ("", a["status"]) for a in graph.agreements_of(n)))

    expected_nodes = kept(sector)
    page.select_option("#sector-filter", sector)
    assert page.evaluate("() => window.techpactMap.nodeView.length") == expected_nodes < len(graph.nodes)
    page.wait_for_timeout(200)
    assert drawn_count(page) == expected_nodes
    status = max(graph.statuses, key=lambda s: (0 < kept(sector, s) < expected_nodes, kept(sector, s)))
    page.select_option("#status-filter", status)
    assert page.evaluate("() => window.techpactMap.nodeView.length") == kept(sector, status) > 0
    page.select_option("#sector-filter", "")
    page.select_option("#status-filter", "")
    assert drawn_count(page) == len(graph.nodes)
    assert page.inner_text("#count").startswith(f"{len(graph.nodes)} nodes")


def test_search_box_selects_and_explains_the_node(alliance_page):
    graph, page, _, _ = alliance_page
    page.fill("#search", "IND")
    page.press("#search", "Enter")
    selected = page.evaluate("() => window.techpactMap.network.getSelectedNodes()")
    assert any(graph.nodes[n]["label"] == "IND" for n in selected)
    assert "India" in page.inner_text("#details")


def test_full_view_draws_agreements_sectors_people_documents(corpus_store, browser, tmp_path):
    with Store(corpus_store, read_only=True) as store:
        graph = write_map_file(store, str(tmp_path / "full.html"), view="full")
    context, page, requests, errors = open_offline(browser, tmp_path / "full.html")
    assert drawn_count(page) == len(graph.nodes)
    groups = page.evaluate("() => [...new Set(window.techpactMap.nodes.get().map(n => n.nodeClass))].sort()")
    assert groups == ["Agreement", "Bloc", "Document", "Person", "Sector", "State"]
    page.screenshot(path=str(ARTIFACTS / "map-full.png"))
    context.close()
    assert requests == [] and errors == []


def test_large_map_draws_with_fixed_positions_and_no_physics(browser, tmp_path):
    import networkx as nx

    from techpact.maps.data import MapGraph

    skeleton = nx.barabasi_albert_graph(1500, 3, seed=3)
    nodes = {f"n{i}": {"label": f"S{i}", "group": "State", "title": f"state {i}", "sectors": ["ai"],
                       "statuses": ["signed"]} for i in skeleton}
    edges = [{"from": f"n{a}", "to": f"n{b}", "kind": "agreements", "weight": 1, "sector": "ai", "sectors": ["ai"],
              "statuses": ["signed"], "title": "x", "details": None} for a, b in skeleton.edges]
    (tmp_path / "big.html").write_text(render_html(MapGraph("full", nodes, edges, {"ai": "AI"}, ["signed"])))
    context, page, _, errors = open_offline(browser, tmp_path / "big.html")
    assert drawn_count(page) == 1500
    assert page.evaluate("() => window.techpactMap.network.physics.options.enabled") is False
    moved = page.evaluate("""() => { const n = window.techpactMap.network, before = n.getPositions(["n0"]).n0;
        return new Promise(done => setTimeout(() => { const after = n.getPositions(["n0"]).n0;
            done(before.x === after.x && before.y === after.y); }, 500)); }""")
    assert moved is True, "nodes stay where Python put them"
    context.close()
    assert errors == []


def test_document_payloads_never_run_and_hostile_links_are_dropped(browser, tmp_path):
    (tmp_path / "hostile.txt").write_text(
        "TITLE: <img src=x onerror=\"window.pwned = 4\">\n\n"
        "Russia and Iran signed a memorandum on AI <script>window.pwned = 1</script> "
        "and <img src=x onerror=\"window.pwned = 2\"> </script><script>window.pwned = 3</script>.")
    (tmp_path / "hostile.json").write_text(json.dumps({
        "url": "javascript:window.pwned=5", "title": "<svg onload=\"window.pwned = 6\">",
        "text": "China and Brazil signed an agreement on semiconductors <b onmouseover=\"window.pwned=7\">x</b>."}))
    with Store(tmp_path / "s") as store:
        ingest([tmp_path / "hostile.txt", tmp_path / "hostile.json"], store)
        data = read_map_data(store)
    for view in ("alliances", "full"):
        graph = build_map_graph(data, view)
        page_path = tmp_path / f"{view}.html"
        page_path.write_text(render_html(graph))
        context, page, _, errors = open_offline(browser, page_path)
        for node_id in graph.nodes:
            click_node(page, node_id)
            page.mouse.move(5, 5)
        assert page.evaluate("() => window.pwned === undefined")
        china = next(i for i, n in graph.nodes.items() if n["label"] == "CHN")
        click_node(page, china)
        shown = page.inner_text("#details")
        assert '<b onmouseover="window.pwned=7">x</b>' in shown and '<svg onload="window.pwned = 6">' in shown
        hrefs = page.eval_on_selector_all("a", "anchors => anchors.map(a => a.getAttribute('href'))")
        assert not any(h and h.lower().startswith("javascript") for h in hrefs)
        assert page.evaluate("() => document.querySelectorAll('#details img, #details script, #details svg, #details b').length") == 0
        if view == "full":
            titles = page.evaluate("() => window.techpactMap.nodes.get().map(n => n.title).join(' ')")
            assert "<script>window.pwned = 1</script>" in titles, "the text is shown, as text"
            ARTIFACTS.mkdir(exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "map-hostile.png"))
        context.close()
        assert errors == []
