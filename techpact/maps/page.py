"""The interactive map: a MapGraph written as one offline HTML page drawn by vis-network.

The page is assets/map.html (a string.Template) with assets/map.css and the scripts in SCRIPTS; vis-network
is the copy vendored in assets/vis-network (its version and licence there) and is inlined, so the page needs no network (its
Content-Security-Policy forbids any). Node and edge lists are built here directly: pyvis'
add_node/add_edge check duplicates in a list, which is quadratic (27 s for 5k nodes/20k edges).
Above LAYOUT_THRESHOLD nodes the layout is computed in Python (igraph's Fruchterman-Reingold,
in C) and physics is off; smaller maps settle with vis' ForceAtlas2 and then freeze. The geo
layout (geo.py) places states at their capitals. On maps up to LAYOUT_THRESHOLD nodes the page
then moves nodes apart until no two drawn labels overlap.

Document text reaches the page only inside a JSON block with <, > and & escaped; tooltips are
plain text and the details panel is built with textContent, so no document string is parsed
as HTML. Source links are kept only for http(s) and file URLs.
"""

from __future__ import annotations

import html
import json
import math
from functools import lru_cache
from importlib import resources
from string import Template

from techpact.errors import MapError
from techpact.maps.data import MapGraph
from techpact.maps.geo import DEGREE, backdrop_points, geo_positions
from techpact.graph.store import Store
from techpact.ontology.vocabulary import CLASS_COLOURS, CLASS_SHAPES, sector_codes

LAYOUT_THRESHOLD = 500
LAYOUTS = ("auto", "geo")  # auto: physics for small maps, igraph above LAYOUT_THRESHOLD; geo: capitals
SCRIPTS = ("panel.js", "tidy.js", "controls.js", "map.js")  # inlined in this order; map.js starts the page
MAX_NODES = 20_000  # beyond this a page takes minutes to open; narrow the map instead
NO_SECTOR_COLOUR = "#9a9a9a"
LABEL_FONT_SIZE = 13
LABEL_HALO = 3  # pixels of white drawn around each label
MEMBER_EDGE_COLOUR = "#c7b3d6"


def sector_colours() -> dict[str, str]:
    """One fixed colour per sector of the vocabulary (matplotlib's tab20), the same on every map."""
    from matplotlib import colormaps
    from matplotlib.colors import to_hex

    palette = colormaps["tab20"]
    return {code: to_hex(palette(i % 20)) for i, code in enumerate(sector_codes())}


