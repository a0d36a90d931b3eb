"""The named analyses of `techpact analyze`: each reads the store and returns rows (dicts)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from techpact.analytics import network, plots
from techpact.errors import AnalysisError
from techpact.graph.store import Store


@dataclass(frozen=True)
class Inputs:
    """What an analysis may use: the agreements, their network, the blocs' members, the options."""

    facts: network.AgreementFacts
    graph: object  # networkx.Graph
    members: dict[str, set[str]]
    blocs: tuple[str, str]


def _communities(inputs: Inputs) -> list[dict]:
    return [{"community": i + 1, "size": len(c), "members": " ".join(c)}
            for i, c in enumerate(network.communities(inputs.graph))]


ANALYSES: dict[str, Callable[[Inputs], list[dict]]] = {
    "centrality": lambda inputs: network.centrality(inputs.graph),
    "communities": _communities,
    "cohesion": lambda inputs: network.bloc_cohesion(inputs.facts, inputs.members),
    "bridges": lambda inputs: network.bridges(inputs.graph, inputs.members, *inputs.blocs),
    "cooccurrence": lambda inputs: network.sector_cooccurrence(inputs.facts),
    "years": lambda inputs: network.sectors_by_year(inputs.facts),
}
_NEED_MEMBERS = ("cohesion", "bridges")
PLOTS: dict[str, Callable[[list[dict]], bytes]] = {
    "centrality": plots.top_partners_chart,   # top partners
    "years": plots.sectors_by_year_chart,     # sectors by year
}


def run_analysis(store: Store, analysis: str, sector: str | None = None,
                 blocs: tuple[str, str] = ("QUAD", "SCO")) -> list[dict]:
    """The rows of one named analysis over the store (sector narrows the network first)."""
    if analysis not in ANALYSES:
        raise AnalysisError(f"no analysis named {analysis!r}. Available: {', '.join(ANALYSES)}")
    facts = network.read_agreements(store)
    members = network.bloc_members(store) if analysis in _NEED_MEMBERS else {}
    inputs = Inputs(facts, network.alliance_graph(facts, sector), members, tuple(blocs))
    return ANALYSES[analysis](inputs)


def plot_analysis(analysis: str, rows: list[dict]) -> bytes:
    """A PNG chart of an analysis' rows; only some analyses have one (PLOTS)."""
    if analysis not in PLOTS:
        raise AnalysisError(f"no chart for {analysis!r}: charts exist for {', '.join(PLOTS)}")
    return PLOTS[analysis](rows)


def top_central(store: Store, top: int = 5) -> list[dict]:
    """The most central states and blocs of the whole alliance network."""
    return network.centrality(network.alliance_graph(network.read_agreements(store)))[:top]
