"""Checks a query must pass before the endpoint runs it: nesting depth, and no way out to the network.

The nesting check is a cheap scan made before any parser sees the query. The SERVICE check is
made on the query parsed by rdflib's SPARQL 1.1 grammar: a query rdflib cannot parse is not run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

MAX_NESTING = 200
_IRI = re.compile(r'<[^<>"{}|^`\\\x00-\x20]*>')
_OPEN, _CLOSE = "{([", "})]"


@dataclass(frozen=True)
class Refusal:
    """Why a query is not run: an HTTP status and a one-line reason."""

    status: int
    reason: str


def nesting_depth(query: str) -> int:
    """The deepest nesting of braces, parentheses and brackets outside strings, IRIs and comments."""
    depth = deepest = 0
    i, n = 0, len(query)
    while i < n:
        char = query[i]
        if char in "'\"":
            quote = query[i:i + 3] if query[i:i + 3] in ("'''", '"""') else char
            i += len(quote)
            while i < n and not query.startswith(quote, i):
                i += 2 if query[i] == "\\" else 1
            i += len(quote)
            continue
        if char == "<":
            iri = _IRI.match(query, i)
            if iri:
                i = iri.end()
                continue
        elif char == "#":
            end = query.find("\n", i)
            i = n if end < 0 else end + 1
            continue
        elif char in _OPEN:
            depth += 1
            deepest = max(deepest, depth)
        elif char in _CLOSE:
            depth = max(0, depth - 1)
        i += 1
    return deepest


def check_nesting(query: str) -> Refusal | None:
    """A 400 refusal when the query nests deeper than MAX_NESTING (checked before parsing)."""
    depth = nesting_depth(query)
    if depth > MAX_NESTING:
        return Refusal(400, f"query refused: nested {depth} levels deep, the limit is {MAX_NESTING}")
    return None


def _mentions_service(node) -> bool:
    from rdflib.plugins.sparql.parserutils import CompValue

    if isinstance(node, CompValue):
        if node.name == "ServiceGraphPattern":
            return True
        return any(_mentions_service(value) for value in node.values())
    if isinstance(node, (list, tuple)) or type(node).__name__ == "ParseResults":
        return any(_mentions_service(item) for item in node)
    return False


@lru_cache(maxsize=512)
def check_query(query: str) -> Refusal | None:
    """Parse the query (SPARQL 1.1); a refusal for updates, syntax errors and SERVICE, else None."""
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    refused = check_nesting(query)
    if refused:
        return refused
    try:
        parsed = parseQuery(query)
    except ParseException as err:
        try:
            parseUpdate(query)
        except (ParseException, RecursionError, ValueError):
            return Refusal(400, f"SPARQL syntax error: {str(err).splitlines()[0][:300]}")
        return Refusal(403, "this endpoint is read-only: SPARQL updates are refused")
    except RecursionError:
        return Refusal(400, "query refused: too deeply nested to parse")
    if _mentions_service(parsed):
        return Refusal(403, "SERVICE is refused: this endpoint never sends requests to other services")
    return None
