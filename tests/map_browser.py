"""Helpers for the map's browser tests: open a page offline, click where vis-network drew a node."""

from __future__ import annotations

from pathlib import Path

ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"


def offline_page(browser, **options):
    """A new page whose http(s) requests are refused and recorded, and whose errors are recorded."""
    context = browser.new_context(**options)
    requests, errors = [], []

    def refuse(route):
        requests.append(route.request.url)
        route.abort()

    context.route("http://*/**", refuse)
    context.route("https://*/**", refuse)
    page = context.new_page()
    page.on("pageerror", lambda err: errors.append(str(err)))
    return context, page, requests, errors


def open_offline(browser, page_path: Path):
    """Open a map file with every network request refused and recorded."""
    context, page, requests, errors = offline_page(browser, viewport={"width": 1400, "height": 900})
    page.goto(page_path.as_uri())
    page.wait_for_function("() => Boolean(window.techpactMap && window.techpactMap.settled)", timeout=30_000)
    return context, page, requests, errors


def screen_position(page, node_id: str) -> tuple[float, float]:
    """Where on the page vis-network drew the node's centre."""
    x, y = page.evaluate("""(id) => {
        const network = window.techpactMap.network;
        const point = network.canvasToDOM(network.getPositions([id])[id]);
        const box = document.getElementById("network").getBoundingClientRect();
        return [box.left + point.x, box.top + point.y];
    }""", node_id)
    return x, y


def click_node(page, node_id: str) -> None:
    """A real mouse click where vis-network drew the node."""
    page.mouse.click(*screen_position(page, node_id))


def click_edge(page, source: str, target: str) -> None:
    """A real mouse click halfway along the edge between two nodes."""
    (x1, y1), (x2, y2) = screen_position(page, source), screen_position(page, target)
    page.mouse.click((x1 + x2) / 2, (y1 + y2) / 2)


def drawn_nodes(page) -> set[str]:
    """The ids of the nodes vis-network draws now."""
    return set(page.evaluate("() => window.techpactMap.network.body.nodeIndices"))


def drawn_edges(page) -> list[tuple[str, str, str]]:
    """(from, to, kind) of every edge vis-network draws now (both ends shown), sorted."""
    return sorted(tuple(e) for e in page.evaluate("""() => { const m = window.techpactMap;
        return m.network.body.edgeIndices.map(id => { const e = m.edges.get(id); return [e.from, e.to, e.kind]; }); }"""))


def drawn_count(page) -> int:
    return page.evaluate("() => window.techpactMap.network.body.nodeIndices.length")
