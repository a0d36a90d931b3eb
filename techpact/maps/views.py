"""The map's views, a registry {name: builder}: each builder turns the selected agreements into
a MapGraph. The alliance view has states and blocs as nodes and one edge per pair of parties,
weighted by the number of agreements between them; the full view has agreements, actors, sectors,
people and documents as nodes. Any view can be cut to the ego network of one actor.

Every node and edge lists the agreements it stands for ("agreements"), so the page can filter
agreement by agreement and show what the CLI's filters would draw. Labels on nodes are short
(at most LABEL_LIMIT characters); the full text is in the hover title.

To add a view: write a builder (MapData, agreements) -> MapGraph and register it in VIEWS.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from itertools import combinations
from pathlib import Path

from techpact.errors import MapError
from techpact.maps.data import (
    Actor, AgreementRecord, MapData, MapFilter, MapGraph, agreement_line, status_strength, agreement_details,
    dominant_sector, select_agreements,
)

LABEL_LIMIT = 20  # characters drawn on a node; longer text is cut and kept whole in the title


def short_label(text: str, limit: int = LABEL_LIMIT) -> str:
    """text cut to at most limit characters, at a word boundary when one is near, with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit - 1]
    if text[limit - 1] != " ":  # the cut falls inside a word: go back to the word's start, if not too far
        space = cut.rfind(" ")
        cut = cut[:space] if space >= limit // 2 else cut
    return cut.rstrip(" ,;:-–") + "…"


def agreement_short_label(record: AgreementRecord) -> str:
    """The kind and the year ("mou 2024"): what tells agreement nodes apart at a glance."""
    year = (record.when or "")[:4]
    return short_label(f"{record.kind} {year}" if year.isdigit() else record.kind)


def alliance_view(data: MapData, agreements: list[AgreementRecord]) -> MapGraph:
    """States and blocs, one edge per pair of parties weighted by their agreements."""
    pairs: dict[tuple[str, str], list[AgreementRecord]] = defaultdict(list)
    nodes: dict[str, dict] = {}
    for record in agreements:
        for iri in list(record.parties) + list(record.frameworks):
            _note_edge(_actor_node(nodes, data.actors[iri]), record.sectors, [record])
        for a, b in combinations(sorted(record.parties), 2):
            pairs[(a, b)].append(record)
    edges = []
    for (a, b), records in sorted(pairs.items()):
        sectors = Counter(code for r in records for code in r.sectors)
        names = f"{data.actors[a].name} – {data.actors[b].name}"
        count = len(records)
        title = "\n".join([f"{names}: {count} agreement{'s' * (count != 1)}"] + [agreement_line(r) for r in records[:5]]
                          + ([f"… and {count - 5} more (click for all)"] if count > 5 else []))
        edges.append({
            "from": a, "to": b, "kind": "agreements", "weight": count, "sector": dominant_sector(sectors),
            "sectors": sorted(sectors), "statuses": sorted({r.status for r in records}), "title": title,
            "agreements": [r.iri for r in records],
            "details": {"heading": names, "agreements": [r.iri for r in records]},
        })
    _membership_edges(data, nodes, edges)
    return _finish(data, "alliances", nodes, edges, agreements)


def _actor_node(nodes: dict[str, dict], actor: Actor) -> dict:
    if actor.iri not in nodes:
        nodes[actor.iri] = {"label": actor.code, "code": actor.code, "group": actor.group, "title": f"{actor.group}: {actor.name}",
                            "sectors": set(), "statuses": set(), "agreements": set(),
                            "details": {"heading": f"{actor.name} ({actor.code})", "agreements": []}}
    return nodes[actor.iri]


def _note_edge(node: dict, sectors, records: list[AgreementRecord]) -> None:
    node["sectors"].update(sectors)
    node["statuses"].update(r.status for r in records)
    node["agreements"].update(r.iri for r in records)


def _membership_edges(data: MapData, nodes: dict[str, dict], edges: list[dict]) -> None:
    """Dashed edges from blocs on the map to their members on the map (curated reference data)."""
    for bloc, states in sorted(data.members.items()):
        if bloc not in nodes:
            continue
        for state in sorted(states & nodes.keys()):
            edges.append({"from": state, "to": bloc, "kind": "member", "weight": 1, "sector": None, "sectors": [],
                          "statuses": [], "agreements": [], "title": f"{data.actors[state].name} is a member of {data.actors[bloc].code} (reference data)",
                          "details": None})


