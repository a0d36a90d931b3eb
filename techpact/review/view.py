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
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from rdflib import Graph, URIRef

from techpact.atomic import write_atomically
from techpact.errors import StoreLockedError
from techpact.graph.iris import is_document_graph, is_review_graph
from techpact.graph.store import Store
from techpact.graph.quads import to_rdflib
from techpact.review.curate import Plan, build_plan, curate_graph
from techpact.review.decisions import live_decisions, read_decisions

log = logging.getLogger(__name__)
CURATED_FOLDER = "curated"
_KEYS = "view.json"
LOCK_WAIT = 30.0  # seconds a refresh waits for another process refreshing the view


def curated_path(store_path: str | Path) -> Path:
    """Where the curated view of the store at store_path is kept."""
    return Path(store_path) / CURATED_FOLDER


def refresh_view(store: Store, *, wait: float = LOCK_WAIT) -> Plan | None:
    """Bring STORE/curated up to date with the raw store and its decisions; None when no decision is live.

    Refreshes take turns (the curated store's writer lock): another process refreshing at the same time
    (a review command, an endpoint's query process) is waited for up to `wait` seconds, then
    StoreLockedError is raised. A read-only raw store is read again once the turn comes, so a refresh
    never writes an older state over a newer one.
    """
    if not live_decisions(read_decisions(store)):
        return None
    with _open_for_writing(curated_path(store.path), wait) as curated:
        if not store.read_only:  # the raw store's writer: nobody else can have changed it
            return _refresh(store, curated)
        with Store(store.path, read_only=True) as now:
            return _refresh(now, curated)


def _refresh(store: Store, curated: Store) -> Plan:
    decisions = read_decisions(store)
    plan = build_plan(store, decisions)
    wanted = {graph: fingerprint + (f"|{plan.digest}" if graph in plan.touched else "")
              for graph, fingerprint in store.graph_fingerprints().items()
              if is_document_graph(graph) or is_review_graph(graph)}
    keys_file = curated.path / _KEYS
    try:
        known = json.loads(keys_file.read_text(encoding="utf-8")) if keys_file.exists() else {}
    except (OSError, json.JSONDecodeError):
        known = {}
    held = {g for g in curated.graph_fingerprints() if is_document_graph(g) or is_review_graph(g)}
    gone = sorted(held - set(wanted))
    changed = [graph for graph, key in wanted.items() if known.get(graph) != key or graph not in held]
    if gone or changed:
        with curated.writing():  # a reader (the endpoint) never takes up a half-refreshed view
            _copy(store, curated, plan, gone, changed)
        log.debug("curated view: %d of %d graphs copied", len(changed), len(wanted))
    write_atomically(keys_file, lambda out: out.write(json.dumps(wanted, sort_keys=True).encode("utf-8")))
    return plan


def _open_for_writing(folder: Path, wait: float) -> Store:
    deadline = time.monotonic() + wait
    while True:
        try:
            return Store(folder)
        except StoreLockedError:
            if time.monotonic() >= deadline:
                raise
            time.sleep(0.05)


def _copy(store: Store, curated: Store, plan: Plan, gone: list[str], changed: list[str]) -> None:
    """Drop the graphs the raw store no longer holds; copy the changed ones, curated where a decision touches them."""
    for graph in gone:
        curated.remove_document(graph)
    for graph in changed:
        copy = Graph(identifier=URIRef(graph))
        quads = store.quads(graph)
        triples = curate_graph(store, graph, quads, plan) if graph in plan.touched else (
            (to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)) for q in quads)
        for triple in triples:
            copy.add(triple)
        curated.remove_document(graph)
        curated.put_graph(copy)


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
