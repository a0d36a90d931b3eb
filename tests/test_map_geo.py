"""`techpact map --layout geo` (states at their capitals, blocs at their members' centroid) and
`--focus` stepping along agreements unless memberships are asked for."""

from __future__ import annotations

import json
import math
from itertools import combinations

import pytest
from click.testing import CliRunner

from techpact.cli import main
from techpact.graph.store import Store
from techpact.ingest import ingest
from techpact.maps.data import MapGraph, read_map_data
from techpact.maps.geo import RING, geo_positions, project
from techpact.maps.page import render_html
from techpact.maps.views import build_map_graph
from techpact.ontology.reference import blocs, capital_coordinates
from tests.map_browser import ARTIFACTS, drawn_nodes, open_offline, screen_position


@pytest.fixture(scope="module")
def data(corpus_store):
    with Store(corpus_store, read_only=True) as store:
        return read_map_data(store)


def page_data(path) -> dict:
    text = path.read_text(encoding="utf-8")
    return json.loads(text.split('<script id="graph-data" type="application/json">', 1)[1].split("</script>", 1)[0])


def test_geo_positions_put_states_at_capitals_blocs_at_their_members_centroid(data):
    graph = build_map_graph(data, "alliances")
    capitals = capital_coordinates()
    positions = geo_positions(graph)
    assert set(positions) == set(graph.nodes)
    london, tokyo = capitals["GBR"], capitals["JPN"]
    assert london[1] < 1 and tokyo[1] > 130, "longitudes as the reference data gives them"
    for node_id, node in graph.nodes.items():
        if node["group"] == "State":
            assert positions[node_id] == pytest.approx(project(*capitals[node["code"]]), abs=0.1)
        else:
            members = [project(*capitals[code]) for code in blocs()[node["code"]].members if code in capitals]
            centre = (sum(p[0] for p in members) / len(members), sum(p[1] for p in members) / len(members))
            assert positions[node_id] == pytest.approx(centre, abs=0.1)
            assert sorted(graph.members[node_id]) == sorted(blocs()[node["code"]].members)


def test_geo_positions_put_agreements_beside_their_parties(data):
    graph = build_map_graph(data, "full")
    positions = geo_positions(graph)
    for iri, record in data.agreements.items():
        actors = [positions[a] for a in [*record.parties, *record.frameworks]]
        centre = (sum(p[0] for p in actors) / len(actors), sum(p[1] for p in actors) / len(actors))
        assert math.dist(positions[iri], centre) == pytest.approx(RING, abs=0.2)


def unknown_places_graph() -> MapGraph:
    def node(code, group="State"):
        return {"label": code, "code": code, "group": group, "title": code, "sectors": [], "statuses": [], "agreements": []}

    def edge(a, b):
        return {"from": a, "to": b, "kind": "agreements", "weight": 1, "sector": None, "sectors": [], "statuses": [],
                "agreements": [], "title": f"{a}-{b}", "details": None}

    nodes = {"usa": node("USA"), "ata": node("ATA"), "nowhere": node("ZZZ"), "club": node("CLUB", "Bloc"),
             "fra": node("FRA")}
    return MapGraph("alliances", nodes, [edge("usa", "ata"), edge("club", "fra"), edge("club", "usa")], {}, [],
                    members={"club": []})


def test_geo_positions_place_states_without_a_capital_beside_their_partners_or_below_the_map():
    graph = unknown_places_graph()
    assert "ATA" not in capital_coordinates() and "ZZZ" not in capital_coordinates()
    positions = geo_positions(graph)
    assert math.dist(positions["ata"], positions["usa"]) == pytest.approx(RING, abs=0.2)
    fra, usa = positions["fra"], positions["usa"]
    assert math.dist(positions["club"], ((fra[0] + usa[0]) / 2, (fra[1] + usa[1]) / 2)) == pytest.approx(RING, abs=0.2)
    southmost = max(project(*point)[1] for point in capital_coordinates().values())
    assert positions["nowhere"][1] > southmost, "a state with no place and no partner waits below the map"


