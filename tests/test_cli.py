from __future__ import annotations

import json

from click.testing import CliRunner
from rdflib import Dataset, Literal, Namespace
from rdflib.namespace import DCTERMS

from techpact.cli import main

TP = Namespace("https://w3id.org/techpact/ontology#")
ID = Namespace("https://w3id.org/techpact/id/")


def run(*args, env=None):
    result = CliRunner().invoke(main, list(args), env=env)
    return result


SEED_FACTS = """
SELECT ?kind ?status (GROUP_CONCAT(DISTINCT ?code; separator=",") AS ?parties) ?evidence WHERE {
  GRAPH ?doc {
    ?doc a tp:Document ; dcterms:source ?source .
    ?agreement tp:kind ?kind ; tp:status ?status ; tp:party ?p ; tp:evidence/tp:text ?evidence .
  }
  BIND(REPLACE(STR(?p), "^.*/", "") AS ?code)
} GROUP BY ?agreement ?kind ?status ?evidence
"""


def test_cli_ingest_then_export_trig_holds_seed_facts_in_document_graph(tmp_path, seed_file):
    store = str(tmp_path / "s")
    result = run("ingest", str(seed_file), "--store", store)
    assert result.exit_code == 0, result.output
    assert "1 added" in result.output and "agreements" in result.output
    out = tmp_path / "x.trig"
    assert run("export", "--store", store, "--format", "trig", "-o", str(out)).exit_code == 0
    dataset = Dataset()
    dataset.parse(out, format="trig")
    [doc_graph] = [g for g in dataset.graphs() if str(g.identifier).startswith(str(ID["doc/"]))]
    doc = doc_graph.identifier
    assert (doc, DCTERMS.source, Literal(str(seed_file))) in doc_graph
    mentioned = {str(o).rsplit("/", 1)[-1] for o in doc_graph.objects(doc, TP.mentions)}
    assert {"RUS", "IRN", "IND", "SCO"} <= mentioned
    facts = {(str(k), str(s), frozenset(str(p).split(","))) for k, s, p, _ in dataset.query(
        SEED_FACTS, initNs={"tp": TP, "dcterms": DCTERMS})}
    assert ("mou", "signed", frozenset({"RUS", "IRN"})) in facts
    assert any(s == "proposed" and p == frozenset({"RUS", "IND"}) for _, s, p in facts)
    assert any(s == "proposed" and p == frozenset({"IRN", "SCO"}) for _, s, p in facts)
    members = {(str(s).rsplit("/", 1)[-1], str(o).rsplit("/", 1)[-1]) for s, o in doc_graph.subject_objects(TP.memberOf)}
    assert members == {("IRN", "SCO"), ("RUS", "SCO"), ("IND", "SCO")}
    sectors = {str(o).rsplit("/", 1)[-1] for a in doc_graph.subjects(TP.kind, Literal("mou"))
               for o in doc_graph.objects(a, TP.sector)}
    assert {"ai", "blockchain", "cybersecurity", "fintech", "data", "egov", "smart-cities"} <= sectors


def test_cli_export_formats_parse(tmp_path, seed_file):
    store = str(tmp_path / "s")
    run("ingest", str(seed_file), "--store", store)
    for fmt, rdflib_format in (("nquads", "nquads"), ("turtle", "turtle"), ("jsonld", "json-ld")):
        out = tmp_path / f"x.{fmt}"
        result = run("export", "--store", store, "--format", fmt, "-o", str(out), "--no-reference")
        assert result.exit_code == 0, result.output
        graph = Dataset()
        graph.parse(out, format=rdflib_format)
        assert len(graph) > 0 or sum(len(g) for g in graph.graphs()) > 50


def test_cli_sparql_library_query_with_param_as_json(tmp_path, seed_file):
    store = str(tmp_path / "s")
    run("ingest", str(seed_file), "--store", store)
    result = run("sparql", "state-partners", "--param", "state=RUS", "--store", store, "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert {row["partner"] for row in rows} == {"IRN", "IND"}


def test_cli_user_mistakes_are_one_line_errors(tmp_path, seed_file):
    store = str(tmp_path / "s")
    run("ingest", str(seed_file), "--store", store)
    result = run("sparql", "SELECT * WHERE {", "--store", store)
    assert result.exit_code == 1 and result.output.startswith("Error: SPARQL syntax error")
    assert len(result.output.strip().splitlines()) == 1
    result = run("sparql", "SELECT * WHERE { ?s ?p ?o }", "--store", str(tmp_path / "none"))
    assert result.exit_code == 1 and "no techpact store here" in result.output
    result = run("ingest", str(tmp_path / "missing.txt"), "--store", store)
    assert result.exit_code == 1 and "no document could be loaded" in result.output
    result = run("sparql", "x", "--param", "novalue", "--store", store)
    assert result.exit_code == 2 and "NAME=VALUE" in result.output


def test_cli_store_from_environment_variable(tmp_path, seed_file):
    env = {"TECHPACT_STORE": str(tmp_path / "env-store")}
    assert run("ingest", str(seed_file), env=env).exit_code == 0
    assert (tmp_path / "env-store" / "oxigraph").is_dir()


def test_cli_validate_conforms_on_seed(tmp_path, seed_file):
    store = str(tmp_path / "s")
    run("ingest", str(seed_file), "--store", store)
    result = run("validate", "--store", store)
    assert result.exit_code == 0 and "conforms" in result.output


def test_cli_demo_writes_graph_and_map_and_answers(tmp_path):
    result = run("demo", "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "graph.trig").stat().st_size > 10_000
    assert (tmp_path / "out" / "map.html").stat().st_size > 100_000
    assert (tmp_path / "out" / "map-full.html").stat().st_size > 100_000
    assert "alliance view" in result.output and "Top-5 central" in result.output
    assert "Who cooperates with whom in AI?" in result.output and "SCO members" in result.output
    assert "Documents: 13 added" in result.output


def test_cli_every_command_has_help():
    for name, command in main.commands.items():
        assert command.help, name


def test_cli_check_memberships_reports_text_that_contradicts_reference(tmp_path):
    doc = tmp_path / "claim.txt"
    doc.write_text("Mexico, a member of the SCO along with Russia, called for closer ties.")
    store = str(tmp_path / "s")
    run("ingest", str(doc), "--store", store)
    result = run("check-memberships", "--store", store, "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert [(r["state"], r["bloc"]) for r in rows] == [("MEX", "SCO")], "Russia is an SCO member: no dispute"
    assert rows[0]["evidence"].startswith("Mexico, a member of the SCO") and rows[0]["source"] == str(doc)
