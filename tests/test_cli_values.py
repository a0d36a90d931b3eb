"""Values as a person types them: states, blocs and sectors by code or name, the lists of codes, the legend's words."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from techpact.cli import main
from techpact.graph.store import Store
from techpact.maps.page import legend_html
from techpact.maps.data import read_map_data
from techpact.maps.views import build_map_graph


def run(*args):
    return CliRunner().invoke(main, list(args))


@pytest.mark.parametrize("value", ["RUS", "rus", "Russia", "russian", "Russian Federation"])
def test_cli_values_state_parameter_resolved_by_code_name_or_demonym(corpus_store, value):
    result = run("ask", "state-partners", "--param", f"state={value}", "--store", str(corpus_store), "--format", "json")
    assert result.exit_code == 0, result.output
    assert {row["partner"] for row in json.loads(result.output)} >= {"CHN"}


@pytest.mark.parametrize("value", ["ai", "AI", "artificial intelligence", "Artificial Intelligence"])
def test_cli_values_sector_parameter_resolved_by_code_or_label(corpus_store, value):
    result = run("sparql", "sector-partners", "--param", f"sector={value}", "--store", str(corpus_store), "--format", "json")
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.output)) > 0


def test_cli_values_bloc_parameter_resolved_by_name(corpus_store):
    by_code = run("ask", "bloc-top-partners", "--param", "bloc=BRICS", "--store", str(corpus_store), "--format", "json")
    by_name = run("ask", "bloc-top-partners", "--param", "bloc=brics", "--store", str(corpus_store), "--format", "json")
    assert by_code.exit_code == 0 and json.loads(by_code.output) and by_code.output == by_name.output


def test_cli_values_unknown_state_suggests_the_closest(corpus_store):
    result = run("ask", "state-partners", "--param", "state=Chnia", "--store", str(corpus_store))
    assert result.exit_code == 1
    assert result.output.startswith("Error: --param state: unknown state: 'Chnia'; did you mean CHN (China)")
    assert len(result.output.strip().splitlines()) == 1


@pytest.mark.parametrize("option,value,message", [
    ("--sector", "bogus", "unknown sector: 'bogus'"),
    ("--sector", "semiconducters", "did you mean semiconductors"),
    ("--focus", "Chnia", "did you mean CHN (China)"),
    ("--bloc", "BRIC", "did you mean BRICS"),
])
def test_cli_values_map_refuses_unknown_values(corpus_store, tmp_path, option, value, message):
    result = run("map", "--store", str(corpus_store), "-o", str(tmp_path / "m.html"), option, value)
    assert result.exit_code == 1 and message in result.output, result.output
    assert not (tmp_path / "m.html").exists()


@pytest.mark.parametrize("option,typed,code", [("--sector", "AI", "ai"), ("--focus", "china", "CHN"),
                                               ("--bloc", "Shanghai Cooperation Organisation", "SCO")])
def test_cli_values_map_resolves_names_like_codes(corpus_store, tmp_path, option, typed, code):
    by_name = run("map", "--store", str(corpus_store), "-o", str(tmp_path / "a.html"), option, typed)
    by_code = run("map", "--store", str(corpus_store), "-o", str(tmp_path / "b.html"), option, code)
    assert by_name.exit_code == 0, by_name.output
    assert by_name.output.split("(", 1)[1] == by_code.output.split("(", 1)[1]
    assert " 0 nodes" not in by_name.output


@pytest.mark.parametrize("what,code,label", [("states", "CHN", "China"), ("blocs", "SCO", "Shanghai Cooperation Organisation"),
                                             ("sectors", "ai", "artificial intelligence"), ("kinds", "mou", "memorandum of understanding"),
                                             ("statuses", "in-force", "in force")])
def test_cli_codes_lists_codes_with_labels_in_every_format(what, code, label):
    as_json = run("codes", what, "--format", "json")
    assert as_json.exit_code == 0, as_json.output
    rows = json.loads(as_json.output)
    assert any(row["code"] == code and label in row.values() for row in rows)
    as_csv = list(csv.reader(io.StringIO(run("codes", what, "--format", "csv").output)))
    assert as_csv[0][0] == "code" and [code, label] == [r for r in as_csv if r[0] == code][0][:2]
    assert code in run("codes", what).output


def test_cli_codes_map_legend_uses_the_words_of_the_codes(corpus_store):
    sectors = {row["code"]: row["label"] for row in json.loads(run("codes", "sectors", "--format", "json").output)}
    assert sectors["defense"] == "defense"
    with Store(corpus_store, read_only=True) as store:
        graph = build_map_graph(read_map_data(store), "full")
    legend = legend_html(graph)
    assert "defense" in graph.sectors and graph.sectors["defense"] == sectors["defense"] in legend
    assert "defence" not in legend
    assert all(sectors[code] == name for code, name in graph.sectors.items())


def test_cli_values_tables_show_agreement_labels_and_state_names_csv_keeps_iris(corpus_store):
    table = run("ask", "newest-agreements", "--store", str(corpus_store))
    assert table.exit_code == 0, table.output
    assert "https://w3id.org" not in table.output and "…" not in table.output
    as_json = json.loads(run("ask", "newest-agreements", "--store", str(corpus_store), "--format", "json").output)
    first = as_json[0]
    assert first["agreement"].startswith("https://w3id.org/techpact/id/agreement/")
    assert f"{first['kind']} · " in table.output and f" · {first['date']} · " in table.output
    partners = run("sparql", "state-partners", "--param", "state=RUS", "--store", str(corpus_store))
    assert "CHN (China)" in partners.output
    as_csv = run("sparql", "state-partners", "--param", "state=RUS", "--store", str(corpus_store), "--format", "csv")
    assert "\nCHN," in as_csv.output and "China" not in as_csv.output
