"""Packaging: every third-party module the package imports is declared, and a plain install ingests every format."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest

from tests.test_hostile_input import minimal_pdf

REPO = Path(__file__).resolve().parents[1]


def _names(specs: list[str]) -> set[str]:
    return {re.split(r"[<>=!~;\[ ]", spec, maxsplit=1)[0].lower().replace("_", "-") for spec in specs}


def declared_distributions() -> set[str]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    return _names(project["dependencies"])


def optional_distributions() -> set[str]:
    """Distributions of the user-facing extras (dask), not of dev or bench."""
    extras = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["optional-dependencies"]
    return {name for extra, specs in extras.items() if extra not in ("dev", "bench") for name in _names(specs)}


def imported_top_level_modules() -> dict[str, tuple[str, bool]]:
    """Third-party module -> (where it is first imported, whether any import of it is at module level)."""
    found: dict[str, tuple[str, bool]] = {}
    for path in sorted((REPO / "techpact").rglob("*.py")):
        tree = ast.parse(path.read_text(), str(path))
        in_functions = {id(inner) for node in ast.walk(tree) if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
                        for inner in ast.walk(node)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                if top != "techpact" and top not in sys.stdlib_module_names:
                    where, eager = found.get(top, (str(path.relative_to(REPO)), False))
                    found[top] = (where, eager or id(node) not in in_functions)
    return found


def test_packaging_every_runtime_import_is_declared():
    """A module is a runtime dependency, or comes with the notebooks extra and is imported only where it is used
    (a function that says which extra to install when it is missing)."""
    owners = packages_distributions()
    declared, optional = declared_distributions(), optional_distributions()
    missing = []
    for module, (where, eager) in imported_top_level_modules().items():
        distributions = {d.lower().replace("_", "-") for d in owners.get(module, [module])}
        if not distributions & declared and (eager or not distributions & optional):
            missing.append(f"{module} (imported in {where}; from {', '.join(sorted(distributions))})")
    assert missing == []


def test_packaging_an_optional_extra_is_imported_only_inside_functions():
    found = imported_top_level_modules()
    assert "distributed" in found and found["distributed"][1] is False, found.get("distributed")


def test_packaging_declares_lxml_html_clean_for_trafilatura():
    assert "lxml-html-clean" in declared_distributions()


RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>Egypt and Kenya</title><link>https://example.org/rss/1</link><pubDate>Tue, 04 Mar 2025 10:00:00 GMT</pubDate>
<description>Egypt and Kenya signed a memorandum of understanding on cybersecurity.</description></item></channel></rss>"""
ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
<id>urn:wire</id><updated>2025-03-05T10:00:00Z</updated><entry><title>Chile and Peru</title><id>urn:wire:1</id>
<updated>2025-03-05T10:00:00Z</updated><link href="https://example.org/atom/1"/>
<summary>Chile and Peru signed an agreement on critical minerals.</summary></entry></feed>"""


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_packaging_plain_install_without_extras_ingests_every_format(tmp_path):
    source = tmp_path / "src"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(REPO / name, source / name)
    shutil.copytree(REPO / "techpact", source / "techpact", ignore=shutil.ignore_patterns("__pycache__"))
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    install = subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "-q", "--disable-pip-version-check",
                              str(source)], capture_output=True, text=True)
    assert install.returncode == 0, install.stderr[-2000:]
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    examples = REPO / "techpact" / "examples" / "corpus"
    for example in ("01-india-uae-digital.txt", "02-us-japan-chips.md", "03-china-brazil-space.html",
                    "05-brics-payments.jsonl", "06-quad-critical-tech.json"):
        shutil.copy(examples / example, corpus / example)
    (corpus / "wire.rss").write_text(RSS)
    (corpus / "wire.atom").write_text(ATOM)
    (corpus / "report.pdf").write_bytes(minimal_pdf("Ghana and Nigeria signed a memorandum on artificial intelligence."))
    run = subprocess.run([str(venv / "bin" / "techpact"), "ingest", str(corpus), "--store", str(tmp_path / "store")],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "skipped" not in run.stderr and "Traceback" not in run.stderr, run.stderr
    added = int(re.search(r"Documents: (\d+) added", run.stdout).group(1))
    jsonl_records = sum(1 for line in (corpus / "05-brics-payments.jsonl").read_text().splitlines() if line.strip())
    assert added >= 7 + jsonl_records, run.stdout


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_packaging_build_prints_no_setuptools_deprecation(tmp_path):
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-v", "--disable-pip-version-check",
                            "-w", str(tmp_path), str(REPO)], capture_output=True, text=True, cwd=tmp_path)
    assert build.returncode == 0, build.stderr[-2000:]
    log = build.stdout + build.stderr
    assert "Deprecat" not in log and "project.license" not in log, [line for line in log.splitlines() if "eprecat" in line]
    assert 'license = "MIT"' in (REPO / "pyproject.toml").read_text()
