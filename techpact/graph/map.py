"""The interactive network map: a pyvis Network, written as one offline HTML file.

pyvis builds the nodes, edges and options; the page is written from our own template
with vis-network inlined from the pyvis package, so it needs no network at all.
Document text reaches the page only inside a JSON block with <, > and & escaped, and
vis-network shows tooltips as text, never as HTML.
"""

from __future__ import annotations

import html
import json
from collections import defaultdict
from importlib import resources

from pyvis.network import Network

from techpact.graph.store import Store

CLASS_COLOURS = {
    "State": "#2f6fb0",
    "Bloc": "#8e44ad",
    "Agreement": "#e67e22",
    "Sector": "#27ae60",
    "Person": "#7f8c8d",
}
STATUS_DASHES = {"proposed": True, "planned": True}

_AGREEMENTS = """
SELECT ?agreement ?label ?kind ?status ?date ?doc ?url ?source WHERE {
  GRAPH ?doc { ?agreement a tp:Agreement ; tp:kind ?kind ; tp:status ?status ; rdfs:label ?label .
               OPTIONAL { ?agreement tp:date ?date } }
  OPTIONAL { GRAPH ?doc { ?doc schema:url ?url } }
  OPTIONAL { GRAPH ?doc { ?doc dcterms:source ?source } }
}"""
_LINKS = """
SELECT ?agreement ?rel ?target ?targetLabel ?targetClass WHERE {
  GRAPH ?doc { ?agreement a tp:Agreement ; ?rel ?target .
               FILTER(?rel IN (tp:party, tp:sector, tp:framework, tp:signatory)) }
  OPTIONAL { ?target skos:prefLabel|rdfs:label ?targetLabel }
  OPTIONAL { ?target a ?targetClass . FILTER(?targetClass IN (tp:State, tp:Bloc, tp:Sector, tp:Person)) }
}"""
_EVIDENCE = """
SELECT ?agreement ?text ?start WHERE {
  GRAPH ?doc { ?agreement tp:evidence ?e . ?e tp:text ?text ; tp:start ?start }
} ORDER BY ?agreement ?start"""
_MEMBERSHIPS = """
SELECT DISTINCT ?state ?stateLabel ?bloc ?blocLabel WHERE {
  GRAPH ?doc { ?state tp:memberOf ?bloc . ?doc a tp:Document }
  ?state rdfs:label ?stateLabel . ?bloc tp:code ?blocLabel .
}"""


def build_map(store: Store) -> Network:
    """A pyvis Network of agreements with their parties, sectors, frameworks and signatories."""
    net = Network(height="100%", width="100%", directed=False, cdn_resources="remote")
    evidence: dict[str, list[str]] = defaultdict(list)
    for agreement, text, _ in store.query(_EVIDENCE).rows:
        evidence[agreement].append(text)
    added: set[str] = set()

    def add_node(node_id: str, label: str, group: str, title: str) -> None:
        if node_id in added:
            return
        added.add(node_id)
        net.add_node(node_id, label=label, title=title, color=CLASS_COLOURS[group], group=group,
                     shape="dot" if group in ("State", "Bloc") else "box" if group == "Agreement" else "ellipse")

    for agreement, label, kind, status, date, doc, url, source in store.query(_AGREEMENTS).rows:
        lines = [label, f"kind: {kind} · status: {status}" + (f" · date: {date}" if date else "")]
        lines += [f"“{sentence}”" for sentence in evidence.get(agreement, [])[:3]]
        lines.append(f"source: {url or source or doc}")
        add_node(agreement, kind, "Agreement", "\n".join(lines))
    for agreement, rel, target, target_label, target_class in store.query(_LINKS).rows:
        if agreement not in added:
            continue
        group = (target_class or "").rsplit("#", 1)[-1] or ("Bloc" if rel.endswith("framework") else "State")
        if group not in CLASS_COLOURS:
            continue
        name = target_label or target.rsplit("/", 1)[-1]
        add_node(target, name, group, f"{group}: {name}")
        relation = rel.rsplit("#", 1)[-1]
        net.add_edge(agreement, target, label=relation, title=relation, dashes=relation == "framework")
    for state, state_label, bloc, bloc_label in store.query(_MEMBERSHIPS).rows:
        add_node(state, state_label, "State", f"State: {state_label}")
        add_node(bloc, bloc_label, "Bloc", f"Bloc: {bloc_label}")
        net.add_edge(state, bloc, label="memberOf", title="member of (as a document states)", dashes=True)
    net.set_options(json.dumps({
        "physics": {"solver": "forceAtlas2Based", "stabilization": {"iterations": 300}},
        "edges": {"smooth": False, "font": {"size": 10, "align": "middle"}, "color": {"inherit": False, "color": "#999"}},
        "nodes": {"font": {"size": 14}},
        "interaction": {"hover": True, "tooltipDelay": 120},
        "groups": {group: {"color": {"background": colour, "border": colour}} for group, colour in CLASS_COLOURS.items()},
    }))
    return net


