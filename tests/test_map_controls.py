"""The map page's controls in real Chromium, offline: filters that re-fit and recolour, the panel
closing with its node, the period slider, the PNG export, the legend's shapes and short labels."""

from __future__ import annotations

import struct

import pytest

from techpact.graph.store import Store
from techpact.maps.data import MapFilter, read_map_data
from techpact.maps.page import LABEL_FONT_SIZE, LABEL_HALO, sector_colours, vis_data, write_map_file
from techpact.maps.views import LABEL_LIMIT, build_map_graph
from tests.map_browser import ARTIFACTS, click_edge, click_node, drawn_edges, drawn_nodes, open_offline

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def data(corpus_store):
    with Store(corpus_store, read_only=True) as store:
        return read_map_data(store)


@pytest.fixture
def open_map(corpus_store, browser, tmp_path):
    """open_map(view, title) -> (graph, page, requests, errors); contexts closed after the test."""
    contexts = []

    def opener(view: str = "alliances", title: str = "techpact map"):
        path = tmp_path / f"{view}.html"
        with Store(corpus_store, read_only=True) as store:
            graph = write_map_file(store, str(path), view=view, title=title)
        context, page, requests, errors = open_offline(browser, path)
        contexts.append(context)
        return graph, page, requests, errors

    yield opener
    for context in contexts:
        context.close()


def view_state(page) -> dict:
    return page.evaluate("""() => { const n = window.techpactMap.network;
        return {scale: n.getScale(), position: n.getViewPosition(), fits: window.techpactMap.fits}; }""")


def screen_box(page) -> dict:
    """The drawn nodes' centres on screen, and the canvas' size."""
    return page.evaluate("""() => { const m = window.techpactMap, n = m.network, ids = m.network.body.nodeIndices;
        const points = ids.map(id => n.canvasToDOM(n.getPositions([id])[id]));
        const box = document.getElementById("network").getBoundingClientRect();
        return {xs: points.map(p => p.x), ys: points.map(p => p.y), width: box.width, height: box.height}; }""")


def drawn_edge_colours(page) -> dict[str, str]:
    """kind -> set of colours of the edges drawn now, as vis-network holds them."""
    return page.evaluate("""() => { const m = window.techpactMap, found = {};
        m.network.body.edgeIndices.forEach(id => { const kind = m.edges.get(id).kind;
            (found[kind] = found[kind] || []).push(m.network.body.edges[id].options.color.color); });
        return found; }""")


def hex_of(rgb: str) -> str:
    """'rgb(31, 119, 180)' -> '#1f77b4'."""
    return "#" + "".join(f"{int(part):02x}" for part in rgb[rgb.index("(") + 1:-1].split(",")[:3])


def test_sector_filter_refits_the_view_and_colours_edges_in_the_sector_colour(open_map):
    graph, page, _, errors = open_map()
    # the sector leaving the fewest nodes (at least two), so the fitted view must change
    sector = min(graph.sectors, key=lambda code: (len(build_map_graph_nodes(graph, code)) < 2,
                                                  len(build_map_graph_nodes(graph, code))))
    kept = build_map_graph_nodes(graph, sector)
    assert 2 <= len(kept) < len(graph.nodes)
    before = view_state(page)
    page.select_option("#sector-filter", sector)
    after = view_state(page)
    assert after["fits"] == before["fits"] + 1
    assert (after["scale"], after["position"]) != (before["scale"], before["position"])
    assert drawn_nodes(page) == kept
    box = screen_box(page)
    assert all(0 <= x <= box["width"] for x in box["xs"]) and all(0 <= y <= box["height"] for y in box["ys"])
    # fitted to the nodes left: centred on them, and filling the view unless fit's zoom limit (1) stops it
    middle = ((max(box["xs"]) + min(box["xs"])) / 2, (max(box["ys"]) + min(box["ys"])) / 2)
    assert abs(middle[0] - box["width"] / 2) < 40 and abs(middle[1] - box["height"] / 2) < 40
    spread = max((max(box["xs"]) - min(box["xs"])) / box["width"], (max(box["ys"]) - min(box["ys"])) / box["height"])
    assert spread > 0.5 or after["scale"] == pytest.approx(1.0)

    colour = sector_colours()[sector]
    legend = hex_of(page.eval_on_selector(f'#legend [data-sector="{sector}"] .line', "e => getComputedStyle(e).backgroundColor"))
    shown = drawn_edge_colours(page)
    assert legend == colour and shown["agreements"] and set(shown["agreements"]) == {colour}
    page.select_option("#sector-filter", "")
    original = {e["id"]: e["color"] for e in vis_data(graph)["edges"]}
    restored = page.evaluate("() => Object.fromEntries(window.techpactMap.edges.get().map(e => [e.id, e.color]))")
    assert {int(k): v for k, v in restored.items()} == original
    assert view_state(page)["fits"] == before["fits"] + 2 and drawn_nodes(page) == set(graph.nodes)
    assert errors == []


