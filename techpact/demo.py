"""The demo: the bundled example corpus ingested, exported, mapped and asked a few questions."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from techpact.ingest import IngestReport

DEMO_QUESTIONS = [
    ("Who cooperates with whom in AI?", "sector-partners", {"sector": "ai"}),
    ("Which agreements involve SCO members, and with whom?", "bloc-member-agreements", {"bloc": "SCO"}),
    ("Who are Russia's partners, and in which sectors?", "state-partners", {"state": "RUS"}),
]


@dataclass
class DemoResult:
    """What the demo did: the ingest, the store's summary, the files written, the answers."""

    report: IngestReport
    summary: dict[str, int]
    trig: Path
    alliance_map: Path
    alliance_nodes: int
    full_map: Path
    full_nodes: int
    answers: list[tuple[str, list[str], list[tuple]]]  # (question, columns, rows as a person reads them)
    central: list[dict]                                # the five most central states and blocs


def run_demo(out_dir: str | Path) -> DemoResult:
    """Ingest the example corpus into OUT/store (afresh); write OUT/graph.trig, OUT/map.html, OUT/map-full.html."""
    import pyoxigraph as ox

    from techpact.analytics.analyses import top_central
    from techpact.atomic import write_atomically
    from techpact.graph.store import Store
    from techpact.ingest import ingest, store_summary
    from techpact.maps.page import write_map_file
    from techpact.queries import load_query
    from techpact.queries.display import agreement_iris, agreement_labels, readable_rows

    out = Path(out_dir)
    store_dir = out / "store"
    if store_dir.exists():
        shutil.rmtree(store_dir)
    corpus = resources.files("techpact").joinpath("examples", "corpus")
    with resources.as_file(corpus) as corpus_path, Store(store_dir) as store:
        report = ingest([corpus_path], store)
        summary = store_summary(store)
        write_atomically(out / "graph.trig", lambda f: store.export(f, ox.RdfFormat.TRIG))
        alliances = write_map_file(store, str(out / "map.html"), title="techpact: alliances")
        full = write_map_file(store, str(out / "map-full.html"), view="full", title="techpact: agreements and evidence")
        answers = []
        for question, name, params in DEMO_QUESTIONS:
            result = store.query(load_query(name).text, params)
            labels = agreement_labels(store, agreement_iris(result.rows))
            answers.append((question, result.columns, readable_rows(result.rows, labels)))
        central = top_central(store, 5)
    return DemoResult(report, summary, out / "graph.trig", out / "map.html", len(alliances.nodes),
                      out / "map-full.html", len(full.nodes), answers, central)
