"""Network exports and the pyvis Network on large views: time to build and write each format.

    python benchmarks/export_benchmark.py [--nodes 5000] [--pyvis-nodes 2000] [--repeat 3]

The graph is map_benchmark.py's Barabási-Albert map (states, blocs and agreements, a sector, a
status and a sentence per edge). Graph = techpact.analytics.export.network_graph (the map graph to
a networkx MultiGraph with scalar attributes); GraphML, GEXF and CSV = networkx's writers / the csv
module into memory; pyvis = techpact.maps.pyvis_network + Network.generate_html.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from map_benchmark import synthetic_graph  # noqa: E402
from techpact.analytics.export import csv_tables, gexf_bytes, graphml_bytes, network_graph  # noqa: E402
from techpact.maps import pyvis_network  # noqa: E402
from techpact.maps.data import MapData  # noqa: E402
from techpact.maps.page import sector_colours  # noqa: E402


def timed(work):
    started = time.perf_counter()
    result = work()
    return time.perf_counter() - started, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=5000)
    parser.add_argument("--pyvis-nodes", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    sector_colours()  # matplotlib's import, once, outside the timings
    data = MapData({}, {}, {}, {})  # labels fall back to the map's own
    graph = synthetic_graph(args.nodes, 4)
    small = synthetic_graph(args.pyvis_nodes, 4)
    print(f"export graph: {len(graph.nodes)} nodes, {len(graph.edges)} edges; "
          f"pyvis graph: {len(small.nodes)} nodes, {len(small.edges)} edges")
    runs: dict[str, list[float]] = {}
    for _ in range(args.repeat):
        seconds, network = timed(lambda: network_graph(data, graph))
        row = {"graph": seconds}
        for name, write in (("graphml", graphml_bytes), ("gexf", gexf_bytes), ("csv", csv_tables)):
            row[name], written = timed(lambda write=write: write(network))
            size = len(written) if isinstance(written, bytes) else sum(map(len, written))
            row[f"{name} MB"] = size / 2**20
        row["pyvis build"], net = timed(lambda: pyvis_network(small, max_nodes=args.pyvis_nodes))
        row["pyvis html"], page = timed(net.generate_html)
        row["pyvis MB"] = len(page.encode("utf-8")) / 2**20
        print(" · ".join(f"{name} {value:.2f}" + ("" if "MB" in name else " s") for name, value in row.items()))
        for name, value in row.items():
            runs.setdefault(name, []).append(value)
    print("median: " + " · ".join(f"{name} {statistics.median(values):.2f}" + ("" if "MB" in name else " s")
                                  for name, values in runs.items()))


if __name__ == "__main__":
    main()