def build_map_graph_nodes(graph, sector: str) -> set[str]:
    """The nodes with at least one agreement in sector."""
    return {node_id for node_id, node in graph.nodes.items()
            if any(sector in a["sectors"] for a in graph.agreements_of(node))}


def test_full_view_edges_take_the_chosen_sector_colour(open_map):
    graph, page, _, errors = open_map("full")
    sector = max(graph.sectors, key=lambda code: len(build_map_graph_nodes(graph, code)))
    page.select_option("#sector-filter", sector)
    shown = drawn_edge_colours(page)
    colours = {colour for kind, found in shown.items() if kind != "member" for colour in found}
    assert colours == {sector_colours()[sector]}
    assert set(shown.get("member", [])) <= {"#c7b3d6"}, "bloc memberships keep their own colour"
    assert errors == []


def test_details_panel_closes_when_its_node_or_edge_is_filtered_out(open_map):
    graph, page, _, errors = open_map()
    # a node with agreements in one sector and not in another
    node_id, gone, stays = next((n, out, inside) for n, node in graph.nodes.items()
                                for inside in node["sectors"] for out in graph.sectors if out not in node["sectors"])
    click_node(page, node_id)
    assert page.evaluate("() => window.techpactMap.shown") == node_id
    page.select_option("#sector-filter", stays)
    assert page.is_visible("#details") and page.evaluate("() => window.techpactMap.shown") == node_id
    page.select_option("#sector-filter", gone)
    assert not page.is_visible("#details") and page.evaluate("() => window.techpactMap.shown") is None

    page.select_option("#sector-filter", "")
    index, edge = max(((i, e) for i, e in enumerate(graph.edges) if e["kind"] == "agreements"),
                      key=lambda pair: (pair[1]["weight"], pair[0]))
    absent = next(code for code in graph.sectors if code not in edge["sectors"])
    click_edge(page, edge["from"], edge["to"])
    assert page.evaluate("() => window.techpactMap.shown") == index and page.is_visible("#details")
    page.select_option("#sector-filter", absent)
    assert not page.is_visible("#details") and page.evaluate("() => window.techpactMap.shown") is None
    assert errors == []


def years_of(data) -> list[int]:
    return sorted({int(r.when[:4]) for r in data.agreements.values() if r.when and r.when[:4].isdigit()})


def move_slider(page, selector: str, key: str, times: int) -> None:
    """Real key presses on a range input (each fires input and change, as a user's would)."""
    page.focus(selector)
    for _ in range(times):
        page.keyboard.press(key)


@pytest.mark.parametrize("view", ["alliances", "full"])
def test_period_slider_shows_what_the_cli_draws_for_those_years(open_map, data, view):
    graph, page, _, errors = open_map(view)
    years = years_of(data)
    assert len(years) >= 3, "the corpus must span three years for this test to mean something"
    bounds = page.evaluate("""() => ['year-from', 'year-to'].map(id => { const e = document.getElementById(id);
        return [+e.min, +e.max, +e.value]; })""")
    assert bounds == [[years[0], years[-1], years[0]], [years[0], years[-1], years[-1]]]
    assert page.is_visible("#period")

    def check(since: int, until: int, sector: str | None = None) -> None:
        expected = build_map_graph(data, view, MapFilter(since=str(since), until=str(until),
                                                         sectors=(sector,) if sector else ()))
        assert 0 < len(expected.nodes) < len(graph.nodes)
        assert drawn_nodes(page) == set(expected.nodes)
        assert drawn_edges(page) == sorted((e["from"], e["to"], e["kind"]) for e in expected.edges)
        hidden = len(graph.nodes) - page.evaluate("() => window.techpactMap.nodeView.length")
        assert hidden == len(graph.nodes) - len(expected.nodes)
        assert page.inner_text("#count") == f"{len(expected.nodes)} nodes · {len(expected.edges)} edges"
        assert page.inner_text("#year-from-value") == str(since) and page.inner_text("#year-to-value") == str(until)

    move_slider(page, "#year-from", "ArrowRight", 1)
    check(years[0] + 1, years[-1])
    move_slider(page, "#year-to", "ArrowLeft", years[-1] - years[1])
    check(years[1], years[1])
    sector = next(code for code in graph.sectors if 0 < len(build_map_graph(
        data, view, MapFilter(since=str(years[1]), until=str(years[1]), sectors=(code,))).nodes) < len(graph.nodes))
    page.select_option("#sector-filter", sector)
    check(years[1], years[1], sector)
    move_slider(page, "#year-from", "ArrowRight", 3)  # pushes the to-year along
    assert page.inner_text("#year-to-value") == page.inner_text("#year-from-value") == str(min(years[1] + 3, years[-1]))
    page.select_option("#sector-filter", "")
    move_slider(page, "#year-from", "Home", 1)
    move_slider(page, "#year-to", "End", 1)
    assert drawn_nodes(page) == set(graph.nodes), "the whole range shows undated agreements again"
    assert errors == []


