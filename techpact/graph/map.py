"""The interactive map: a MapGraph written as one offline HTML page drawn by vis-network.

vis-network comes from the pyvis package and is inlined, so the page needs no network (its
Content-Security-Policy forbids any). Node and edge lists are built here directly: pyvis'
add_node/add_edge check duplicates in a list, which is quadratic (27 s for 5k nodes/20k edges).
Above LAYOUT_THRESHOLD nodes the layout is computed in Python (igraph's Fruchterman-Reingold,
in C) and physics is off; smaller maps settle with vis' ForceAtlas2 and then freeze.

Document text reaches the page only inside a JSON block with <, > and & escaped; tooltips are
plain text and the details panel is built with textContent, so no document string is parsed
as HTML. Source links are kept only for http(s) and file URLs.
"""

from __future__ import annotations

import html
import json
import math
from importlib import resources

from techpact.errors import TechpactError
from techpact.graph.mapdata import MapGraph
from techpact.graph.store import Store
from techpact.ontology.vocabulary import sector_codes

LAYOUT_THRESHOLD = 500
MAX_NODES = 20_000  # beyond this a page takes minutes to open; narrow the map instead
CLASS_COLOURS = {
    "State": "#2f6fb0",
    "Bloc": "#8e44ad",
    "Agreement": "#e67e22",
    "Sector": "#27ae60",
    "Person": "#7f8c8d",
    "Document": "#b0a48a",
}
CLASS_SHAPES = {"State": "dot", "Bloc": "diamond", "Agreement": "box", "Sector": "ellipse",
                "Person": "triangle", "Document": "square"}
NO_SECTOR_COLOUR = "#9a9a9a"
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


def vis_data(graph: MapGraph, layout: bool | None = None) -> dict:
    """Nodes, edges and options for vis-network (layout: positions from Python, physics off)."""
    colours = sector_colours()
    degree: dict[str, int] = dict.fromkeys(graph.nodes, 0)
    for edge in graph.edges:
        if edge["kind"] != "member":  # size tells partners and agreements, not bloc memberships
            degree[edge["from"]] = degree.get(edge["from"], 0) + 1
            degree[edge["to"]] = degree.get(edge["to"], 0) + 1
    top_degree = max(degree.values(), default=1) or 1
    top_weight = max((e["weight"] for e in graph.edges if e["kind"] != "member"), default=1)
    fixed = len(graph.nodes) > LAYOUT_THRESHOLD if layout is None else layout
    positions = layout_positions(graph) if fixed else {}
    nodes = []
    for node_id, node in graph.nodes.items():
        group = node["group"]
        colour = colours.get(node.get("sector"), CLASS_COLOURS[group]) if group == "Sector" else CLASS_COLOURS[group]
        item = {"id": node_id, "label": node["label"], "title": node["title"], "group": group,
                "shape": CLASS_SHAPES[group], "color": colour, "size": node_size(degree[node_id], top_degree, 18 if fixed else 30),
                "degree": degree[node_id], "sectors": node["sectors"], "statuses": node["statuses"],
                "details": node.get("details"), "link": safe_link(node.get("link"))}
        if node_id in positions:
            item["x"], item["y"] = (round(v, 1) for v in positions[node_id])
        nodes.append(item)
    edges = []
    for number, edge in enumerate(graph.edges):
        member = edge["kind"] == "member"
        colour = MEMBER_EDGE_COLOUR if member else colours.get(edge["sector"], NO_SECTOR_COLOUR)
        edges.append({"id": number, "from": edge["from"], "to": edge["to"], "title": edge["title"],
                      "kind": edge["kind"], "weight": edge["weight"], "sector": edge["sector"],
                      "width": edge_width(edge["weight"], top_weight, 3 if fixed else 8) if not member else 1, "dashes": member,
                      "color": colour, "always": member, "sectors": edge["sectors"], "statuses": edge["statuses"],
                      "details": edge["details"]})
    agreements = {iri: _safe_sources(details) for iri, details in graph.agreements.items()}
    return {"nodes": nodes, "edges": edges, "agreements": agreements, "options": vis_options(fixed, len(nodes))}