def _asset(name: str) -> str:
    return resources.files("pyvis").joinpath("lib", "vis-9.1.2", name).read_text(encoding="utf-8")


def _script_json(value) -> str:
    """JSON safe to place inside a <script> element."""
    return json.dumps(value).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def render_html(net: Network, title: str = "techpact map") -> str:
    """The network as a self-contained HTML page: no external reference of any kind."""
    nodes = [{k: v for k, v in node.items() if k != "font"} for node in net.nodes]
    legend = "".join(
        f'<span class="item"><span class="dot" style="background:{colour}"></span>{html.escape(name)}</span>'
        for name, colour in CLASS_COLOURS.items())
    data = _script_json({"nodes": nodes, "edges": net.edges, "options": json.loads(net.options.to_json())
                         if hasattr(net.options, "to_json") else net.options})
    return _TEMPLATE.format(
        title=html.escape(title), css=_asset("vis-network.css"), js=_asset("vis-network.min.js"),
        legend=legend, data=data, count=len(nodes),
    )


_TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>{title}</title>
<style>{css}</style>
<style>
  html, body {{ margin: 0; height: 100%; font-family: system-ui, sans-serif; }}
  #network {{ position: absolute; top: 40px; bottom: 0; left: 0; right: 0; }}
  #bar {{ height: 40px; display: flex; align-items: center; gap: 14px; padding: 0 10px; border-bottom: 1px solid #ddd; font-size: 13px; }}
  .item {{ display: inline-flex; align-items: center; gap: 4px; margin-right: 10px; }}
  .dot {{ width: 11px; height: 11px; border-radius: 50%; display: inline-block; }}
  div.vis-tooltip {{ white-space: pre-wrap; max-width: 480px; font-size: 12px; }}
</style>
</head>
<body>
<div id="bar"><strong>{title}</strong> <span id="legend">{legend}</span>
  <input id="search" type="search" placeholder="find a node…" aria-label="find a node">
  <span id="count">{count} nodes</span></div>
<div id="network"></div>
<script>{js}</script>
<script id="graph-data" type="application/json">{data}</script>
<script>
(function () {{
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var nodes = new vis.DataSet(data.nodes), edges = new vis.DataSet(data.edges);
  var network = new vis.Network(document.getElementById("network"), {{nodes: nodes, edges: edges}}, data.options);
  window.techpactMap = {{network: network, nodes: nodes, edges: edges, drawn: false}};
  network.once("afterDrawing", function () {{ window.techpactMap.drawn = true; }});
  network.once("stabilizationIterationsDone", function () {{ network.setOptions({{physics: false}}); }});
  document.getElementById("search").addEventListener("change", function (event) {{
    var needle = event.target.value.toLowerCase();
    var hit = nodes.get({{filter: function (n) {{ return String(n.label).toLowerCase().indexOf(needle) >= 0; }}}});
    if (hit.length) {{ network.selectNodes(hit.map(function (n) {{ return n.id; }})); network.focus(hit[0].id, {{scale: 1.2}}); }}
  }});
}})();
</script>
</body>
</html>
"""
