"""The notebooks run top to bottom in a real kernel; 02 against the real Neo4j."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from jupyter_client.manager import KernelManager
from nbclient import NotebookClient

from techpact.graph.store import Store

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


@pytest.mark.slow
def test_explore_notebook_runs_and_shows_the_map(tmp_path):
    notebook = execute("01-explore.ipynb", tmp_path)
    text = outputs(notebook)
    assert "13 documents loaded" in text and "alliances view" in text
    html = [o for c in notebook.cells for o in c.get("outputs", []) if "text/html" in o.get("data", {})]
    assert html and "srcdoc" in html[0]["data"]["text/html"]
    images = [o for c in notebook.cells for o in c.get("outputs", []) if "image/png" in o.get("data", {})]
    assert images


@pytest.mark.slow
def test_evidence_notebook_checks_offsets_against_the_source(tmp_path):
    text = outputs(execute("03-evidence.ipynb", tmp_path))
    assert "[[Washington and Tokyo launched a partnership" in text


@pytest.mark.neo4j
@pytest.mark.slow
def test_neo4j_notebook_syncs_and_both_languages_agree(neo4j_sync, neo4j_connection, corpus_store, tmp_path, monkeypatch):
    monkeypatch.setenv("NEO4J_URI", neo4j_connection["uri"])
    monkeypatch.setenv("NEO4J_USER", neo4j_connection["user"])
    monkeypatch.setenv("NEO4J_PASSWORD", neo4j_connection["password"])
    text = outputs(execute("02-neo4j.ipynb", tmp_path))
    assert "second sync sent 0 graphs" in text
    assert text.count("equal: True") == 5 and "equal: False" not in text
    assert neo4j_connection["password"] not in text
    labels, _ = neo4j_sync.counts()
    with Store(corpus_store, read_only=True) as store:  # the same bundled corpus, ingested by the suite
        [(stored,)] = store.query("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { GRAPH ?g { ?a a tp:Agreement } }").rows
    assert labels["Agreement"] == int(stored) > 10
