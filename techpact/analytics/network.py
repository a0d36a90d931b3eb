"""The store as a networkx graph of states and blocs, and the analytics analysts ask for.

Nodes are states and blocs (by code); an edge joins two parties of an agreement, weighted
by the number of agreements, with the sectors and years of those agreements.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import combinations
from typing import TYPE_CHECKING

from techpact.graph.store import Store
from techpact.ontology.namespace import REFERENCE_BLOCS_GRAPH
from techpact.queries import internal_query

if TYPE_CHECKING:
    import networkx as nx



@dataclass
class AgreementFacts:
    """Per agreement: its parties, sectors and year (None when undated)."""

    parties: dict[str, set[str]]
    sectors: dict[str, set[str]]
    years: dict[str, int | None]


def read_agreements(store: Store) -> AgreementFacts:
    """Parties, sectors and years of every agreement in the store."""
    parties: dict[str, set[str]] = defaultdict(set)
    sectors: dict[str, set[str]] = defaultdict(set)
    years: dict[str, int | None] = {}
    for agreement, party, sector, year in store.query(internal_query("network-agreements")).rows:
        parties[agreement].add(party)
        if sector:
            sectors[agreement].add(sector)
        if year is not None:
            years[agreement] = int(year)
        years.setdefault(agreement, None)
    return AgreementFacts(dict(parties), dict(sectors), years)


def alliance_graph(facts: AgreementFacts, sector: str | None = None) -> nx.Graph:
    """States and blocs joined by their agreements (optionally those of one sector)."""
    import networkx as nx  # imported on use: every CLI command imports this module, few draw the network

    graph = nx.Graph()
    for agreement, codes in facts.parties.items():
        agreement_sectors = facts.sectors.get(agreement, set())
        if sector and sector not in agreement_sectors:
            continue
        for code in codes:
            graph.add_node(code)
        for a, b in combinations(sorted(codes), 2):
            if graph.has_edge(a, b):
                graph[a][b]["weight"] += 1
            else:
                graph.add_edge(a, b, weight=1, sectors=Counter(), agreements=[])
            graph[a][b]["sectors"].update(agreement_sectors)
            graph[a][b]["agreements"].append(agreement)
    return graph


def centrality(graph: nx.Graph) -> list[dict]:
    """Degree, betweenness and eigenvector centrality of every node, most central first."""
    import networkx as nx

    if graph.number_of_nodes() == 0:
        return []
    degree = nx.degree_centrality(graph)
    betweenness = nx.betweenness_centrality(graph, weight=None)
    try:
        eigenvector = nx.eigenvector_centrality(graph, weight="weight", max_iter=2000) if graph.number_of_edges() else {}
    except nx.PowerIterationFailedConvergence:
        eigenvector = {}
    rows = [{"node": node, "partners": graph.degree(node), "degree": round(degree[node], 4),
             "betweenness": round(betweenness[node], 4), "eigenvector": round(abs(eigenvector.get(node, 0.0)), 4)}
            for node in graph.nodes]
    return sorted(rows, key=lambda r: (-r["degree"], -r["betweenness"], r["node"]))


def communities(graph: nx.Graph, seed: int = 7) -> list[list[str]]:
    """Louvain communities (deterministic for a seed), largest first."""
    import networkx as nx

    if graph.number_of_edges() == 0:
        return [[node] for node in sorted(graph.nodes)]
    found = nx.community.louvain_communities(graph, weight="weight", seed=seed)
    return sorted((sorted(c) for c in found), key=lambda c: (-len(c), c))


def bloc_members(store: Store) -> dict[str, set[str]]:
    """Curated members of every bloc."""
    members: dict[str, set[str]] = defaultdict(set)
    for state, bloc in store.query(internal_query("network-members"), {"blocs": REFERENCE_BLOCS_GRAPH}).rows:
        members[bloc].add(state)
    return dict(members)


def bloc_cohesion(facts: AgreementFacts, members: dict[str, set[str]]) -> list[dict]:
    """Per bloc: agreements with a member, how many stay among members (or the bloc), and the share."""
    rows = []
    for bloc, states in sorted(members.items()):
        involved = [codes for codes in facts.parties.values() if codes & states]
        if not involved:
            continue
        inside = sum(1 for codes in involved if codes <= states | {bloc})
        rows.append({"bloc": bloc, "agreements": len(involved), "inside": inside,
                     "share": round(inside / len(involved), 3)})
    return rows


def bridges(graph: nx.Graph, members: dict[str, set[str]], a: str, b: str) -> list[dict]:
    """States tied by agreements to members of both blocs a and b."""
    rows = []
    for node in graph.nodes:
        partners = set(graph.neighbors(node))
        in_a, in_b = partners & (members.get(a, set()) - {node}), partners & (members.get(b, set()) - {node})
        if in_a and in_b:
            rows.append({"state": node, f"partners_in_{a}": len(in_a), f"partners_in_{b}": len(in_b)})
    return sorted(rows, key=lambda r: (-(r[f"partners_in_{a}"] + r[f"partners_in_{b}"]), r["state"]))


def sector_cooccurrence(facts: AgreementFacts) -> list[dict]:
    """How often two sectors are named in the same agreement."""
    counts: Counter = Counter()
    for codes in facts.sectors.values():
        for pair in combinations(sorted(codes), 2):
            counts[pair] += 1
    return [{"sector_a": a, "sector_b": b, "agreements": n} for (a, b), n in sorted(counts.items(), key=lambda i: (-i[1], i[0]))]


def sectors_by_year(facts: AgreementFacts) -> list[dict]:
    """Agreements per year per sector (dated agreements only)."""
    counts: Counter = Counter()
    for agreement, year in facts.years.items():
        if year is None:
            continue
        for sector in facts.sectors.get(agreement, ()):
            counts[(year, sector)] += 1
    return [{"year": y, "sector": s, "agreements": n} for (y, s), n in sorted(counts.items())]
