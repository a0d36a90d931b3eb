"""A map view as a file for network tools: GraphML, GEXF (Gephi) or two CSV tables (nodes, edges).

The graph is the map's own (maps/views.py builds it, with the same filters and ego cut), turned into
a networkx MultiGraph whose attributes are scalars a person can style by in Gephi or Cytoscape: lists
are joined with "; ", dates are ISO strings at the text's precision (2024, 2024-03, 2024-03-09), and
an attribute with no value is left out (an empty cell in CSV). A MultiGraph, because a bloc and its
member may share agreements and the membership edge both. Node ids are the map's (IRIs; sector:CODE
for sectors); edge ids are e0, e1, … in the map's order and are the MultiGraph's keys.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from techpact.errors import MapError
from techpact.graph.store import Store
from techpact.maps.data import MapData, MapFilter, MapGraph, dominant_sector, status_strength

NETWORK_FORMATS = ("graphml", "gexf", "csv")
NODE_COLUMNS = ("label", "class", "code", "kind", "status", "statuses", "sector", "sector_name", "sectors",
                "agreements", "first_date", "last_date", "confidence", "color", "link")
EDGE_COLUMNS = ("kind", "label", "weight", "agreements", "agreement_kinds", "status", "statuses", "sector",
                "sector_name", "sectors", "first_date", "last_date", "color", "agreement_ids")
JOIN = "; "


@dataclass(frozen=True)
class NetworkExport:
    """What an export wrote: the map graph it came from, the networkx graph and the files."""

    graph: MapGraph
    network: nx.MultiGraph
    paths: tuple[Path, ...]


def network_graph(data: MapData, graph: MapGraph) -> nx.MultiGraph:
    """The map graph as networkx, with scalar attributes for network tools (see the module docstring)."""
    from techpact.maps.page import MEMBER_EDGE_COLOUR, NO_SECTOR_COLOUR, sector_colours
    from techpact.ontology.vocabulary import CLASS_COLOURS

    colours = sector_colours()
    sources = {iri: source for record in data.agreements.values() for iri, source in record.sources.items()}
    per_edge = [_edge_agreements(graph, edge) for edge in graph.edges]
    touching = _agreements_touching(graph, per_edge)
    network = nx.MultiGraph(view=graph.view, caption=graph.caption)
    for node_id, node in graph.nodes.items():
        group = node["group"]
        agreements = [graph.agreements[iri] for iri in sorted(touching[node_id])]
        sector = node.get("sector") if group == "Sector" else dominant_sector(
            Counter(code for details in agreements for code in details["sectors"]))
        attributes = {
            "label": _node_label(data, node_id, node, sources), "class": group, "code": _node_code(data, node_id, node),
            "status": _strongest(node["statuses"]), "statuses": JOIN.join(node["statuses"]), "sector": sector,
            "sector_name": data.sector_names.get(sector, sector) if sector else None, "sectors": JOIN.join(node["sectors"]),
            "agreements": len(agreements), **_date_span(agreements),
            "color": colours.get(sector, CLASS_COLOURS[group]) if group == "Sector" else CLASS_COLOURS[group],
        }
        if node_id in graph.agreements:
            details = graph.agreements[node_id]
            attributes.update(kind=details["kind"], confidence=details["confidence"])
        if node_id in sources:
            attributes["link"] = sources[node_id].link
        network.add_node(node_id, **_scalars(attributes))
    for number, (edge, iris) in enumerate(zip(graph.edges, per_edge)):
        agreements = [graph.agreements[iri] for iri in iris]
        sector = edge["sector"] or dominant_sector(Counter(code for d in agreements for code in d["sectors"]))
        member = edge["kind"] == "member"
        attributes = {
            "kind": edge["kind"], "label": edge["title"].split("\n", 1)[0], "weight": edge["weight"],
            "agreements": len(agreements), "agreement_kinds": JOIN.join(sorted({d["kind"] for d in agreements})),
            "status": _strongest(edge["statuses"]), "statuses": JOIN.join(edge["statuses"]), "sector": sector,
            "sector_name": data.sector_names.get(sector, sector) if sector else None, "sectors": JOIN.join(edge["sectors"]),
            **_date_span(agreements), "agreement_ids": JOIN.join(iris),
            # the colour the map draws the edge in (full-view links are grey there)
            "color": MEMBER_EDGE_COLOUR if member else colours.get(edge["sector"], NO_SECTOR_COLOUR),
        }
        network.add_edge(edge["from"], edge["to"], key=f"e{number}", **_scalars(attributes))
    return network


def _agreements_touching(graph: MapGraph, per_edge: list[list[str]]) -> dict[str, set[str]]:
    """Per node, the agreements it stands for or is linked to on this map."""
    found: dict[str, set[str]] = {node_id: set() for node_id in graph.nodes}
    for node_id, node in graph.nodes.items():
        found[node_id].update(iri for iri in (node.get("details") or {}).get("agreements", []) if iri in graph.agreements)
        if node_id in graph.agreements:
            found[node_id].add(node_id)
    for edge, iris in zip(graph.edges, per_edge):
        found[edge["from"]].update(iris)
        found[edge["to"]].update(iris)
    return found


def _edge_agreements(graph: MapGraph, edge: dict) -> list[str]:
    """The agreements an edge stands for: those of an alliance pair, or the agreement a full-view link leaves."""
    listed = (edge.get("details") or {}).get("agreements", [])
    ends = [end for end in (edge["from"], edge["to"]) if end in graph.agreements and edge["kind"] != "member"]
    return sorted({iri for iri in [*listed, *ends] if iri in graph.agreements})


def _node_label(data: MapData, node_id: str, node: dict, sources: dict) -> str:
    if node_id in data.actors:
        return data.actors[node_id].name
    if node_id in data.agreements:
        return data.agreements[node_id].label
    if node_id in sources:
        source = sources[node_id]
        return source.title or Path(source.location).name
    return node["label"]


def _node_code(data: MapData, node_id: str, node: dict) -> str | None:
    if node_id in data.actors:
        return data.actors[node_id].code
    return node.get("sector")


def _strongest(statuses: list[str]) -> str | None:
    return min(statuses, key=status_strength) if statuses else None


def _date_span(agreements: list[dict]) -> dict[str, str | None]:
    dates = sorted(d["date"] for d in agreements if d["date"])
    return {"first_date": dates[0] if dates else None, "last_date": dates[-1] if dates else None}


def _scalars(attributes: dict) -> dict:
    """Only attributes with a value (GraphML and GEXF have no null)."""
    return {name: value for name, value in attributes.items() if value is not None and value != ""}


def graphml_bytes(network: nx.MultiGraph) -> bytes:
    """The graph as GraphML (networkx's writer)."""
    buffer = io.BytesIO()
    nx.write_graphml(network, buffer)
    return buffer.getvalue()


def gexf_bytes(network: nx.MultiGraph) -> bytes:
    """The graph as GEXF 1.2 (networkx's writer), for Gephi; see gexf_graph."""
    buffer = io.BytesIO()
    nx.write_gexf(gexf_graph(network), buffer)
    return buffer.getvalue()


def gexf_graph(network: nx.MultiGraph) -> nx.MultiGraph:
    """The graph as written to GEXF: each edge also carries its key as "id", which GEXF needs unique
    (networkx would number the edges itself) and which networkx's reader gives back as an attribute."""
    copy = network.copy()
    for _, _, key, data in copy.edges(keys=True, data=True):
        data["id"] = key
    return copy


def csv_tables(network: nx.MultiGraph) -> tuple[bytes, bytes]:
    """Two CSV tables: nodes (id, label, …) and edges (id, source, target, type, …), UTF-8 with a header."""
    nodes = _table(["id", *NODE_COLUMNS], ({"id": node, **data} for node, data in network.nodes(data=True)))
    in_order = sorted(network.edges(keys=True, data=True), key=lambda edge: int(edge[2][1:]))
    edges = _table(["id", "source", "target", "type", *EDGE_COLUMNS],  # type: Gephi's importer reads edges as directed without it
                   ({**data, "id": key, "source": u, "target": v, "type": "undirected"} for u, v, key, data in in_order))
    return nodes, edges


def _table(columns: list[str], rows) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="raise", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def csv_paths(output: str | Path) -> tuple[Path, Path]:
    """OUT (or OUT.csv) -> OUT-nodes.csv and OUT-edges.csv, beside each other."""
    base = Path(output)
    stem = base.name[:-4] if base.name.lower().endswith(".csv") else base.name
    if not stem:
        raise MapError(f"{output}: give a file name to start the two CSV files' names with")
    return base.with_name(f"{stem}-nodes.csv"), base.with_name(f"{stem}-edges.csv")


def network_bytes(network: nx.MultiGraph, fmt: str) -> bytes:
    """The graph as one GraphML or GEXF file (CSV is two: csv_tables)."""
    if fmt == "graphml":
        return graphml_bytes(network)
    if fmt == "gexf":
        return gexf_bytes(network)
    raise MapError(f"{fmt!r} is not a one-file network format (graphml, gexf)")


def network_files(network: nx.MultiGraph, fmt: str, output: str | Path) -> dict[Path, bytes]:
    """The files an export of this format writes, with their contents."""
    _check_format(fmt)
    if fmt == "csv":
        nodes_path, edges_path = csv_paths(output)
        nodes, edges = csv_tables(network)
        return {nodes_path: nodes, edges_path: edges}
    return {Path(output): network_bytes(network, fmt)}


def _check_format(fmt: str) -> None:
    if fmt not in NETWORK_FORMATS:
        raise MapError(f"unknown network format {fmt!r} (choose {', '.join(NETWORK_FORMATS)})")


def build_network(store: Store, view: str = "alliances", chosen: MapFilter | None = None, focus: str | None = None,
                  depth: int = 1) -> tuple[MapGraph, nx.MultiGraph]:
    """The map graph of one view (the map's filters and focus) and its networkx form."""
    from techpact.maps.data import read_map_data
    from techpact.maps.views import build_map_graph

    data = read_map_data(store)
    graph = build_map_graph(data, view, chosen, focus, depth)
    return graph, network_graph(data, graph)


def export_network(store: Store, fmt: str, output: str | Path, **view) -> NetworkExport:
    """Build the view's graph and write it as GraphML, GEXF or CSV (each file atomically)."""
    from techpact.atomic import write_atomically

    _check_format(fmt)
    graph, network = build_network(store, **view)
    files = network_files(network, fmt, output)
    for path, content in files.items():
        write_atomically(path, lambda out, content=content: out.write(content))
    return NetworkExport(graph, network, tuple(files))