def layout_positions(graph: MapGraph, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Fixed positions for every node: Fruchterman-Reingold in igraph, scaled to the node count."""
    import igraph

    ids = list(graph.nodes)
    index = {node_id: i for i, node_id in enumerate(ids)}
    skeleton = igraph.Graph(n=len(ids), edges=[(index[e["from"]], index[e["to"]]) for e in graph.edges
                                               if e["from"] in index and e["to"] in index])
    import random

    random.seed(seed)  # igraph draws its start positions from Python's random module
    coords = skeleton.layout_fruchterman_reingold(grid=len(ids) > 1000, niter=500)
    xs, ys = [c[0] for c in coords] or [0.0], [c[1] for c in coords] or [0.0]
    span = max(max(xs) - min(xs), max(ys) - min(ys), 1e-9)
    scale = 60.0 * math.sqrt(len(ids)) / span
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return {node_id: ((x - cx) * scale, (y - cy) * scale) for node_id, (x, y) in zip(ids, coords)}


def vis_data(graph: MapGraph, layout: str = "auto") -> dict:
    """Nodes, edges, options and page settings for vis-network; positions from Python (physics
    off) for maps over LAYOUT_THRESHOLD nodes and for the geo layout."""
    check_layout(layout)
    colours = sector_colours()
    degree: dict[str, int] = dict.fromkeys(graph.nodes, 0)
    for edge in graph.edges:
        if edge["kind"] != "member":  # size tells partners and agreements, not bloc memberships
            degree[edge["from"]] = degree.get(edge["from"], 0) + 1
            degree[edge["to"]] = degree.get(edge["to"], 0) + 1
    top_degree = max(degree.values(), default=1) or 1
    top_weight = max((e["weight"] for e in graph.edges if e["kind"] != "member"), default=1)
    large = len(graph.nodes) > LAYOUT_THRESHOLD
    fixed = large or layout == "geo"
    positions = geo_positions(graph) if layout == "geo" else layout_positions(graph) if fixed else {}
    nodes = []
    for node_id, node in graph.nodes.items():
        group = node["group"]
        colour = colours.get(node.get("sector"), CLASS_COLOURS[group]) if group == "Sector" else CLASS_COLOURS[group]
        # "nodeClass", not vis' "group": vis would paint its default group colours over the node's own
        item = {"id": node_id, "label": node["label"], "title": node["title"], "nodeClass": group,
                "shape": CLASS_SHAPES[group], "color": colour, "size": node_size(degree[node_id], top_degree, 18 if large else 30),
                "degree": degree[node_id], "sectors": node["sectors"], "statuses": node["statuses"],
                "agreements": node.get("agreements", []), "details": node.get("details"), "link": safe_link(node.get("link"))}
        if node_id in positions:
            item["x"], item["y"] = (round(v, 1) for v in positions[node_id])
        nodes.append(item)
    edges = []
    for number, edge in enumerate(graph.edges):
        member = edge["kind"] == "member"
        colour = MEMBER_EDGE_COLOUR if member else colours.get(edge["sector"], NO_SECTOR_COLOUR)
        edges.append({"id": number, "from": edge["from"], "to": edge["to"], "title": edge["title"],
                      "kind": edge["kind"], "weight": edge["weight"], "sector": edge["sector"],
                      "width": edge_width(edge["weight"], top_weight, 3 if large else 8) if not member else 1, "dashes": member,
                      "color": colour, "always": member, "sectors": edge["sectors"], "statuses": edge["statuses"],
                      "agreements": edge.get("agreements", []), "details": edge["details"]})
    agreements = {iri: _safe_sources(details) for iri, details in graph.agreements.items()}
    page = {"layout": layout, "tidy": not large, "sectorColours": colours, "noSectorColour": NO_SECTOR_COLOUR,
            "geo": {"degree": DEGREE, "points": backdrop_points()} if layout == "geo" else None}
    return {"nodes": nodes, "edges": edges, "agreements": agreements, "page": page,
            "options": vis_options(fixed, len(nodes), large, graph.view)}


def check_layout(layout: str) -> str:
    """The layout's name if there is such a layout, else a MapError naming the choices."""
    if layout not in LAYOUTS:
        raise MapError(f"unknown layout {layout!r} (choose {', '.join(LAYOUTS)})")
    return layout


def node_size(degree: int, top_degree: int, largest: float = 30) -> float:
    """8 to `largest` pixels, growing with the square root of the node's share of the top degree."""
    return round(8 + (largest - 8) * math.sqrt(degree / top_degree), 1) if top_degree else 8.0


def edge_width(weight: int, top_weight: int, widest: float = 8) -> float:
    """1 to `widest` pixels, in proportion to the heaviest edge of the map."""
    return float(round(1 + (widest - 1) * (weight - 1) / (top_weight - 1))) if top_weight > 1 else 1.0


def vis_options(fixed: bool, node_count: int, large: bool | None = None, view: str = "alliances") -> dict:
    """vis-network options: straight edges always; physics only for small maps without positions;
    labels with a white halo so they stay legible over edges."""
    large = fixed if large is None else large
    options = {
        "edges": {"smooth": False, "selectionWidth": 2, "hoverWidth": 0.5},
        "nodes": {"font": {"size": LABEL_FONT_SIZE, "strokeWidth": LABEL_HALO, "strokeColor": "#ffffff"},
                  "margin": 6, "borderWidth": 0 if large else 1},  # a border stroke per node: ~6 ms a redraw at 5k
        "interaction": {"hover": node_count <= LAYOUT_THRESHOLD, "tooltipDelay": 150, "navigationButtons": False,
                        "hideEdgesOnDrag": large, "hideEdgesOnZoom": large},
        "layout": {"improvedLayout": not fixed and node_count <= 150, "randomSeed": 7},
    }
    if fixed:
        options["physics"] = {"enabled": False}
    else:
        spring = 150 if view == "full" else 110  # the full view's labels need more room between nodes
        options["physics"] = {"solver": "forceAtlas2Based", "stabilization": {"iterations": 250, "fit": True},
                              "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": spring}}
    return options


def safe_link(link: str | None) -> str | None:
    """The link if it is an http(s) or file URL, else None (no javascript: or data: links)."""
    if link and link.strip().lower().startswith(("http://", "https://", "file:/")):
        return link.strip()
    return None


def _safe_sources(agreement: dict) -> dict:
    """The agreement's details with only safe source links."""
    return {**agreement, "sources": [{**source, "link": safe_link(source.get("link"))} for source in agreement["sources"]]}


def _asset(*path: str) -> str:
    return resources.files("techpact.maps").joinpath("assets", *path).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _page_parts() -> tuple[Template, str, str, str, str]:
    """The page template, its style and scripts, and vis-network's (read once)."""
    page_css = Template(_asset("map.css")).substitute(member=MEMBER_EDGE_COLOUR)
    script = "\n".join(f"/* {name} */\n{_asset(name)}" for name in SCRIPTS)
    return (Template(_asset("map.html")), page_css, script,
            _asset("vis-network", "vis-network.min.css"), _asset("vis-network", "vis-network.min.js"))


