"""`techpact export --format graphml|gexf|csv`: a map view for network tools, read back by networkx, igraph and csv."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import igraph
import networkx as nx
import pytest
from click.testing import CliRunner

from techpact.analytics.export import EDGE_COLUMNS, NODE_COLUMNS, build_network, gexf_graph
from techpact.cli import main
from techpact.graph.store import Store
from techpact.maps.data import MapFilter, read_map_data
from techpact.maps.views import build_map_graph

DATA = Path(__file__).resolve().parent / "data"


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def exported(store: Path, tmp_path: Path, fmt: str, *options: str) -> tuple[Path, nx.MultiGraph]:
    """Export through the CLI, and the graph the library builds for the same view (what was written)."""
    output = tmp_path / f"out.{fmt}"
    result = run("export", "--store", str(store), "--format", fmt, "-o", str(output), *options)
    assert result.exit_code == 0, result.output
    view = dict(zip(options[::2], options[1::2]))
    with Store(store, read_only=True) as opened:
        _, written = build_network(opened, view=view.get("--view", "alliances"))
    return output, written


def edge_records(graph: nx.Graph) -> list[tuple]:
    """Edges as comparable records, ends in a fixed order (an undirected reader may swap them)."""
    return sorted((*sorted((u, v)), sorted(data.items())) for u, v, data in graph.edges(data=True))


@pytest.mark.parametrize("view", ["alliances", "full"])
def test_export_graphml_reads_back_identically_in_networkx_and_opens_in_igraph(corpus_store, tmp_path, view):
    output, written = exported(corpus_store, tmp_path, "graphml", "--view", view)
    read = nx.read_graphml(output, force_multigraph=True, edge_key_type=str)
    assert dict(read.nodes(data=True)) == dict(written.nodes(data=True))
    assert sorted(read.edges(keys=True, data=True)) == sorted(written.edges(keys=True, data=True))
    assert {k: read.graph[k] for k in ("view", "caption")} == written.graph
    assert written.number_of_nodes() > 10 and written.number_of_edges() > 10

    other = igraph.Graph.Read_GraphML(str(output))
    assert (other.vcount(), other.ecount()) == (written.number_of_nodes(), written.number_of_edges())
    assert {v["id"]: v["label"] for v in other.vs} == dict(written.nodes(data="label"))
    assert Counter(e["kind"] for e in other.es) == Counter(kind for _, _, kind in written.edges(data="kind"))
    assert sum(e["weight"] for e in other.es) == sum(w for _, _, w in written.edges(data="weight"))


@pytest.mark.parametrize("view", ["alliances", "full"])
def test_export_gexf_reads_back_identically_in_networkx(corpus_store, tmp_path, view):
    output, written = exported(corpus_store, tmp_path, "gexf", "--view", view)
    read = nx.read_gexf(output)
    as_written = gexf_graph(written)  # GEXF edges carry their id, which networkx gives back as an attribute
    assert dict(read.nodes(data=True)) == dict(as_written.nodes(data=True))
    if read.is_multigraph():
        assert sorted(read.edges(keys=True, data=True)) == sorted(as_written.edges(keys=True, data=True))
    assert edge_records(read) == edge_records(as_written if read.is_multigraph() else nx.Graph(as_written))
    assert read.is_multigraph() == (view == "alliances")  # a bloc and its member: agreements and membership


def test_export_csv_writes_nodes_and_edges_that_round_trip_through_the_csv_module(corpus_store, tmp_path):
    result = run("export", "--store", str(corpus_store), "--format", "csv", "--view", "full", "-o", str(tmp_path / "net.csv"))
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["net-edges.csv", "net-nodes.csv"]
    with Store(corpus_store, read_only=True) as store:
        _, written = build_network(store, view="full")
    with open(tmp_path / "net-nodes.csv", newline="", encoding="utf-8") as handle:
        nodes = list(csv.DictReader(handle))
    with open(tmp_path / "net-edges.csv", newline="", encoding="utf-8") as handle:
        edges = list(csv.DictReader(handle))
    assert list(nodes[0]) == ["id", *NODE_COLUMNS] and list(edges[0]) == ["id", "source", "target", "type", *EDGE_COLUMNS]
    as_text = lambda data: {k: str(v) for k, v in data.items()}  # noqa: E731
    assert {row.pop("id"): {k: v for k, v in row.items() if v != ""} for row in nodes} == {
        node: as_text(data) for node, data in written.nodes(data=True)}
    assert [row["id"] for row in edges] == [f"e{n}" for n in range(written.number_of_edges())]
    assert {row["type"] for row in edges} == {"undirected"}
    read = {row["id"]: ({row["source"], row["target"]}, {k: v for k, v in row.items()
                                                          if v != "" and k not in ("id", "source", "target", "type")})
            for row in edges}
    assert read == {key: ({u, v}, as_text(data)) for u, v, key, data in written.edges(keys=True, data=True)}


def test_export_carries_the_attributes_a_person_styles_by(corpus_store, tmp_path):
    output, written = exported(corpus_store, tmp_path, "graphml", "--view", "full")
    read = nx.read_graphml(output, force_multigraph=True, edge_key_type=str)
    with Store(corpus_store, read_only=True) as store:
        data = read_map_data(store)
    for node, attributes in read.nodes(data=True):
        assert {"label", "class", "color"} <= attributes.keys()
        if node in data.actors:
            assert (attributes["label"], attributes["code"]) == (data.actors[node].name, data.actors[node].code)
        if attributes["class"] == "Agreement":
            record = data.agreements[node]
            assert (attributes["label"], attributes["kind"], attributes["status"]) == (record.label, record.kind, record.status)
            assert attributes.get("sectors", "") == "; ".join(sorted(record.sectors))  # no value: left out
            assert attributes.get("first_date") == attributes.get("last_date") == record.when
    for _, _, attributes in read.edges(data=True):
        assert {"kind", "label", "weight", "color"} <= attributes.keys()
        assert all(not isinstance(value, (list, dict, type(None))) for value in attributes.values())

    _, alliances = exported(corpus_store, tmp_path, "graphml", "--view", "alliances")
    pairs = [data for _, _, data in alliances.edges(data=True) if data["kind"] == "agreements"]
    assert pairs and all(data["weight"] == data["agreements"] == len(data["agreement_ids"].split("; ")) for data in pairs)
    assert any(data["weight"] > 1 and data["first_date"] < data["last_date"] for data in pairs)
    russia = alliances.nodes[next(iri for iri, actor in data.actors.items() if actor.code == "RUS")]
    assert russia["label"] == "Russia" and russia["class"] == "State" and russia["sector"] in russia["sectors"].split("; ")


FILTERS = [
    ("--sector", "ai"), ("--status", "planned"), ("--bloc", "QUAD"), ("--since", "2024-07", "--until", "2024-12"),
    ("--focus", "IND"), ("--focus", "India", "--depth", "2", "--view", "full"), ("--min-confidence", "0.9"),
]


@pytest.mark.parametrize("options", FILTERS, ids=" ".join)
def test_export_filters_narrow_the_graph_exactly_like_the_map(corpus_store, tmp_path, options):
    output = tmp_path / "filtered.graphml"
    result = run("export", "--store", str(corpus_store), "--format", "graphml", "-o", str(output), *options)
    assert result.exit_code == 0, result.output
    given = dict(zip(options[::2], options[1::2]))
    chosen = MapFilter(sectors=tuple(filter(None, [given.get("--sector")])), statuses=tuple(filter(None, [given.get("--status")])),
                       blocs=tuple(filter(None, [given.get("--bloc")])), since=given.get("--since"), until=given.get("--until"),
                       min_confidence=float(given["--min-confidence"]) if "--min-confidence" in given else None)
    with Store(corpus_store, read_only=True) as store:
        data = read_map_data(store)
    view = given.get("--view", "alliances")
    drawn = build_map_graph(data, view, chosen, given.get("--focus"), int(given.get("--depth", 1)))
    everything = build_map_graph(data, view)
    read = nx.read_graphml(output, force_multigraph=True, edge_key_type=str)
    assert set(read.nodes) == set(drawn.nodes)
    assert Counter((frozenset((u, v)), kind) for u, v, kind in read.edges(data="kind")) == Counter(
        (frozenset((e["from"], e["to"])), e["kind"]) for e in drawn.edges)
    assert 0 < len(drawn.nodes) < len(everything.nodes) or len(drawn.edges) < len(everything.edges)
    assert read.graph["caption"] == drawn.caption


def test_export_reads_the_curated_view_unless_raw(tmp_path):
    store = tmp_path / "st"
    assert run("ingest", str(DATA / "review"), "--store", str(store)).exit_code == 0
    with Store(store, read_only=True) as opened:
        _, before = build_network(opened, view="full")
    agreement = next(node for node, cls in before.nodes(data="class") if cls == "Agreement")
    result = run("review", "reject", agreement, "--why", "not an agreement", "--store", str(store))
    assert result.exit_code == 0, result.output
    curated, raw = tmp_path / "curated.graphml", tmp_path / "raw.graphml"
    assert run("export", "--store", str(store), "--format", "graphml", "--view", "full", "-o", str(curated)).exit_code == 0
    assert run("export", "--store", str(store), "--format", "graphml", "--view", "full", "--raw", "-o", str(raw)).exit_code == 0
    assert agreement not in nx.read_graphml(curated) and agreement in nx.read_graphml(raw)
    assert set(nx.read_graphml(raw).nodes) == set(before.nodes)


def test_export_network_to_stdout_is_the_same_graph(corpus_store, tmp_path):
    output, written = exported(corpus_store, tmp_path, "graphml")
    result = CliRunner().invoke(main, ["export", "--store", str(corpus_store), "--format", "graphml"])
    assert result.exit_code == 0
    (tmp_path / "stdout.graphml").write_bytes(result.stdout_bytes)
    read = nx.read_graphml(tmp_path / "stdout.graphml", force_multigraph=True, edge_key_type=str)
    assert dict(read.nodes(data=True)) == dict(written.nodes(data=True))


@pytest.mark.parametrize("options,message", [
    (("--format", "graphml", "--sector", "quantumish"), "Error: unknown sector: 'quantumish'"),
    (("--format", "gexf", "--since", "2024-13"), "Error: not a date: '2024-13'"),
    (("--format", "graphml", "--focus", "FRA"), "Error: FRA is not on this map"),
    (("--format", "graphml", "--focus", "Atlantis"), "Error: unknown state or bloc code: 'Atlantis'"),
    (("--format", "csv",), "Error: --format csv writes two files: give -o OUT"),
    (("--format", "trig", "--sector", "ai", "--view", "full"), "Error: --view, --sector: only for the network formats"),
    (("--format", "graphml", "--no-reference"), "Error: --no-reference applies to the RDF formats, not graphml"),
    (("--format", "graphml", "--status", "maybe"), "Error: Invalid value for '--status'"),
])
def test_export_mistakes_are_one_line_errors(corpus_store, options, message):
    result = run("export", "--store", str(corpus_store), *options)
    assert result.exit_code in (1, 2) and isinstance(result.exception, SystemExit)  # no traceback
    errors = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and errors[0].startswith(message), result.output


def test_export_that_fails_leaves_the_previous_file_untouched(corpus_store, tmp_path):
    output = tmp_path / "keep.gexf"
    output.write_text("previous")
    result = run("export", "--store", str(corpus_store), "--format", "gexf", "-o", str(output), "--focus", "FRA")
    assert result.exit_code == 1
    assert output.read_text() == "previous" and [p.name for p in tmp_path.iterdir()] == ["keep.gexf"]
    result = run("export", "--store", str(tmp_path / "none"), "--format", "gexf", "-o", str(output))
    assert result.exit_code == 1 and "no techpact store here" in result.output and output.read_text() == "previous"