def full_view(data: MapData, agreements: list[AgreementRecord]) -> MapGraph:
    """Agreements with their parties, frameworks, sectors, signatories and documents as nodes."""
    nodes: dict[str, dict] = {}
    edges: list[dict] = []

    def link(agreement: AgreementRecord, target: str, kind: str) -> None:
        edges.append({"from": agreement.iri, "to": target, "kind": kind, "weight": 1, "sector": None,
                      "sectors": sorted(agreement.sectors), "statuses": [agreement.status], "agreements": [agreement.iri],
                      "title": f"{kind}: {agreement.label}", "details": None})
        _note_edge(nodes[target], agreement.sectors, [agreement])

    for record in agreements:
        nodes[record.iri] = {"label": agreement_short_label(record), "group": "Agreement", "title": f"{record.label}\n{agreement_line(record)}",
                             "sectors": set(record.sectors), "statuses": {record.status}, "agreements": {record.iri},
                             "details": {"heading": record.label, "agreements": [record.iri]}}
        for iri in record.parties:
            _actor_node(nodes, data.actors[iri])
            link(record, iri, "party")
        for iri in record.frameworks:
            _actor_node(nodes, data.actors[iri])
            link(record, iri, "framework")
        for code in sorted(record.sectors):
            iri = f"sector:{code}"
            nodes.setdefault(iri, {"label": short_label(code), "group": "Sector", "sector": code,
                                   "title": f"Sector: {data.sector_names.get(code, code)}", "sectors": set(),
                                   "statuses": set(), "agreements": set(), "details": None})
            link(record, iri, "sector")
        for person, name in sorted(record.signatories.items()):
            nodes.setdefault(person, {"label": short_label(name.split(" (")[0]), "group": "Person", "title": f"Signatory: {name}",
                                      "sectors": set(), "statuses": set(), "agreements": set(), "details": None})
            link(record, person, "signatory")
        for doc, source in sorted(record.sources.items()):
            nodes.setdefault(doc, {"label": short_label(source.title or Path(source.location).name), "group": "Document",
                                   "title": f"Document: {source.title or source.location}", "sectors": set(),
                                   "statuses": set(), "agreements": set(), "link": source.link, "details": None})
            link(record, doc, "reported in")
    _membership_edges(data, nodes, edges)
    return _finish(data, "full", nodes, edges, agreements)


def _finish(data: MapData, view: str, nodes: dict[str, dict], edges: list[dict], agreements) -> MapGraph:
    for node in nodes.values():
        if node.get("details") is not None and node["group"] in ("State", "Bloc"):
            node["details"]["agreements"] = sorted(node["agreements"])
        node["sectors"], node["statuses"] = sorted(node["sectors"]), sorted(node["statuses"])
        node["agreements"] = sorted(node["agreements"])
    present = sorted({code for r in agreements for code in r.sectors})
    return MapGraph(view, nodes, edges, {code: data.sector_names.get(code, code) for code in present},
                    sorted({r.status for r in agreements}, key=status_strength),
                    agreements={r.iri: agreement_details(r) for r in agreements})


def ego(graph: MapGraph, center: str, depth: int, memberships: bool = False) -> MapGraph:
    """Only the nodes within depth steps of center along agreements (and bloc memberships when
    memberships is true), and the edges among them."""
    if center not in graph.nodes:
        raise MapError(f"{center.rsplit('/', 1)[-1]} is not on this map (no agreement left after the filters)")
    import networkx as nx  # imported on use: every CLI command imports this module

    skeleton = nx.Graph()
    skeleton.add_nodes_from(graph.nodes)
    skeleton.add_edges_from((e["from"], e["to"]) for e in graph.edges if memberships or e["kind"] != "member")
    kept = set(nx.single_source_shortest_path_length(skeleton, center, cutoff=depth))
    nodes = {iri: node for iri, node in graph.nodes.items() if iri in kept}
    edges = [e for e in graph.edges if e["from"] in kept and e["to"] in kept]
    shown = {iri for item in [*nodes.values(), *edges] for iri in (item.get("details") or {}).get("agreements", [])}
    return MapGraph(graph.view, nodes, edges, graph.sectors, graph.statuses, graph.caption,
                    {iri: details for iri, details in graph.agreements.items() if iri in shown})


VIEWS: dict[str, Callable[[MapData, list[AgreementRecord]], MapGraph]] = {
    "alliances": alliance_view,
    "full": full_view,
}


def build_map_graph(data: MapData, view: str = "alliances", chosen: MapFilter | None = None,
                    focus: str | None = None, depth: int = 1, follow_memberships: bool = False) -> MapGraph:
    """The graph of one view, filtered and optionally cut to the ego network of focus (steps along
    agreements; along bloc memberships too when follow_memberships is true)."""
    if view not in VIEWS:
        raise MapError(f"unknown view {view!r} (choose {', '.join(VIEWS)})")
    chosen = chosen or MapFilter()
    agreements = select_agreements(data, chosen)
    graph = VIEWS[view](data, agreements)
    parts = [f"{view} view", f"{len(agreements)} agreements"]
    if focus:
        actor = data.actor_by_code(focus)
        graph = ego(graph, actor.iri, depth, follow_memberships)
        parts.append(f"around {actor.code} (depth {depth}{', memberships followed' if follow_memberships else ''})")
    if chosen.active:
        parts.append(describe_filter(chosen))
    graph.caption = " · ".join(parts)
    graph.members = {iri: sorted(data.actors[state].code for state in data.members.get(iri, ()) if state in data.actors)
                     for iri, node in graph.nodes.items() if node["group"] == "Bloc"}
    return graph


def describe_filter(chosen: MapFilter) -> str:
    """The filters in words, for the page caption."""
    words = []
    if chosen.sectors:
        words.append("sector " + "/".join(chosen.sectors))
    if chosen.statuses:
        words.append("status " + "/".join(chosen.statuses))
    if chosen.blocs:
        words.append("bloc " + "/".join(chosen.blocs))
    if chosen.since:
        words.append(f"since {chosen.since}")
    if chosen.until:
        words.append(f"until {chosen.until}")
    if chosen.min_confidence is not None:
        words.append(f"confidence at least {chosen.min_confidence:g}")
    return ", ".join(words)
