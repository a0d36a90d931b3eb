"""The curated view: a second on-disk store beside the raw one (STORE/curated) that every consumer reads.

It holds every document graph under its own name (so every query, map, export and sync reads it
unchanged), rewritten where a live decision touches it, plus the decision graphs themselves.
It is brought up to date whenever it is opened: a graph is copied again only when its raw
fingerprint or (for a touched graph) the live decisions changed. Without live decisions the
curated view is the raw store itself, and nothing is copied.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from rdflib import Graph, URIRef

from techpact.atomic import write_atomically
from techpact.graph.iris import is_document_graph, is_review_graph
from techpact.graph.store import Store
from techpact.graph.quads import to_rdflib
from techpact.review.curate import Plan, build_plan, curate_graph
from techpact.review.decisions import live_decisions, read_decisions

log = logging.getLogger(__name__)
CURATED_FOLDER = "curated"
_KEYS = "view.json"


def curated_path(store_path: str | Path) -> Path:
    """Where the curated view of the store at store_path is kept."""
    return Path(store_path) / CURATED_FOLDER


def refresh_view(store: Store) -> Plan | None:
    """Bring STORE/curated up to date with the raw store and its decisions; None when no decision is live."""
    decisions = read_decisions(store)
    if not live_decisions(decisions):
        return None
    plan = build_plan(store, decisions)
    wanted = {graph: fingerprint + (f"|{plan.digest}" if graph in plan.touched else "")
              for graph, fingerprint in store.graph_fingerprints().items()
              if is_document_graph(graph) or is_review_graph(graph)}
    folder = curated_path(store.path)
    keys_file = folder / _KEYS
    try:
        known = json.loads(keys_file.read_text(encoding="utf-8")) if keys_file.exists() else {}
    except (OSError, json.JSONDecodeError):
        known = {}
    with Store(folder) as curated:
        held = {g for g in curated.graph_fingerprints() if is_document_graph(g) or is_review_graph(g)}
        for graph in sorted(held - set(wanted)):
            curated.remove_document(graph)
        changed = [graph for graph, key in wanted.items() if known.get(graph) != key or graph not in held]
        for graph in changed:
            copy = Graph(identifier=URIRef(graph))
            quads = store.quads(graph)
            triples = curate_graph(store, graph, quads, plan) if graph in plan.touched else (
                (to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)) for q in quads)
            for triple in triples:
                copy.add(triple)
            curated.remove_document(graph)
            curated.put_graph(copy)
        if changed:
            log.debug("curated view: %d of %d graphs copied", len(changed), len(wanted))
    write_atomically(keys_file, lambda out: out.write(json.dumps(wanted, sort_keys=True).encode("utf-8")))
    return plan


@contextmanager
def open_view(store_path: str | Path, *, raw: bool = False) -> Iterator[Store]:
    """The store as consumers see it, read-only: the curated view, or with raw the extractor's own."""
    with Store(store_path, read_only=True) as store:
        if raw or not live_decisions(read_decisions(store)):
            yield store
            return
        refresh_view(store)
    with Store(curated_path(store_path), read_only=True) as curated:
        yield curated


def evaluate_view(gold: str | Path, store_path: str | Path):
    """Score the curated view of a store against gold annotations (techpact.evaluate)."""
    from techpact.evaluate import evaluate

    with open_view(store_path) as view:
        return evaluate(gold, view)
