"""The house rules, enforced: one source for the vocabulary, queries as files, IRIs only in
ontology/, small modules, one error base."""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import re
from pathlib import Path

import techpact
from techpact.errors import TechpactError
from techpact.ontology import vocabulary

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "techpact"
MODULES = sorted(p for p in PACKAGE.rglob("*.py"))
SCANNED = MODULES + sorted((ROOT / "benchmarks").glob("*.py"))
NOT_YET: set[Path] = set()  # every module follows the rules
SPARQL = re.compile(r"\b(?:SELECT|ASK|CONSTRUCT|DESCRIBE)\b[\s\S]*\bWHERE\s*\{|\bPREFIX\s+\w*:\s*<", re.I)
CYPHER = re.compile(r"\b(?:MATCH|MERGE|UNWIND)\b.*\b(?:RETURN|SET|DELETE|CREATE)\b|\bCREATE (?:CONSTRAINT|INDEX)\b")
CYPHER_WRITERS = {PACKAGE / "neo4j" / "sync.py", PACKAGE / "neo4j" / "bulk.py"}  # the sync writers generate their Cypher
IRI = re.compile(r"^(?:https?://[\w-]+\.[\w.-]+/|urn:\w+:)")


def _strings(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef))
                  and node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            yield node


def _vocabulary_lists(path: Path, codes: set[str]):
    """Collections literally spelling two or more kinds or statuses (rank maps included)."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
            items = node.elts
        elif isinstance(node, ast.Dict) and all(isinstance(v, ast.Constant) for v in node.values):
            items = node.keys
        else:
            continue
        spelled = [e.value for e in items if isinstance(e, ast.Constant) and e.value in codes]
        if len(spelled) >= 2:
            yield node.lineno, spelled


def test_layout_no_kind_or_status_list_outside_the_ontology():
    codes = set(vocabulary.KINDS) | set(vocabulary.STATUSES)
    found = [f"{path.relative_to(ROOT)}:{line} {spelled}" for path in SCANNED
             if PACKAGE / "ontology" not in path.parents for line, spelled in _vocabulary_lists(path, codes)]
    assert not found, "kinds and statuses come from techpact.ontology.vocabulary:\n" + "\n".join(found)


def test_layout_no_inline_sparql_and_cypher_only_in_the_sync_writer():
    found = []
    for path in MODULES:
        if path in NOT_YET:
            continue
        for node in _strings(path):
            if SPARQL.search(node.value):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} SPARQL")
            if CYPHER.search(node.value) and path not in CYPHER_WRITERS:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} Cypher")
    assert not found, "queries belong in techpact/queries/ (internal/ for the code's own):\n" + "\n".join(found)


def test_layout_no_iri_string_outside_the_ontology():
    found = [f"{path.relative_to(ROOT)}:{node.lineno} {node.value[:60]}" for path in MODULES
             if PACKAGE / "ontology" not in path.parents and path not in NOT_YET
             for node in _strings(path) if IRI.match(node.value)]
    assert found == [f"techpact/graph/iris.py:{_line('graph/iris.py', 'urn:techpact:sync-in-progress')} "
                     "urn:techpact:sync-in-progress"], "\n".join(found)


def _line(relative: str, text: str) -> int:
    lines = (PACKAGE / relative).read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if text in line)


def test_layout_no_module_above_400_lines():
    long = {str(p.relative_to(ROOT)): n for p in MODULES if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400}
    assert not long, long


def test_layout_every_library_error_derives_from_techpact_error():
    strays = []
    for info in pkgutil.walk_packages(techpact.__path__, "techpact."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if (inspect.isclass(value) and issubclass(value, BaseException) and value.__module__ == info.name
                    and not issubclass(value, TechpactError)):
                strays.append(f"{info.name}.{name}")
    assert not strays, strays
