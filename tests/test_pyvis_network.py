"""techpact.maps.pyvis_network: any map view as a pyvis Network with the map's nodes, edges, labels and
colours, drawing offline in a real Chromium."""

from __future__ import annotations

from collections import Counter

import pytest
from pyvis.network import Network

from techpact.errors import MapError
from techpact.graph.store import Store
from techpact.maps import pyvis_network
from techpact.maps.data import MapFilter, read_map_data
from techpact.maps.notebook import offline_template
from techpact.maps.page import vis_data
from techpact.maps.views import build_map_graph

from tests.map_browser import offline_page


@pytest.fixture(scope="module")
def map_data(corpus_store):
    with Store(corpus_store, read_only=True) as store:
        return read_map_data(store)


@pytest.mark.parametrize("view,chosen,focus", [
    ("alliances", None, None), ("full", MapFilter(sectors=("ai",)), None), ("full", None, "IND"),
])
def test_pyvis_network_has_the_view_nodes_and_edges_with_their_labels_and_colours(map_data, view, chosen, focus):
    net = pyvis_network(map_data, view, chosen=chosen, focus=focus)
    drawn = vis_data(build_map_graph(map_data, view, chosen, focus))
    assert isinstance(net, Network) and net.cdn_resources == "in_line"
    assert {n["id"]: (n["label"], n["color"], n["shape"], n["title"]) for n in net.nodes} == {
        n["id"]: (n["label"], n["color"], n["shape"], n["title"]) for n in drawn["nodes"]}
    assert Counter((e["from"], e["to"], e["kind"], e["color"]) for e in net.edges) == Counter(
        (e["from"], e["to"], e["kind"], e["color"]) for e in drawn["edges"])
    assert len(net.nodes) > 3


def test_pyvis_network_keeps_a_membership_beside_the_pair_agreements(corpus_store):
    with Store(corpus_store, read_only=True) as store:
        net = pyvis_network(store)  # straight from a store
    pairs = Counter(frozenset((e["from"], e["to"])) for e in net.edges)
    doubled = [pair for pair, count in pairs.items() if count == 2]
    assert doubled  # BRICS and Russia: a proposal between them, and Russia's membership
    kinds = {e["kind"] for e in net.edges if frozenset((e["from"], e["to"])) in doubled}
    assert kinds == {"agreements", "member"}


def test_pyvis_network_html_has_no_remote_resource_and_no_html_tooltips(map_data):
    net = pyvis_network(map_data, "full")
    net.nodes[0]["title"] = 'see <a href="javascript:alert(1)">this</a>'  # a title pyvis would render as HTML
    page = net.generate_html()
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert "cdn.jsdelivr" not in page and "cdnjs" not in page and 'src="http' not in page and 'href="http' not in page
    assert "popup.innerHTML" not in page
    assert "vis.Network" in page  # vis-network is inlined


def test_pyvis_network_refuses_a_view_over_max_nodes(map_data):
    with pytest.raises(MapError, match="over 5 for pyvis"):
        pyvis_network(map_data, "full", max_nodes=5)


def test_offline_template_refuses_a_template_it_cannot_clean():
    with pytest.raises(MapError, match="template has changed"):
        offline_template("<html><body><script>1</script></body></html>")
    with pytest.raises(MapError, match="template has changed"):
        offline_template('<html><head></head><body><img src="https://example.org/x.png"></body></html>')


@pytest.mark.browser
def test_pyvis_page_written_by_pyvis_draws_offline_in_chromium(map_data, browser, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # pyvis writes relative to the working folder
    net = pyvis_network(map_data, "alliances")
    net.toggle_physics(False)  # restyled with pyvis' own API
    net.write_html("alliances.html")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["alliances.html"]  # no lib/ folder beside it
    context, page, requests, errors = offline_page(browser)
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.goto((tmp_path / "alliances.html").as_uri())
    page.wait_for_function("() => typeof network !== 'undefined' && network.body.nodeIndices.length > 0", timeout=30_000)
    counts = page.evaluate("() => [network.body.nodeIndices.length, network.body.edgeIndices.length]")
    colours = page.evaluate("() => Object.fromEntries(nodes.get().map(node => [node.id, node.color]))")
    context.close()
    assert counts == [len(net.nodes), len(net.edges)]
    assert colours == {node["id"]: node["color"] for node in net.nodes}
    assert requests == [] and errors == []
