"""The analyst query library: NAME.rq (SPARQL) and NAME.cypher side by side, read as package data;
and internal/NAME.rq, the queries the library itself runs."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from techpact.errors import QueryError

_EXTENSIONS = {"sparql": ".rq", "cypher": ".cypher"}


@dataclass(frozen=True)
class NamedQuery:
    """One query of the library with its header."""

    name: str
    engine: str
    text: str
    question: str
    parameters: str
    example: str
    optional: str = ""

    @property
    def optional_names(self) -> list[str]:
        """Names of the parameters the query may leave unbound (the header's optional: line)."""
        return optional_parameters(self.text)

    @property
    def example_params(self) -> dict[str, str]:
        """The --param values of the header's example."""
        return dict(re.findall(r"--param\s+(\w+)=(\S+)", self.example))


@lru_cache(maxsize=None)
def internal_query(name: str) -> str:
    """The text of a query the library itself runs (queries/internal/NAME.rq, header comment included)."""
    path = resources.files("techpact.queries").joinpath("internal", name + ".rq")
    if not path.is_file():
        raise QueryError(f"no internal query named {name!r}")
    return path.read_text(encoding="utf-8")


def optional_parameters(text: str) -> list[str]:
    """Names a query's header declares optional ("optional: minConfidence (...)"), which may be left unbound."""
    header = re.search(r"^(?:#|//)\s*optional:\s*(.*)$", text, re.M)
    return re.findall(r"(\w+)\s*\(", header.group(1)) if header else []


def list_queries() -> list[str]:
    """Names of every query in the library."""
    files = resources.files("techpact.queries")
    return sorted({entry.name.rsplit(".", 1)[0] for entry in files.iterdir() if entry.name.endswith((".rq", ".cypher"))})


def load_query(name: str, engine: str = "sparql") -> NamedQuery:
    """A query of the library by name, for 'sparql' or 'cypher'."""
    if engine not in _EXTENSIONS or not re.fullmatch(r"[a-z0-9-]+", name):
        raise QueryError(f"no query named {name!r} for {engine}")
    path = resources.files("techpact.queries").joinpath(name + _EXTENSIONS[engine])
    if name not in list_queries() or not path.is_file():  # listed first: a long name is no path to try
        import difflib

        near = difflib.get_close_matches(name, list_queries(), n=3, cutoff=0.5)
        hint = f"did you mean {' or '.join(near)}?" if near else f"available: {', '.join(list_queries())}"
        raise QueryError(f"no query named {name!r} for {engine}; {hint}")
    text = path.read_text(encoding="utf-8")
    header = dict(re.findall(r"^(?:#|//)\s*(question|parameters|optional|example):\s*(.*)$", text, re.M))
    return NamedQuery(name, engine, text, header.get("question", ""), header.get("parameters", ""), header.get("example", ""),
                      header.get("optional", ""))
