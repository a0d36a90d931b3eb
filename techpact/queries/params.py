"""The parameters a library query declares in its header, checked and resolved before it runs:
a missing or unknown one is refused with the query's usage, and states, blocs and sectors given
by name become the codes the graph holds."""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass

from techpact.errors import QueryError, UnknownCodeError
from techpact.queries import NamedQuery, list_queries, load_query

_GROUP = re.compile(r"([A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)*)\s*\(([^()]*)\)")
_NAME_LIKE = re.compile(r"[\w.-]+")


@dataclass(frozen=True)
class Parameter:
    """One parameter of a library query, as its header declares it."""

    name: str
    description: str
    optional: bool

    @property
    def resolver(self) -> Callable[[str], str] | None:
        """What turns a typed value into the graph's code (None: the value is used as given)."""
        from techpact.ontology import lookup

        text = self.description.lower()
        if "alpha-3" in text:
            return lookup.resolve_state
        if "bloc code" in text:
            return lookup.resolve_bloc
        if "sector code" in text:
            return lookup.resolve_sector
        if "0–1" in text or "0-1" in text:
            return _fraction
        return None


def _fraction(text: str) -> str:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 <= value <= 1:
        raise QueryError(f"expected a number from 0 to 1, not {text!r}")
    return text.strip()


def _groups(line: str, optional: bool) -> list[Parameter]:
    return [Parameter(name.strip(), description.strip(), optional)
            for names, description in _GROUP.findall(line) for name in names.split(",")]


def declared_parameters(query: NamedQuery) -> list[Parameter]:
    """The parameters of a library query: required ones first, then the optional ones."""
    return _groups(query.parameters, False) + _groups(query.optional, True)


def usage(query: NamedQuery) -> str:
    """One line saying which parameters a query takes, and an example."""
    params = declared_parameters(query)
    required = [p for p in params if not p.optional]
    optional = [p for p in params if p.optional]
    takes = f"takes {query.parameters}" if required else "takes no parameter"
    if optional:
        takes += f"; optional: {query.optional}"
    return f"{query.name} {takes}. Example: {query.example}" if query.example else f"{query.name} {takes}"


def bind_parameters(query: NamedQuery, given: dict[str, str]) -> dict[str, str]:
    """The values to bind for a library query: every required one present, no unknown one, codes resolved."""
    params = {p.name: p for p in declared_parameters(query)}
    unknown = [name for name in given if name not in params]
    if unknown:
        raise QueryError(f"{query.name} has no parameter {unknown[0]!r}; {usage(query)}")
    missing = [name for name, p in params.items() if not p.optional and name not in given]
    if missing:
        raise QueryError(f"{query.name} needs --param {missing[0]}=…; {usage(query)}")
    bound = {}
    for name, value in given.items():
        resolver = params[name].resolver
        try:
            bound[name] = resolver(value) if resolver else value
        except (QueryError, UnknownCodeError) as err:
            raise QueryError(f"--param {name}: {err}") from None
    return bound


def closest_queries(name: str) -> list[str]:
    """Library query names that look like name (for a 'did you mean')."""
    return difflib.get_close_matches(name, list_queries(), n=3, cutoff=0.5)


def prepare_query(text: str, engine: str, given: dict[str, str]) -> tuple[str, dict[str, str]]:
    """The query text and bound values for a library name (checked) or a query text (as given)."""
    if text in list_queries():
        query = load_query(text, engine)
        return query.text, bind_parameters(query, given)
    if _NAME_LIKE.fullmatch(text):
        if text.endswith((".rq", ".sparql", ".cypher", ".cql")):
            raise QueryError(f"no such query file: {text!r}")
        near = closest_queries(text)
        hint = f"; did you mean {' or '.join(near)}?" if near else " (techpact ask --list lists them)"
        raise QueryError(f"no library query named {text!r}{hint}")
    return text, given