def script_json(value) -> str:
    """JSON safe to place inside a <script> element."""
    return (json.dumps(value, ensure_ascii=False, separators=(",", ":"))
            .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


# A small SVG (14×14) of each vis-network shape, for the legend.
SHAPE_ICONS = {
    "dot": '<circle cx="7" cy="7" r="5.5"/>',
    "circle": '<circle cx="7" cy="7" r="6"/>',
    "ellipse": '<ellipse cx="7" cy="7" rx="6.5" ry="4"/>',
    "box": '<rect x="0.5" y="3" width="13" height="8" rx="2"/>',
    "database": '<rect x="2" y="1" width="10" height="12" rx="3"/>',
    "text": '<text x="7" y="11.5" font-size="12" text-anchor="middle">T</text>',
    "square": '<rect x="1.5" y="1.5" width="11" height="11"/>',
    "diamond": '<polygon points="7,0.5 13.5,7 7,13.5 0.5,7"/>',
    "triangle": '<polygon points="7,1 13.5,12.5 0.5,12.5"/>',
    "triangleDown": '<polygon points="0.5,1.5 13.5,1.5 7,13"/>',
    "hexagon": '<polygon points="3.5,1 10.5,1 13.5,7 10.5,13 3.5,13 0.5,7"/>',
    "star": '<polygon points="7,0.5 8.8,5 13.5,5.2 9.8,8.2 11,13 7,10.3 3,13 4.2,8.2 0.5,5.2 5.2,5"/>',
}


def shape_icon(shape: str, colour: str) -> str:
    """The legend's picture of a node shape, drawn from the same shape name the nodes use."""
    if shape not in SHAPE_ICONS:
        raise MapError(f"no legend icon for the node shape {shape!r} (known: {', '.join(SHAPE_ICONS)})")
    return (f'<svg class="shape" width="14" height="14" viewBox="0 0 14 14" fill="{html.escape(colour)}" '
            f'data-shape="{html.escape(shape)}" aria-hidden="true">{SHAPE_ICONS[shape]}</svg>')


def legend_html(graph: MapGraph) -> str:
    """Node classes (each with its drawn shape) and sector colours present on the map, and what
    dashed lines mean."""
    colours = sector_colours()
    groups = [g for g in CLASS_COLOURS if any(n["group"] == g for n in graph.nodes.values())]
    parts = [f'<span class="item" data-group="{html.escape(g)}" data-shape="{html.escape(CLASS_SHAPES[g])}">'
             f'{shape_icon(CLASS_SHAPES[g], CLASS_COLOURS[g])}{html.escape(g)}</span>' for g in groups]
    if any(e["kind"] == "member" for e in graph.edges):
        parts.append('<span class="item"><span class="line dashed"></span>member of (reference)</span>')
    sectors = [f'<span class="item" data-sector="{html.escape(code)}"><span class="line" style="background:{colours.get(code, NO_SECTOR_COLOUR)}"></span>'
               f"{html.escape(name)}</span>" for code, name in graph.sectors.items()]
    heading = "edge colour = dominant sector" if graph.view == "alliances" else "sector colours"
    return "".join(parts) + (f'<div class="sectors"><em>{heading}:</em> {"".join(sectors)}</div>' if sectors else "")


def render_html(graph: MapGraph, title: str = "techpact map", layout: str = "auto") -> str:
    """The map as one self-contained HTML page: no external reference of any kind."""
    data = vis_data(graph, layout)
    options = "".join(f'<option value="{html.escape(code)}">{html.escape(name)}</option>' for code, name in graph.sectors.items())
    statuses = "".join(f'<option value="{html.escape(s)}">{html.escape(s)}</option>' for s in graph.statuses)
    template, page_css, script, vis_css, vis_js = _page_parts()
    return template.substitute(
        title=html.escape(title), caption=html.escape(graph.caption), vis_css=vis_css, page_css=page_css,
        vis_js=vis_js, legend=legend_html(graph), data=script_json(data),
        sector_options=options, status_options=statuses, script=script,
    )


def write_map_file(store: Store, output: str, **view) -> MapGraph:
    """Read the store, build the view and write the page atomically; returns the graph drawn."""
    from techpact.atomic import write_atomically
    from techpact.maps.data import read_map_data
    from techpact.maps.views import build_map_graph

    title = view.pop("title", "techpact map")
    max_nodes = view.pop("max_nodes", MAX_NODES)
    layout = check_layout(view.pop("layout", "auto"))
    graph = build_map_graph(read_map_data(store), **view)
    if len(graph.nodes) > max_nodes:
        raise MapError(f"the map would have {len(graph.nodes):,} nodes ({graph.caption}), over --max-nodes {max_nodes:,}: "
                            "narrow it (--sector, --since, --bloc, --focus, or --view alliances) or raise --max-nodes")
    page = render_html(graph, title=title, layout=layout).encode("utf-8")
    write_atomically(output, lambda out: out.write(page))
    return graph
