"""One query's answer in the format asked for, refused when it is not allowed or has too many rows."""

from __future__ import annotations

import itertools
import json

import pyoxigraph as ox
from rdflib.namespace import RDF, XSD

from techpact.errors import TechpactError

_FORMATS = [
    ("application/sparql-results+json", ox.QueryResultsFormat.JSON),
    ("application/json", ox.QueryResultsFormat.JSON),
    ("application/sparql-results+xml", ox.QueryResultsFormat.XML),
    ("application/xml", ox.QueryResultsFormat.XML),
    ("text/csv", ox.QueryResultsFormat.CSV),
    ("text/tab-separated-values", ox.QueryResultsFormat.TSV),
]
_GRAPH_FORMATS = [("text/turtle", ox.RdfFormat.TURTLE), ("application/n-triples", ox.RdfFormat.N_TRIPLES)]
_PLAIN = {str(XSD.string), str(RDF.langString)}


class ResultTooLarge(TechpactError):
    """A query's result has more rows than the server answers."""


def answer(store, query: str, accept: str, max_rows: int) -> tuple[int, str, bytes]:
    """Status, media type and body answering one query over a read-only store."""
    from techpact.serve.guard import check_query

    refused = check_query(query)
    if refused:
        return refused.status, "text/plain", (refused.reason + "\n").encode()
    try:
        result = store.query_results(query)
        if isinstance(result, ox.QueryTriples):
            media, fmt = next(((m, f) for m, f in _GRAPH_FORMATS if m in accept), _GRAPH_FORMATS[0])
            return 200, media, ox.serialize(_at_most(result, max_rows), format=fmt)
        media, fmt = next(((m, f) for m, f in _FORMATS if m in accept), _FORMATS[0])
        if isinstance(result, ox.QueryBoolean):
            return 200, media, result.serialize(format=fmt)
        data = _json_results(result, _at_most(result, max_rows))
        if fmt == ox.QueryResultsFormat.JSON:
            return 200, media, data
        return 200, media, ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON).serialize(format=fmt)
    except SyntaxError as err:
        return 400, "text/plain", f"SPARQL syntax error: {str(err).splitlines()[0][:300]}\n".encode()
    except OSError as err:
        return 500, "text/plain", f"query failed: {str(err).splitlines()[0][:300]}\n".encode()


def _at_most(rows, max_rows: int) -> list:
    """The rows, read lazily; past max_rows the evaluation stops and ResultTooLarge is raised."""
    taken = list(itertools.islice(rows, max_rows + 1))
    if len(taken) > max_rows:
        raise ResultTooLarge(f"more than {max_rows} rows")
    return taken


def _json_results(result: ox.QuerySolutions, rows: list) -> bytes:
    names = [variable.value for variable in result.variables]
    bindings = []
    for row in rows:
        binding = {}
        for name in names:
            term = row[name]
            if term is not None:
                binding[name] = _json_term(term)
        bindings.append(binding)
    return json.dumps({"head": {"vars": names}, "results": {"bindings": bindings}}, ensure_ascii=False).encode()


def _json_term(term) -> dict:
    """A term in the SPARQL 1.1 JSON results format."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Triple):
        return {"type": "triple", "value": {"subject": _json_term(term.subject),
                                            "predicate": _json_term(term.predicate),
                                            "object": _json_term(term.object)}}
    found = {"type": "literal", "value": term.value}
    if term.language:
        found["xml:lang"] = term.language
    elif term.datatype.value not in _PLAIN:
        found["datatype"] = term.datatype.value
    return found