def test_save_png_downloads_the_map_as_drawn_without_the_network(open_map, tmp_path):
    graph, page, requests, errors = open_map(title="techpact: alliances")
    with page.expect_download() as info:
        page.click("#save-png")
    download = info.value
    assert download.suggested_filename == "techpact-alliances.png"
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    png = saved.read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and png[12:16] == b"IHDR"
    width, height = struct.unpack(">II", png[16:24])
    canvas = page.evaluate("() => { const c = document.querySelector('#network canvas'); return [c.width, c.height]; }")
    assert [width, height] == canvas and len(png) > 20_000
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "map-saved.png").write_bytes(png)
    assert requests == [] and errors == []


def test_legend_draws_each_node_class_with_the_shape_its_nodes_are_drawn_with(open_map):
    graph, page, _, errors = open_map("full")
    legend = page.eval_on_selector_all("#legend [data-group]", """items => items.map(i => ({group: i.dataset.group,
        shape: i.dataset.shape, icon: i.querySelector('svg').dataset.shape, picture: i.querySelector('svg').innerHTML}))""")
    drawn = page.evaluate("""() => { const m = window.techpactMap, found = {};
        m.nodes.get().forEach(n => { (found[n.nodeClass] = found[n.nodeClass] || new Set()).add(n.shape);
                                     found[n.nodeClass].add(m.network.body.nodes[n.id].options.shape); });
        return Object.fromEntries(Object.entries(found).map(([k, v]) => [k, [...v]])); }""")
    assert {item["group"] for item in legend} == {node["group"] for node in graph.nodes.values()} == set(drawn)
    for item in legend:
        assert drawn[item["group"]] == [item["shape"]] and item["icon"] == item["shape"], item
    pictures = {item["shape"]: item["picture"] for item in legend}
    assert len(set(pictures.values())) == len(pictures), "different shapes get different pictures"
    assert errors == []


def test_full_view_labels_are_short_their_text_is_on_hover_and_no_two_overlap(open_map, data):
    graph, page, _, errors = open_map("full")
    nodes = {n["id"]: n for n in page.evaluate("() => window.techpactMap.nodes.get()")}
    assert all(len(n["label"]) <= LABEL_LIMIT for n in nodes.values())
    for iri, record in data.agreements.items():
        assert nodes[iri]["label"] == (f"{record.kind} {record.when[:4]}" if record.when else record.kind)
        assert record.label in nodes[iri]["title"]
    documents = [n for n in nodes.values() if n["nodeClass"] == "Document"]
    titles = {s.iri: s.title for r in data.agreements.values() for s in r.sources.values() if s.title}
    assert any(len(titles[d["id"]]) > LABEL_LIMIT for d in documents if d["id"] in titles)
    for document in documents:
        if document["id"] in titles:
            assert titles[document["id"]] in document["title"]
            assert titles[document["id"]].startswith(document["label"].rstrip("…"))
    fonts = page.evaluate("""() => { const m = window.techpactMap;
        return m.network.body.nodeIndices.map(id => { const f = m.network.body.nodes[id].options.font; return [f.size, f.strokeWidth]; }); }""")
    assert {tuple(f) for f in fonts} == {(LABEL_FONT_SIZE, LABEL_HALO)}
    overlaps = page.evaluate("""() => { const n = window.techpactMap.network, ids = n.body.nodeIndices, found = [];
        const boxes = ids.map(id => n.getBoundingBox(id));
        for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i], b = boxes[j];
            const ox = Math.min(a.right, b.right) - Math.max(a.left, b.left), oy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
            if (ox > 1 && oy > 1) found.push([ids[i], ids[j], ox, oy]); }
        return found; }""")
    assert overlaps == [], "drawn labels (and shapes) overlap"
    assert page.evaluate("() => window.techpactMap.tidyRounds") is not None
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "map-full-labels.png"))
    assert errors == []