def node_size(degree: int, top_degree: int, largest: float = 30) -> float:
    """8 to `largest` pixels, growing with the square root of the node's share of the top degree."""
    return round(8 + (largest - 8) * math.sqrt(degree / top_degree), 1) if top_degree else 8.0


def edge_width(weight: int, top_weight: int, widest: float = 8) -> float:
    """1 to `widest` pixels, in proportion to the heaviest edge of the map."""
    return float(round(1 + (widest - 1) * (weight - 1) / (top_weight - 1))) if top_weight > 1 else 1.0


def vis_options(fixed: bool, node_count: int) -> dict:
    """vis-network options: straight edges always; physics only for small maps without positions."""
    options = {
        "edges": {"smooth": False, "selectionWidth": 2, "hoverWidth": 0.5},
        "nodes": {"font": {"size": 14}, "borderWidth": 0 if fixed else 1},  # a border stroke per node: ~6 ms a redraw at 5k
        "interaction": {"hover": node_count <= LAYOUT_THRESHOLD, "tooltipDelay": 150, "navigationButtons": False,
                        "hideEdgesOnDrag": fixed, "hideEdgesOnZoom": fixed},
        "layout": {"improvedLayout": not fixed and node_count <= 150, "randomSeed": 7},
    }
    if fixed:
        options["physics"] = {"enabled": False}
    else:
        options["physics"] = {"solver": "forceAtlas2Based", "stabilization": {"iterations": 250, "fit": True},
                              "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 110}}
    return options


def safe_link(link: str | None) -> str | None:
    """The link if it is an http(s) or file URL, else None (no javascript: or data: links)."""
    if link and link.strip().lower().startswith(("http://", "https://", "file:/")):
        return link.strip()
    return None


def _safe_sources(agreement: dict) -> dict:
    """The agreement's details with only safe source links."""
    return {**agreement, "sources": [{**source, "link": safe_link(source.get("link"))} for source in agreement["sources"]]}


def _asset(name: str) -> str:
    return resources.files("pyvis").joinpath("lib", "vis-9.1.2", name).read_text(encoding="utf-8")


def script_json(value) -> str:
    """JSON safe to place inside a <script> element."""
    return (json.dumps(value, ensure_ascii=False, separators=(",", ":"))
            .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def legend_html(graph: MapGraph) -> str:
    """Node classes and sector colours present on the map, and what dashed lines mean."""
    colours = sector_colours()
    groups = [g for g in CLASS_COLOURS if any(n["group"] == g for n in graph.nodes.values())]
    parts = [f'<span class="item"><span class="dot {CLASS_SHAPES[g]}" style="background:{CLASS_COLOURS[g]}"></span>{g}</span>'
             for g in groups]
    if any(e["kind"] == "member" for e in graph.edges):
        parts.append('<span class="item"><span class="line dashed"></span>member of (reference)</span>')
    sectors = [f'<span class="item"><span class="line" style="background:{colours.get(code, NO_SECTOR_COLOUR)}"></span>'
               f"{html.escape(name)}</span>" for code, name in graph.sectors.items()]
    heading = "edge colour = dominant sector" if graph.view == "alliances" else "sector colours"
    return "".join(parts) + (f'<div class="sectors"><em>{heading}:</em> {"".join(sectors)}</div>' if sectors else "")


def render_html(graph: MapGraph, title: str = "techpact map", layout: bool | None = None) -> str:
    """The map as one self-contained HTML page: no external reference of any kind."""
    data = vis_data(graph, layout)
    options = "".join(f'<option value="{html.escape(code)}">{html.escape(name)}</option>' for code, name in graph.sectors.items())
    statuses = "".join(f'<option value="{html.escape(s)}">{html.escape(s)}</option>' for s in graph.statuses)
    return _TEMPLATE.format(
        title=html.escape(title), caption=html.escape(graph.caption), css=_asset("vis-network.css"),
        js=_asset("vis-network.min.js"), legend=legend_html(graph), data=script_json(data),
        sector_options=options, status_options=statuses, script=_SCRIPT,
    )


def write_map_file(store: Store, output: str, **view) -> MapGraph:
    """Read the store, build the view and write the page atomically; returns the graph drawn."""
    from techpact.atomic import write_atomically
    from techpact.graph.mapdata import build_map_graph, read_map_data

    title = view.pop("title", "techpact map")
    max_nodes = view.pop("max_nodes", MAX_NODES)
    graph = build_map_graph(read_map_data(store), **view)
    if len(graph.nodes) > max_nodes:
        raise TechpactError(f"the map would have {len(graph.nodes):,} nodes ({graph.caption}), over --max-nodes {max_nodes:,}: "
                            "narrow it (--sector, --since, --bloc, --focus, or --view alliances) or raise --max-nodes")
    page = render_html(graph, title=title).encode("utf-8")
    write_atomically(output, lambda out: out.write(page))
    return graph


_TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>{title}</title>
<style>{css}</style>
<style>
  html, body {{ margin: 0; height: 100%; font-family: system-ui, sans-serif; font-size: 13px; }}
  #bar {{ padding: 6px 10px; border-bottom: 1px solid #ddd; display: flex; flex-wrap: wrap; gap: 6px 14px; align-items: center; }}
  #legend {{ padding: 4px 10px; border-bottom: 1px solid #eee; color: #333; }}
  #network {{ position: absolute; top: 0; bottom: 0; left: 0; right: 0; }}
  #main {{ position: absolute; left: 0; right: 0; bottom: 0; }}
  #details {{ position: absolute; top: 0; right: 0; bottom: 0; width: 380px; overflow: auto; background: #fff;
             border-left: 1px solid #ddd; padding: 8px 12px; box-sizing: border-box; display: none; }}
  #details h2 {{ font-size: 15px; margin: 4px 0 8px; }}
  #details .agreement {{ border-top: 1px solid #eee; padding: 6px 0; }}
  #details blockquote {{ margin: 4px 0 4px 8px; padding-left: 6px; border-left: 3px solid #ccc; color: #333; }}
  #details .meta {{ color: #555; }}
  #details .cite {{ font-size: 11px; color: #666; margin-top: 2px; }}
  #close {{ float: right; }}
  .item {{ display: inline-flex; align-items: center; gap: 4px; margin-right: 10px; }}
  .dot {{ width: 11px; height: 11px; border-radius: 50%; display: inline-block; }}
  .dot.box, .dot.square {{ border-radius: 1px; }}
  .dot.diamond {{ border-radius: 1px; transform: rotate(45deg) scale(0.8); }}
  .line {{ width: 18px; height: 4px; display: inline-block; }}
  .line.dashed {{ height: 0; border-top: 2px dashed {member}; }}
  .sectors {{ margin-top: 3px; }}
  div.vis-tooltip {{ white-space: pre-wrap; max-width: 480px; font-size: 12px; }}
</style>
</head>
<body>
<div id="bar"><strong>{title}</strong> <span id="caption">{caption}</span>
  <input id="search" type="search" placeholder="find a node…" aria-label="find a node">
  <label>sector <select id="sector-filter"><option value="">all</option>{sector_options}</select></label>
  <label>status <select id="status-filter"><option value="">all</option>{status_options}</select></label>
  <span id="count"></span></div>
<div id="legend">{legend}</div>
<div id="main"><div id="network"></div><aside id="details" aria-live="polite"></aside></div>
<script>{js}</script>
<script id="graph-data" type="application/json">{data}</script>
<script>{script}</script>
</body>
</html>
""".replace("{member}", MEMBER_EDGE_COLOUR)

# The page script: filters, search, details panel. Arrow functions only where vis calls back.
_SCRIPT = r"""
(function () {
  var started = performance.now();
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var main = document.getElementById("main");
  main.style.top = (document.getElementById("bar").offsetHeight + document.getElementById("legend").offsetHeight) + "px";
  var nodes = new vis.DataSet(data.nodes), edges = new vis.DataSet(data.edges);
  var chosen = {sector: "", status: ""};
  function matches(item) {
    if (item.always) return true;
    return (!chosen.sector || item.sectors.indexOf(chosen.sector) >= 0) &&
           (!chosen.status || item.statuses.indexOf(chosen.status) >= 0);
  }
  var nodeView = new vis.DataView(nodes, {filter: matches});
  var edgeView = new vis.DataView(edges, {filter: matches});
  var network = new vis.Network(document.getElementById("network"), {nodes: nodeView, edges: edgeView}, data.options);
  var map = window.techpactMap = {network: network, nodes: nodes, edges: edges, nodeView: nodeView,
                                  edgeView: edgeView, drawn: false, firstDrawMs: null, shown: null};
  network.once("afterDrawing", function () { map.drawn = true; map.firstDrawMs = performance.now(); });
  network.once("stabilizationIterationsDone", function () { network.setOptions({physics: false}); });

  function count() {
    var shownEdges = edgeView.get({filter: function (e) {
      return nodeView.get(e.from) !== null && nodeView.get(e.to) !== null; }}).length;
    document.getElementById("count").textContent = nodeView.length + " nodes · " + shownEdges + " edges";
  }
  function refilter() {
    chosen.sector = document.getElementById("sector-filter").value;
    chosen.status = document.getElementById("status-filter").value;
    nodeView.refresh(); edgeView.refresh(); count();
  }
  document.getElementById("sector-filter").addEventListener("change", refilter);
  document.getElementById("status-filter").addEventListener("change", refilter);
  document.getElementById("search").addEventListener("change", function (event) {
    var needle = event.target.value.toLowerCase();
    if (!needle) return;
    var hit = nodeView.get({filter: function (n) {
      return String(n.label).toLowerCase().indexOf(needle) >= 0 || String(n.title).toLowerCase().indexOf(needle) >= 0; }});
    if (hit.length) { network.selectNodes(hit.map(function (n) { return n.id; })); network.focus(hit[0].id, {scale: 1.2}); show(hit[0]); }
  });

  var panel = document.getElementById("details");
  function add(parent, tag, text, className) {
    var element = document.createElement(tag);
    if (text !== undefined && text !== null) element.textContent = text;
    if (className) element.className = className;
    parent.appendChild(element);
    return element;
  }
  function link(parent, text, href) {
    if (!href) { add(parent, "span", text); return; }
    var anchor = add(parent, "a", text);
    anchor.href = href; anchor.target = "_blank"; anchor.rel = "noopener noreferrer";
  }
  function show(item) {
    map.shown = item ? item.id : null;
    panel.textContent = "";
    if (!item) { panel.style.display = "none"; return; }
    panel.style.display = "block";
    var close = add(panel, "button", "×"); close.id = "close"; close.setAttribute("aria-label", "close");
    close.addEventListener("click", function () { show(null); });
    var details = item.details;
    add(panel, "h2", details ? details.heading : item.title);
    if (item.link) { var p = add(panel, "p"); link(p, "open source document", item.link); }
    if (!details) { add(panel, "p", item.title, "meta"); return; }
    var agreements = (details.agreements || []).map(function (id) { return data.agreements[id]; });
    add(panel, "p", agreements.length + " agreement" + (agreements.length === 1 ? "" : "s"), "meta");
    agreements.forEach(function (a) {
      var box = add(panel, "div", null, "agreement");
      add(box, "strong", a.label);
      var meta = [a.kind, a.status, a.date || "undated"];
      if (a.confidence !== null && a.confidence !== undefined) meta.push("confidence " + a.confidence.toFixed(2));
      add(box, "div", meta.join(" · "), "meta");
      if (a.sectors.length) add(box, "div", "sectors: " + a.sectors.join(", "), "meta");
      if (a.signatories.length) add(box, "div", "signed by: " + a.signatories.join("; "), "meta");
      a.evidence.forEach(function (e) {
        var quote = add(box, "blockquote", e.text, "evidence");
        quote.title = e.id;  // the evidence node's IRI, to look it up in SPARQL or Cypher
        var source = a.sources[e.source];
        if (source && a.sources.length > 1) { var cite = add(quote, "div", "— ", "cite"); link(cite, source.title, source.link); }
      });
      a.sources.forEach(function (s) { var d = add(box, "div", "source: ", "meta"); link(d, s.title, s.link); });
    });
  }
  network.on("click", (params) => {
    if (params.nodes.length) show(nodes.get(params.nodes[0]));
    else if (params.edges.length) show(edges.get(params.edges[0]));
    else show(null);
  });
  map.show = show;
  map.setupMs = performance.now() - started;
  count();
})();
"""
