"""The notebooks run top to bottom in a real kernel, on a fresh store and on an existing one ($TECHPACT_STORE);
02 against the real Neo4j."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from jupyter_client.manager import KernelManager
from nbclient import NotebookClient

from techpact.graph.store import Store
from techpact.maps.data import MapFilter, read_map_data
from techpact.maps.views import build_map_graph

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"


def execute(name: str, workdir: Path) -> nbformat.NotebookNode:
    """Run every cell of a notebook (a failing cell raises); the kernel talks over a local socket file."""
    notebook = nbformat.read(NOTEBOOKS / name, as_version=4)
    manager = KernelManager(kernel_name="python3", transport="ipc", ip=str(workdir / "kernel"))
    NotebookClient(notebook, km=manager, timeout=300, resources={"metadata": {"path": str(workdir)}}).execute()
    return notebook


def outputs(notebook) -> str:
    return "\n".join(str(o.get("text", "")) + str(o.get("data", {}).get("text/plain", ""))
                     for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs)


def test_notebooks_are_stored_without_outputs():
    for path in sorted(NOTEBOOKS.glob("*.ipynb")):
        notebook = nbformat.read(path, as_version=4)
        nbformat.validate(notebook)
        assert all(not c.get("outputs") and c.get("execution_count") is None
                   for c in notebook.cells if c.cell_type == "code"), path.name
    assert [p.name for p in sorted(NOTEBOOKS.glob("*.ipynb"))] == ["01-explore.ipynb", "02-neo4j.ipynb", "03-evidence.ipynb"]


STORES = ["fresh", "existing"]


@pytest.fixture
def store_mode(request, corpus_store, monkeypatch):
    """fresh: the notebook ingests the bundled corpus; existing: TECHPACT_STORE names the suite's corpus store,
    which the notebook must open read-only without ingesting (its graphs are checked unchanged after)."""
    if request.param == "fresh":
        monkeypatch.delenv("TECHPACT_STORE", raising=False)
        yield "fresh"
        return
    monkeypatch.setenv("TECHPACT_STORE", str(corpus_store))
    with Store(corpus_store, read_only=True) as store:
        before = store.graph_fingerprints()
    yield "existing"
    with Store(corpus_store, read_only=True) as store:
        assert store.graph_fingerprints() == before


def check_store_opening(text: str, mode: str) -> None:
    if mode == "fresh":
        assert "13 documents loaded" in text and "opened the existing store" not in text
    else:
        assert "opened the existing store" in text and "13 documents" in text and "documents loaded" not in text


@pytest.mark.slow
@pytest.mark.parametrize("store_mode", STORES, indirect=True)
def test_explore_notebook_runs_and_shows_the_map(store_mode, corpus_store, tmp_path):
    notebook = execute("01-explore.ipynb", tmp_path)
    text = outputs(notebook)
    check_store_opening(text, store_mode)
    assert "alliances view" in text
    html = [o for c in notebook.cells for o in c.get("outputs", []) if "text/html" in o.get("data", {})]
    assert len(html) >= 3 and "srcdoc" in html[-1]["data"]["text/html"]
    assert any("<table" in o["data"]["text/html"] and "agreements" in o["data"]["text/html"] for o in html[:-2])
    assert "DataFrame" in text
    with Store(corpus_store, read_only=True) as store:
        ai_full = build_map_graph(read_map_data(store), "full", MapFilter(sectors=("ai",)))
    assert f"pyvis: {len(ai_full.nodes)} nodes, {len(ai_full.edges)} edges" in text
    assert "https://cdn" not in html[-1]["data"]["text/html"]
    images = [o for c in notebook.cells for o in c.get("outputs", []) if "image/png" in o.get("data", {})]
    assert images


@pytest.mark.slow
@pytest.mark.parametrize("store_mode", STORES, indirect=True)
def test_evidence_notebook_checks_offsets_against_the_source(store_mode, tmp_path):
    text = outputs(execute("03-evidence.ipynb", tmp_path))
    check_store_opening(text, store_mode)
    assert "[[Washington and Tokyo launched a partnership" in text


@pytest.mark.slow
def test_notebooks_ingest_when_techpact_store_holds_no_store(monkeypatch, tmp_path):
    monkeypatch.setenv("TECHPACT_STORE", str(tmp_path / "nothing-here"))
    text = outputs(execute("03-evidence.ipynb", tmp_path))
    assert "no techpact store here" in text and "ingesting into a scratch store instead" in text
    assert "13 documents loaded" in text
    assert not (tmp_path / "nothing-here").exists()


@pytest.mark.neo4j
@pytest.mark.slow
@pytest.mark.parametrize("store_mode", STORES, indirect=True)
def test_neo4j_notebook_syncs_and_both_languages_agree(store_mode, neo4j_sync, neo4j_connection, corpus_store, tmp_path,
                                                       monkeypatch):
    monkeypatch.setenv("NEO4J_URI", neo4j_connection["uri"])
    monkeypatch.setenv("NEO4J_USER", neo4j_connection["user"])
    monkeypatch.setenv("NEO4J_PASSWORD", neo4j_connection["password"])
    text = outputs(execute("02-neo4j.ipynb", tmp_path))
    check_store_opening(text, store_mode)
    assert "second sync sent 0 graphs" in text
    assert text.count("equal: True") == 5 and "equal: False" not in text
    assert neo4j_connection["password"] not in text
    labels, _ = neo4j_sync.counts()
    with Store(corpus_store, read_only=True) as store:  # the same bundled corpus, ingested by the suite
        [(stored,)] = store.query("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { GRAPH ?g { ?a a tp:Agreement } }").rows
    assert labels["Agreement"] == int(stored) > 10
