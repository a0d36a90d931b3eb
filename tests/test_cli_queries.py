"""Library queries from the CLI: parameters checked against the header, names checked against the library,
and no string argument ending in a traceback."""

from __future__ import annotations

import json
import string

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from techpact.cli import main
from techpact.queries import list_queries, load_query

LOCAL_NEO4J = ["--uri", "bolt://127.0.0.1:1", "--password", "unused"]  # refused before any connection is tried


def run(*args, **kwargs):
    return CliRunner().invoke(main, list(args), **kwargs)


@pytest.mark.parametrize("command", [["ask", "state-partners"], ["sparql", "state-partners"],
                                     ["ask", "state-partners", "--engine", "cypher", *LOCAL_NEO4J],
                                     ["cypher", "state-partners", *LOCAL_NEO4J]])
def test_cli_queries_missing_parameter_is_refused_with_usage(corpus_store, command):
    result = run(*command, "--store", str(corpus_store)) if command[0] != "cypher" else run(*command)
    assert result.exit_code == 1, result.output
    [line] = result.output.strip().splitlines()
    assert line.startswith("Error: state-partners needs --param state=")
    assert "takes state (ISO 3166-1 alpha-3 code" in line and "Example: techpact" in line and "--param state=RUS" in line


@pytest.mark.parametrize("command", [["ask", "state-partners"], ["sparql", "state-partners"],
                                     ["cypher", "state-partners", *LOCAL_NEO4J]])
def test_cli_queries_unknown_parameter_is_refused_with_usage(corpus_store, command):
    store = ["--store", str(corpus_store)] if command[0] != "cypher" else []
    result = run(*command, "--param", "country=CHN", *store)
    assert result.exit_code == 1, result.output
    [line] = result.output.strip().splitlines()
    assert line.startswith("Error: state-partners has no parameter 'country'; state-partners takes state (")


def test_cli_queries_optional_parameter_may_be_left_out_or_given(corpus_store):
    left_out = run("ask", "newest-agreements", "--store", str(corpus_store), "--format", "json")
    given_ = run("ask", "newest-agreements", "--param", "minConfidence=0.99", "--store", str(corpus_store), "--format", "json")
    assert left_out.exit_code == 0 and given_.exit_code == 0, left_out.output + given_.output
    assert len(json.loads(left_out.output)) > len(json.loads(given_.output))
    bad = run("ask", "newest-agreements", "--param", "minConfidence=lots", "--store", str(corpus_store))
    assert bad.exit_code == 1 and "--param minConfidence: expected a number from 0 to 1" in bad.output


@pytest.mark.parametrize("name", list_queries())
def test_cli_queries_every_library_header_declares_its_example_parameters(name):
    from techpact.queries.params import declared_parameters

    for engine in ("sparql", "cypher"):
        query = load_query(name, engine)
        declared = {p.name for p in declared_parameters(query)}
        required = {p.name for p in declared_parameters(query) if not p.optional}
        assert required <= set(query.example_params) <= declared, (name, engine, query.example)


@pytest.mark.parametrize("command", [["sparql", "state-partner"], ["ask", "state-partner"]])
def test_cli_queries_misspelt_library_name_suggests_the_nearest(corpus_store, command):
    result = run(*command, "--param", "state=RUS", "--store", str(corpus_store))
    assert result.exit_code == 1, result.output
    [line] = result.output.strip().splitlines()
    assert "no query named 'state-partner'" in line or "no library query named 'state-partner'" in line
    assert "did you mean state-partners" in line and "WHERE" not in line


def test_cli_queries_long_one_line_query_is_text_not_a_path(corpus_store):
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o " + " " * 400 + "}"
    result = run("sparql", query, "--store", str(corpus_store), "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)[0]["n"] > 1000


TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=300) | st.sampled_from(
    ["", "-", "--", "=", "x" * 5000, "a\x00b", "state-partner", "SELECT * WHERE {", "ai", "CHN", "../..", "%s{}"])
SAFE_PATH_CHARS = st.text(st.sampled_from(string.ascii_letters + string.digits + " -_\x00é{}%*?[]"), min_size=1, max_size=300)


def _no_traceback(result) -> None:
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code in (0, 1, 2) and "Traceback" not in result.output


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=TEXT, slot=st.integers(0, 10))
@example(value="a\x00b", slot=10)
@example(value="SELECT * WHERE { ?s ?p ?o } #" + "y" * 300, slot=0)
@example(value="a\x00b", slot=0)
@example(value="y" * 300, slot=3)
def test_cli_queries_no_string_argument_ends_in_a_traceback(corpus_store, tmp_path, value, slot):
    store = ["--store", str(corpus_store)]
    out = str(tmp_path / "m.html")
    argv = [
        ["sparql", value, *store],
        ["sparql", "state-partners", "--param", f"state={value}", *store],
        ["sparql", "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "--param", value, *store],
        ["ask", value, *store],
        ["ask", "sector-partners", "--param", f"sector={value}", *store],
        ["map", "-o", out, "--focus", value, *store],
        ["map", "-o", out, "--sector", value, "--bloc", value, *store],
        ["map", "-o", out, "--since", value, *store],
        ["cypher", value, *LOCAL_NEO4J],
        ["codes", value],
        ["export", "--store", f"{tmp_path}/{value}"],
    ][slot]
    _no_traceback(run(*argv))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=SAFE_PATH_CHARS.filter(lambda n: n.strip(". ") != ""), pattern=TEXT)
@example(name="a\x00b", pattern="*")
def test_cli_queries_no_ingest_path_or_glob_ends_in_a_traceback(tmp_path, name, pattern):
    empty = tmp_path / "empty"
    empty.mkdir(exist_ok=True)
    result = run("ingest", f"{empty}/{name}", "--exclude", pattern, "--store", str(tmp_path / "store"))
    _no_traceback(result)
    assert result.exit_code in (1, 2) and not (tmp_path / "store").exists()
