from __future__ import annotations

import json

from click.testing import CliRunner

from techpact.cli import main
from techpact.analytics import network
from techpact.analytics.network import AgreementFacts


def facts_of(*agreements):
    parties = {f"a{i}": set(p) for i, (p, _, _) in enumerate(agreements)}
    sectors = {f"a{i}": set(s) for i, (_, s, _) in enumerate(agreements)}
    years = {f"a{i}": y for i, (_, _, y) in enumerate(agreements)}
    return AgreementFacts(parties, sectors, years)


def test_network_centrality_ranks_the_hub_first_and_weights_repeat_agreements():
    facts = facts_of((["IND", "ARE"], ["ai"], 2024), (["IND", "JPN"], ["ai", "semiconductors"], 2024),
                     (["IND", "GBR"], ["telecom"], 2023), (["IND", "ARE"], ["fintech"], 2025))
    graph = network.alliance_graph(facts)
    assert graph["ARE"]["IND"]["weight"] == 2
    rows = network.centrality(graph)
    assert rows[0]["node"] == "IND" and rows[0]["partners"] == 3 and rows[0]["betweenness"] == 1.0
    assert set(network.alliance_graph(facts, sector="ai").nodes) == {"IND", "ARE", "JPN"}


def test_network_cohesion_bridges_cooccurrence_and_years():
    facts = facts_of((["RUS", "CHN"], ["ai"], 2024), (["RUS", "IND"], ["ai", "data"], 2023),
                     (["IND", "JPN"], ["semiconductors"], None))
    members = {"SCO": {"RUS", "CHN", "IND"}, "QUAD": {"IND", "JPN", "USA", "AUS"}}
    cohesion = {r["bloc"]: r for r in network.bloc_cohesion(facts, members)}
    assert (cohesion["SCO"]["agreements"], cohesion["SCO"]["inside"]) == (3, 2)
    bridge_rows = network.bridges(network.alliance_graph(facts), members, "QUAD", "SCO")
    assert [r["state"] for r in bridge_rows] == ["RUS", "IND", "JPN"]  # IND is in both blocs: its partners bridge too
    assert network.sector_cooccurrence(facts) == [{"sector_a": "ai", "sector_b": "data", "agreements": 1}]
    assert network.sectors_by_year(facts) == [{"year": 2023, "sector": "ai", "agreements": 1},
                                             {"year": 2023, "sector": "data", "agreements": 1},
                                             {"year": 2024, "sector": "ai", "agreements": 1}]


def test_cli_analyze_on_corpus_and_plot(corpus_store, tmp_path):
    result = CliRunner().invoke(main, ["analyze", "centrality", "--store", str(corpus_store), "--format", "json",
                                       "--plot", str(tmp_path / "top.png")])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output.split("\nWrote")[0])
    assert rows[0]["node"] == "IND"
    assert (tmp_path / "top.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    communities = CliRunner().invoke(main, ["analyze", "communities", "--store", str(corpus_store), "--format", "json"])
    assert communities.exit_code == 0 and len(json.loads(communities.output)) >= 3
