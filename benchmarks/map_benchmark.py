"""Large-map speed: export (layout included), first draw and redraw in headless Chromium.

    python benchmarks/map_benchmark.py [--nodes 5000] [--edges-per-node 4] [--repeat 3]

The graph is a Barabási-Albert network (hubs and a long tail, like alliance data) of states,
blocs and agreements with a sector, a status, a tooltip and an evidence sentence per edge.
Export = techpact.maps.page.render_html + write (layout in igraph included). First draw = from
navigation start to vis-network's first afterDrawing event. Redraw = network.redraw() timed
in the page (mean of 30), plus a pan and a zoom.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from techpact.maps.page import render_html  # noqa: E402
from techpact.maps.data import MapGraph  # noqa: E402
from techpact.ontology import vocabulary  # noqa: E402
from techpact.ontology.vocabulary import sector_codes  # noqa: E402

STATUSES = list(vocabulary.STATUSES[:4])  # the course of an agreement up to in force


def synthetic_graph(nodes: int, per_node: int, seed: int = 7) -> MapGraph:
    """A MapGraph shaped like a big alliance/full view."""
    rng = random.Random(seed)
    skeleton = nx.barabasi_albert_graph(nodes, per_node, seed=seed)
    sectors = sector_codes()
    groups = ["State"] * 3 + ["Agreement"] * 6 + ["Bloc"]
    graph_nodes = {}
    for node in skeleton.nodes:
        group = groups[node % len(groups)]
        graph_nodes[f"n{node}"] = {"label": f"{group[:3].upper()}{node}", "group": group,
                                   "title": f"{group} {node}", "sectors": [], "statuses": [], "details": None}
    edges, agreements = [], {}
    for a, b in skeleton.edges:
        sector, status = rng.choice(sectors), rng.choice(STATUSES)
        sentence = f"Party {a} and party {b} signed a memorandum on {sector} cooperation <b>&amp;</b> more."
        edges.append({"from": f"n{a}", "to": f"n{b}", "kind": "agreements", "weight": rng.randint(1, 4),
                      "sector": sector, "sectors": [sector], "statuses": [status], "title": sentence,
                      "details": {"heading": f"{a} – {b}", "agreements": [f"a{a}-{b}"]}})
        agreements[f"a{a}-{b}"] = {
            "label": f"mou {a} – {b}", "kind": "mou", "status": status, "date": "2024-05-01",
            "sectors": [sector], "signatories": [], "evidence": [{"text": sentence, "id": f"e{a}-{b}", "source": 0}],
            "sources": [{"title": "generated", "link": "https://example.org/news/1"}]}
        for end in (f"n{a}", f"n{b}"):
            graph_nodes[end]["sectors"].append(sector)
            graph_nodes[end]["statuses"].append(status)
    for node in graph_nodes.values():
        node["sectors"], node["statuses"] = sorted(set(node["sectors"])), sorted(set(node["statuses"]))
    return MapGraph("full", graph_nodes, edges, {s: s for s in sectors}, STATUSES, "benchmark", agreements)


def measure_browser(page_path: Path, chromium: str) -> dict:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.route("http://*/**", lambda route: route.abort())
        page.route("https://*/**", lambda route: route.abort())
        page.goto(page_path.as_uri())
        page.wait_for_function("() => window.techpactMap && window.techpactMap.drawn", timeout=120_000)
        first_draw = page.evaluate("() => window.techpactMap.firstDrawMs")
        redraw = page.evaluate("""() => {
            const network = window.techpactMap.network, times = [];
            for (let i = 0; i < 30; i++) { const t = performance.now(); network.redraw(); times.push(performance.now() - t); }
            const pan = performance.now(); network.moveTo({position: {x: 200, y: 100}}); network.redraw();
            const panMs = performance.now() - pan;
            const zoom = performance.now(); network.moveTo({scale: 2.5}); network.redraw();
            const zoomMs = performance.now() - zoom;
            return {mean: times.reduce((a, b) => a + b) / times.length, max: Math.max(...times), pan: panMs, zoom: zoomMs};
        }""")
        drawn = page.evaluate("() => window.techpactMap.network.body.nodeIndices.length")
        browser.close()
    return {"first_draw_ms": first_draw, "redraw_ms": redraw, "drawn": drawn}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=5000)
    parser.add_argument("--edges-per-node", type=int, default=4)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    graph = synthetic_graph(args.nodes, args.edges_per_node)
    print(f"graph: {len(graph.nodes)} nodes, {len(graph.edges)} edges")
    with tempfile.TemporaryDirectory() as tmp:
        page_path = Path(tmp) / "map.html"
        exports, draws, redraws = [], [], []
        for _ in range(args.repeat):
            started = time.perf_counter()
            page_path.write_text(render_html(graph, title="benchmark"), encoding="utf-8")
            exports.append(time.perf_counter() - started)
            result = measure_browser(page_path, chromium)
            assert result["drawn"] == len(graph.nodes), result
            draws.append(result["first_draw_ms"])
            redraws.append(result["redraw_ms"])
            print(f"export {exports[-1]:.2f} s · first draw {draws[-1]:.0f} ms · redraw mean "
                  f"{redraws[-1]['mean']:.1f} ms (max {redraws[-1]['max']:.1f}) · pan {redraws[-1]['pan']:.1f} ms · "
                  f"zoom {redraws[-1]['zoom']:.1f} ms · page {page_path.stat().st_size / 2**20:.1f} MB")
    print(f"median: export {statistics.median(exports):.2f} s (target < 2), first draw "
          f"{statistics.median(draws) / 1000:.2f} s (target < 2.5), redraw "
          f"{statistics.median(r['mean'] for r in redraws):.1f} ms (target < 60)")


if __name__ == "__main__":
    main()