@pytest.mark.browser
def test_geo_layout_without_known_places_draws_without_errors(browser, tmp_path):
    (tmp_path / "unknown.html").write_text(render_html(unknown_places_graph(), layout="geo"), encoding="utf-8")
    context, page, requests, errors = open_offline(browser, tmp_path / "unknown.html")
    assert drawn_nodes(page) == {"usa", "ata", "nowhere", "club", "fra"}
    assert screen_position(page, "usa")[0] < screen_position(page, "fra")[0]
    context.close()
    assert requests == [] and errors == []


@pytest.mark.browser
@pytest.mark.parametrize("view", ["alliances", "full"])
def test_geo_map_draws_west_to_the_left_north_on_top_and_blocs_among_their_members(corpus_store, browser, tmp_path, view):
    output = tmp_path / f"geo-{view}.html"
    result = CliRunner().invoke(main, ["map", "--store", str(corpus_store), "-o", str(output), "--view", view,
                                       "--layout", "geo"])
    assert result.exit_code == 0, result.output
    payload = page_data(output)
    assert payload["options"]["physics"] == {"enabled": False} and all("x" in n and "y" in n for n in payload["nodes"])
    context, page, requests, errors = open_offline(browser, output)
    capitals = capital_coordinates()
    states = {n["id"]: n["label"] for n in payload["nodes"] if n["nodeClass"] == "State"}
    screen = {node_id: screen_position(page, node_id) for node_id in [n["id"] for n in payload["nodes"]]}
    by_code = {code: screen[node_id] for node_id, code in states.items()}
    assert by_code["USA"][0] < by_code["CHN"][0] and by_code["GBR"][0] < by_code["JPN"][0]
    assert by_code["AUS"][1] > by_code["JPN"][1] and by_code["BRA"][1] > by_code["USA"][1]
    for a, b in combinations(states.values(), 2):
        (lat_a, lon_a), (lat_b, lon_b) = capitals[a], capitals[b]
        if abs(lon_a - lon_b) > 8:
            assert (by_code[a][0] < by_code[b][0]) == (lon_a < lon_b), (a, b)
        if abs(lat_a - lat_b) > 8:
            assert (by_code[a][1] < by_code[b][1]) == (lat_a > lat_b), (a, b)
    codes = set(states.values())
    among = 0
    for node in payload["nodes"]:
        members = blocs()[node["label"]].members if node["nodeClass"] == "Bloc" else {}
        if members and set(members) <= codes:
            xs, ys = [by_code[m][0] for m in members], [by_code[m][1] for m in members]
            x, y = screen[node["id"]]
            assert min(xs) < x < max(xs) and min(ys) < y < max(ys), node["label"]
            among += 1
    assert among >= 1, "the corpus must have a bloc with all its members on the map"
    page.wait_for_timeout(500)
    assert all(screen_position(page, node_id) == screen[node_id] for node_id in list(screen)[:10]), "positions hold"
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"map-geo-{view}.png"))
    context.close()
    assert requests == [] and errors == []


def write_texts(folder, texts: dict[str, str]) -> None:
    folder.mkdir()
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")


def test_cli_map_focus_steps_along_agreements_and_along_memberships_only_when_asked(tmp_path):
    write_texts(tmp_path / "docs", {
        "a.txt": "TITLE: France and Japan sign AI pact\n\nFrance and Japan signed a memorandum of understanding "
                 "on artificial intelligence on 12 March 2024.",
        "b.txt": "TITLE: EU and India technology agreement\n\nThe European Union and India signed an agreement "
                 "on semiconductors on 5 May 2023.",
        "c.txt": "TITLE: Germany and Brazil quantum partnership\n\nGermany and Brazil signed a partnership on "
                 "quantum technologies on 2 February 2025.",
    })
    with Store(tmp_path / "store") as store:
        ingest([tmp_path / "docs"], store)

    def drawn(*options: str) -> set[str]:
        output = tmp_path / "focus.html"
        result = CliRunner().invoke(main, ["map", "--store", str(tmp_path / "store"), "-o", str(output),
                                           "--focus", "FRA", "--depth", "2", *options])
        assert result.exit_code == 0, result.output
        return {n["label"] for n in page_data(output)["nodes"]}

    assert drawn() == {"FRA", "JPN"}, "France's bloc (EU) is not an agreement partner"
    assert drawn("--follow-memberships") == {"FRA", "JPN", "EU", "IND", "DEU"}
    assert drawn("--follow-memberships", "--layout", "geo") == {"FRA", "JPN", "EU", "IND", "DEU"}
