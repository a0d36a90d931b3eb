from __future__ import annotations

from pathlib import Path

import pytest

from techpact.graph.map import build_map, render_html
from techpact.graph.store import Store
from techpact.ingest import ingest

pytestmark = pytest.mark.browser
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"


def open_offline(browser, page_path: Path):
    """Open a file with every network request refused and recorded."""
    context = browser.new_context()
    requests = []

    def refuse(route):
        requests.append(route.request.url)
        route.abort()

    context.route("http://*/**", refuse)
    context.route("https://*/**", refuse)
    page = context.new_page()
    page.goto(page_path.as_uri())
    page.wait_for_function("() => Boolean(window.techpactMap && window.techpactMap.drawn)", timeout=30_000)
    return context, page, requests


def test_map_draws_every_node_offline_in_chromium(corpus_store, browser, tmp_path):
    with Store(corpus_store, read_only=True) as store:
        network = build_map(store)
    page_path = tmp_path / "map.html"
    page_path.write_text(render_html(network))
    context, page, requests = open_offline(browser, page_path)
    drawn = page.evaluate("() => window.techpactMap.network.body.nodeIndices.length")
    assert drawn == len(network.nodes) > 20
    canvas_size = page.evaluate("() => { const c = document.querySelector('canvas'); return [c.width, c.height]; }")
    assert canvas_size[0] > 100 and canvas_size[1] > 100
    ARTIFACTS.mkdir(exist_ok=True)
    page.wait_for_timeout(1500)
    page.screenshot(path=str(ARTIFACTS / "map.png"))
    context.close()
    assert requests == []


def test_map_tooltip_carries_evidence_sentence(corpus_store, browser, tmp_path):
    with Store(corpus_store, read_only=True) as store:
        page_path = tmp_path / "map.html"
        page_path.write_text(render_html(build_map(store)))
    context, page, _ = open_offline(browser, page_path)
    titles = page.evaluate("() => window.techpactMap.nodes.get().map(n => n.title)")
    assert any("memorandum of understanding on digital infrastructure" in t for t in titles)
    context.close()


def test_map_script_in_document_never_runs(browser, tmp_path):
    hostile = tmp_path / "hostile.txt"
    hostile.write_text(
        "Russia and Iran signed a memorandum on AI <script>window.pwned = 1</script> "
        "and <img src=x onerror=\"window.pwned = 2\"> </script><script>window.pwned = 3</script>.")
    with Store(tmp_path / "s") as store:
        ingest([hostile], store)
        page_path = tmp_path / "map.html"
        page_path.write_text(render_html(build_map(store)))
    context, page, _ = open_offline(browser, page_path)
    page.mouse.move(10, 10)
    assert page.evaluate("() => window.pwned === undefined")
    assert page.evaluate("() => window.techpactMap.network.body.nodeIndices.length") >= 3
    titles = page.evaluate("() => window.techpactMap.nodes.get().map(n => n.title).join(' ')")
    assert "<script>window.pwned = 1</script>" in titles, "the text is shown, as text"
    context.close()
