"""The geographic layout (`techpact map --layout geo`): each state at its capital, each bloc at the
centroid of its members, everything else beside the nodes it links, so the network reads like a
world map. The projection is equirectangular (x from longitude, y from minus latitude); there are
no map tiles, only the page's faint backdrop of every capital and a graticule.
"""

from __future__ import annotations

import math
import zlib

from techpact.maps.data import MapGraph
from techpact.ontology.reference import capital_coordinates

DEGREE = 12.0  # pixels per degree of longitude and of latitude
RING = 45.0    # how far a node placed beside its neighbours sits from their centroid


def project(latitude: float, longitude: float) -> tuple[float, float]:
    """Canvas position of a point on the globe (equirectangular, north up)."""
    return longitude * DEGREE, -latitude * DEGREE


def geo_positions(graph: MapGraph) -> dict[str, tuple[float, float]]:
    """A position for every node: states at their capitals, blocs at the centroid of their
    members' capitals, the rest beside the positioned nodes they link; nodes with no known place
    and no placed neighbour wait in a row below Antarctica."""
    capitals = capital_coordinates()
    positions: dict[str, tuple[float, float]] = {}
    for node_id, node in graph.nodes.items():
        code = node.get("code")
        if node["group"] == "State" and code in capitals:
            positions[node_id] = project(*capitals[code])
        elif node["group"] == "Bloc":
            members = [project(*capitals[member]) for member in graph.members.get(node_id, ()) if member in capitals]
            if members:
                positions[node_id] = _centroid(members)
    neighbours: dict[str, list[str]] = {node_id: [] for node_id in graph.nodes}
    for edge in graph.edges:
        if edge["from"] in neighbours and edge["to"] in neighbours:
            neighbours[edge["from"]].append(edge["to"])
            neighbours[edge["to"]].append(edge["from"])
    while True:  # in rounds: agreements beside their parties, then documents and sectors beside those
        placed = {node_id: _beside(node_id, [positions[n] for n in near if n in positions])
                  for node_id, near in neighbours.items()
                  if node_id not in positions and any(n in positions for n in near)}
        if not placed:
            break
        positions.update(placed)
    unplaced = [node_id for node_id in graph.nodes if node_id not in positions]
    for number, node_id in enumerate(sorted(unplaced)):
        positions[node_id] = (-180 * DEGREE + number * 2 * RING, 66 * DEGREE + 2 * RING * (1 + number // 80))
    return {node_id: (round(x, 1), round(y, 1)) for node_id, (x, y) in positions.items()}


def backdrop_points() -> list[list[float]]:
    """Every known capital's position: faint dots on the page that outline the continents."""
    return [[round(x, 1), round(y, 1)] for x, y in (project(*point) for point in capital_coordinates().values())]


def _centroid(points: list[tuple[float, float]]) -> tuple[float, float]:
    return sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points)


def _beside(node_id: str, points: list[tuple[float, float]]) -> tuple[float, float]:
    """The centroid of points, moved by RING in a direction fixed by the node's id (so nodes that
    share their neighbours do not stack, and the layout is the same on every run)."""
    x, y = _centroid(points)
    angle = (zlib.crc32(node_id.encode("utf-8")) % 3600) / 3600 * 2 * math.pi
    return x + RING * math.cos(angle), y + RING * math.sin(angle)
