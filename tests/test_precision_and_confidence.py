"""Dates of every precision and confidence downstream: RDF, SHACL, Neo4j projection, map filters,
export and the query library. Passages written for these tests."""

from __future__ import annotations

import datetime as dt

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from techpact.cli import main
from techpact.graph.confidence import below_confidence
from techpact.maps.data import MapFilter, agreement_details, read_map_data, select_agreements
from techpact.neo4j.mapping import project
from techpact.graph.store import Store
from techpact.graph.validate import validate_store
from techpact.ingest import ingest
from techpact.queries import load_query

PASSAGES = {
    "year.txt": "Peru and Chile signed a memorandum of understanding on satellites in 2019.",
    "month.txt": "Ghana and Togo signed a memorandum of understanding on solar power in December 2021.",
    "day.txt": "Egypt and Kenya signed an agreement on undersea cables with each other on 3 March 2023. "
               "The agreement covers landing stations and repair ships.",
    "vague.txt": "Brazil and Argentina will cooperate on robotics.",
}


@pytest.fixture
def built(tmp_path):
    for name, text in PASSAGES.items():
        (tmp_path / name).write_text(text)
    with Store(tmp_path / "s") as store:
        ingest(sorted(tmp_path.glob("*.txt")), store)
    return tmp_path / "s"


def by_key(store: Store, sparql: str, bindings: dict | None = None) -> dict:
    return {row[0]: row[1:] for row in store.query(sparql, bindings).rows}


def test_dates_are_stored_at_their_precision_and_the_store_conforms(built):
    with Store(built, read_only=True) as store:
        rows = by_key(store, "SELECT ?k (DATATYPE(?d) AS ?t) ?d WHERE { GRAPH ?g { ?a tp:partyKey ?k ; tp:date ?d } }")
        assert rows == {"CHL PER": ("http://www.w3.org/2001/XMLSchema#gYear", "2019"),
                        "GHA TGO": ("http://www.w3.org/2001/XMLSchema#gYearMonth", "2021-12"),
                        "EGY KEN": ("http://www.w3.org/2001/XMLSchema#date", "2023-03-03")}
        assert validate_store(store).conforms


def test_neo4j_projection_gives_a_date_and_its_precision(built):
    with Store(built, read_only=True) as store:
        projection = project(store.graph_quads())
    agreements = {row["props"]["partyKey"]: row["props"] for row in projection.nodes["Agreement"]}
    assert (agreements["CHL PER"]["date"], agreements["CHL PER"]["datePrecision"]) == (dt.date(2019, 1, 1), "year")
    assert (agreements["GHA TGO"]["date"], agreements["GHA TGO"]["datePrecision"]) == (dt.date(2021, 12, 1), "month")
    assert (agreements["EGY KEN"]["date"], agreements["EGY KEN"]["datePrecision"]) == (dt.date(2023, 3, 3), "day")
    assert all(isinstance(props["confidence"], float) for props in agreements.values())


def test_map_period_filters_take_dates_of_every_precision(built):
    with Store(built, read_only=True) as store:
        data = read_map_data(store)
    keys = lambda chosen: {" ".join(sorted(r.parties.values())) for r in select_agreements(data, chosen)}
    assert keys(MapFilter(since="2021-12-15", until="2022")) == {"GHA TGO"}
    assert keys(MapFilter(since="2019-06", until="2019-06")) == {"CHL PER"}
    assert keys(MapFilter(since="2023-03-04")) == set()
    assert "EGY KEN" in keys(MapFilter(since="2023-03-03", until="2023-03-03"))


def test_confidence_shows_in_the_details_and_filters_the_map(built):
    with Store(built, read_only=True) as store:
        data = read_map_data(store)
    confidences = {" ".join(sorted(r.parties.values())): r.confidence for r in data.agreements.values()}
    assert confidences["EGY KEN"] > confidences["ARG BRA"]
    record = next(r for r in data.agreements.values() if "EGY" in r.parties.values())
    assert agreement_details(record)["confidence"] == confidences["EGY KEN"]
    threshold = (confidences["EGY KEN"] + confidences["ARG BRA"]) / 2
    kept = {" ".join(sorted(r.parties.values())) for r in select_agreements(data, MapFilter(min_confidence=threshold))}
    assert "EGY KEN" in kept and "ARG BRA" not in kept


def test_map_command_refuses_a_confidence_outside_zero_to_one(built, tmp_path):
    result = CliRunner().invoke(main, ["map", "--store", str(built), "-o", str(tmp_path / "m.html"), "--min-confidence", "2"])
    assert result.exit_code == 2 and "--min-confidence" in result.output


def test_export_leaves_out_agreements_below_the_minimum_confidence(built, tmp_path):
    with Store(built, read_only=True) as store:
        low = store.query("SELECT ?a WHERE { GRAPH ?g { ?a tp:partyKey 'ARG BRA' } }").rows[0][0]
        assert low in below_confidence(store, 0.6) and low not in below_confidence(store, 0)
    out = tmp_path / "out.trig"
    result = CliRunner().invoke(main, ["export", "--store", str(built), "--min-confidence", "0.6", "-o", str(out)])
    assert result.exit_code == 0, result.output
    exported = ox.Store()
    exported.load(path=str(out), format=ox.RdfFormat.TRIG)
    subjects = {q.subject.value for q in exported}
    assert low not in subjects and any("agreement/" in s for s in subjects)


def test_query_library_binds_min_confidence(built):
    query = load_query("agreements-between")
    assert query.optional_names == ["minConfidence"]
    with Store(built, read_only=True) as store:
        everything = store.query(query.text, {"a": "BRA", "b": "ARG"}).rows
        confident = store.query(query.text, {"a": "BRA", "b": "ARG", "minConfidence": "0.9"}).rows
        odd = store.query(query.text, {"a": "BRA", "b": "ARG", "minConfidence": "0') } #"}).rows
    assert len(everything) == 1 and confident == [] and odd == []


def test_ask_cli_passes_min_confidence_as_a_parameter(built):
    result = CliRunner().invoke(main, ["ask", "newest-agreements", "--store", str(built), "--format", "csv",
                                       "--param", "minConfidence=0.6"])
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()[1:]
    assert lines and all("ARG BRA" not in line for line in lines)
    assert [line.split(",")[1] for line in lines] == sorted((line.split(",")[1] for line in lines), reverse=True)
