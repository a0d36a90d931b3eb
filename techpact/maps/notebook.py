"""Any map view as a pyvis Network, for a notebook user who wants to restyle it with pyvis' own API.

The nodes and edges are the map's (the same view graph, colours, shapes, sizes and tooltips as
`techpact map`); the file map stays the fast path, so a view over max_nodes is refused. The Network
renders offline: its resources are inlined (cdn_resources="in_line") and its template is pyvis' own
read through a loader that drops every remote <script>/<link> (pyvis always links Bootstrap from a
CDN), never turns a tooltip into HTML (pyvis does when a title holds "href"; ours quote documents),
and adds the map's Content-Security-Policy, so a written page cannot reach the network.
"""

from __future__ import annotations

import re
from pathlib import Path

from techpact.errors import MapError
from techpact.graph.store import Store
from techpact.maps.data import MapData, MapFilter, MapGraph

MAX_PYVIS_NODES = 2_000  # pyvis checks each new node against a list: slow past a few thousand
CSP = ("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'unsafe-inline'; "
       "style-src 'unsafe-inline'; img-src data:; font-src data:\">")
_REMOTE_SCRIPT = re.compile(r"<script\b[^>]*\bsrc\s*=\s*[\"']?(?:https?:)?//[^>]*>\s*</script>", re.I)
_REMOTE_LINK = re.compile(r"<link\b[^>]*\bhref\s*=\s*[\"']?(?:https?:)?//[^>]*>", re.I)
_ANY_REMOTE = re.compile(r"\b(?:src|href)\s*=\s*[\"']?(?:https?:)?//", re.I)


def pyvis_network(source: Store | MapData | MapGraph, view: str = "alliances", chosen: MapFilter | None = None,
                  focus: str | None = None, depth: int = 1, *, height: str = "700px",
                  max_nodes: int = MAX_PYVIS_NODES):
    """A pyvis.network.Network of one map view (read from a store, from map data, or a built map graph),
    drawing offline; write it with net.write_html(...) or show it with net.generate_html()."""
    from pyvis.network import Network

    from techpact.maps.page import vis_data

    graph = source if isinstance(source, MapGraph) else _map_graph(source, view, chosen, focus, depth)
    if len(graph.nodes) > max_nodes:
        raise MapError(f"the {graph.view} view has {len(graph.nodes):,} nodes, over {max_nodes:,} for pyvis: narrow it "
                       "(chosen=MapFilter(...), focus=...) or draw it with techpact.maps.page.write_map_file")
    drawn = vis_data(graph)
    net = Network(height=height, width="100%", cdn_resources="in_line")
    net.templateEnv = offline_environment(Path(net.template_dir))
    net.prep_notebook()  # the template for net.show(...), read through the offline loader
    for node in drawn["nodes"]:
        place = {axis: node[axis] for axis in ("x", "y") if axis in node}
        net.add_node(node["id"], label=node["label"], shape=node["shape"], title=node["title"], size=node["size"],
                     group=node["nodeClass"], **place)
        net.node_map[node["id"]]["color"] = node["color"]  # add_node leaves the colour out when a group is given
    for edge in drawn["edges"]:
        # appended, not add_edge: add_edge drops a second edge between one pair (a bloc membership beside the
        # pair's agreements) and searches the whole list for each new edge
        net.edges.append({"from": edge["from"], "to": edge["to"], "title": edge["title"], "color": edge["color"],
                          "width": edge["width"], "dashes": edge["dashes"], "kind": edge["kind"]})
    net.options.edges.smooth.enabled = False  # straight edges, as on the map
    if drawn["options"].get("physics", {}).get("enabled") is False:
        net.toggle_physics(False)  # a large view comes with positions from Python
    else:
        physics = drawn["options"]["physics"]["forceAtlas2Based"]
        net.force_atlas_2based(gravity=physics["gravitationalConstant"], spring_length=physics["springLength"])
    return net


def _map_graph(source: Store | MapData, view: str, chosen: MapFilter | None, focus: str | None, depth: int) -> MapGraph:
    from techpact.maps.data import read_map_data
    from techpact.maps.views import build_map_graph

    data = source if isinstance(source, MapData) else read_map_data(source)
    return build_map_graph(data, view, chosen, focus, depth)


def offline_template(source: str) -> str:
    """pyvis' page template with no remote resource, no HTML tooltips, and a Content-Security-Policy."""
    page = _REMOTE_LINK.sub("", _REMOTE_SCRIPT.sub("", source))
    page = re.sub(r"\btooltip_link\b", "false", page)
    page, found = re.subn(r"<head>", lambda head: f"{head.group(0)}\n{CSP}", page, count=1, flags=re.I)
    if not found or _ANY_REMOTE.search(page):
        raise MapError("pyvis' page template has changed: techpact cannot make it offline (please report)")
    return page


def offline_environment(template_dir: Path):
    """A jinja2 environment reading pyvis' templates through offline_template (its includes unchanged)."""
    from jinja2 import BaseLoader, Environment, FileSystemLoader

    files = FileSystemLoader(str(template_dir))

    class OfflineLoader(BaseLoader):
        def get_source(self, environment, template):
            text, filename, uptodate = files.get_source(environment, template)
            return (offline_template(text) if template.endswith(".html") else text), filename, uptodate

    return Environment(loader=OfflineLoader())
