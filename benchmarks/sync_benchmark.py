"""Neo4j first load benchmark: techpact's sync and bulk load vs rdflib-neo4j, same graph, same server, one run.

    python benchmarks/sync_benchmark.py [--triples 1000000] [--rdflib-neo4j-triples N]

Builds a techpact store of generated news documents (benchmarks/extract_benchmark.py
templates) holding at least --triples quads, syncs it with techpact into an emptied
database, bulk-loads it (`techpact neo4j load --bulk`: neo4j-admin import, server stopped and
restarted, all of it timed) into the emptied database, then loads the same triples (N-Quads of the store, as a plain graph) through
rdflib-neo4j's Neo4jStore (plain Cypher, batched) into the emptied database. Both rates
count store triples per second of wall time. The local server from scripts/neo4j is
used (start it first; the bulk load needs it), or NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract_benchmark import generate  # noqa: E402


HOME = Path(__file__).resolve().parents[1] / ".neo4j"


def connection() -> dict[str, str]:
    if os.environ.get("NEO4J_PASSWORD"):
        return {"uri": os.environ.get("NEO4J_URI", "bolt://127.0.0.1:7687"),
                "user": os.environ.get("NEO4J_USER", "neo4j"), "password": os.environ["NEO4J_PASSWORD"]}
    from techpact.neo4j import server as neo4j_server

    info = neo4j_server.connection(HOME)
    return {"uri": info["NEO4J_URI"], "user": info["NEO4J_USER"], "password": info["NEO4J_PASSWORD"]}


def build_store(folder: Path, triples: int):
    from techpact.graph.store import Store
    from techpact.ingest import ingest

    corpus = folder / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    store = Store(folder / "store")
    batch = 0
    while len(store) < triples:
        for index, text in enumerate(generate(1000, seed=batch)):
            (corpus / f"{batch:03d}-{index:04d}.txt").write_text(f"{text}\nReport {batch}-{index}.")
        ingest([corpus], store)
        batch += 1
    return store


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--store", type=Path, default=None,
                        help="Folder for the generated store: built there if missing, reused if present.")
    parser.add_argument("--workers", type=int, default=2, help="Concurrent write transactions for techpact.")
    parser.add_argument("--rdflib-neo4j-triples", type=int, default=None,
                        help="Load only this many triples through rdflib-neo4j (default: all).")
    args = parser.parse_args()
    import pyoxigraph as ox

    from techpact.neo4j.sync import Neo4jSync

    info = connection()
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        if args.store and (args.store / "store").exists():
            from techpact.graph.store import Store

            store = Store(args.store / "store")
        else:
            store = build_store(args.store or Path(folder), args.triples)
        quads = sum(1 for _ in store.graph_quads())
        print(f"store: {quads} quads ({len(store.document_iris())} documents) built in {time.perf_counter() - started:.0f} s", flush=True)
        with Neo4jSync(**info, workers=args.workers) as sync:
            sync.clear()
            report = sync.sync(store)
            nodes, rels = sync.counts()
            print(f"techpact sync: {quads} triples in {report.seconds:.1f} s = {quads / report.seconds:,.0f} triples/s "
                  f"({sum(nodes.values())} nodes, {sum(rels.values())} relationships)", flush=True)
            again = sync.sync(store)
            print(f"techpact re-sync with nothing changed: {again.seconds:.1f} s, {again.graphs_sent} graphs sent", flush=True)
            sync.clear()
        from techpact.neo4j.bulk import bulk_load

        bulk = bulk_load(store, **info, home=HOME)
        phases = ", ".join(f"{name} {seconds:.1f}" for name, seconds in bulk.phases.items())
        print(f"techpact bulk load: {quads} triples in {bulk.seconds:.1f} s = {quads / bulk.seconds:,.0f} triples/s "
              f"({sum(bulk.nodes.values())} nodes, {sum(bulk.relationships.values())} relationships; "
              f"seconds since start at the end of each phase: {phases})", flush=True)
        with Neo4jSync(**info, workers=args.workers) as sync:
            after = sync.sync(store)
            print(f"techpact sync after the bulk load: {after.seconds:.1f} s, {after.graphs_sent} graphs sent", flush=True)
            sync.clear()
            nq = Path(folder) / "store.nt"
            with nq.open("wb") as out:
                ox.serialize({q.triple for q in store.graph_quads()},
                             out, ox.RdfFormat.N_TRIPLES)
        store.close()
        from rdflib import Graph
        from rdflib_neo4j import HANDLE_VOCAB_URI_STRATEGY, Neo4jStore, Neo4jStoreConfig

        config = Neo4jStoreConfig(auth_data={"uri": info["uri"], "database": "neo4j", "user": info["user"], "pwd": info["password"]},
                                  handle_vocab_uri_strategy=HANDLE_VOCAB_URI_STRATEGY.IGNORE, batching=True, batch_size=5000)
        lines = nq.read_text().splitlines()
        if args.rdflib_neo4j_triples:
            lines = lines[: args.rdflib_neo4j_triples]
        parsed = Graph()
        parsed.parse(data="\n".join(lines), format="nt")
        graph = Graph(store=Neo4jStore(config=config))
        started = time.perf_counter()
        for triple in parsed:
            graph.add(triple)
        graph.close(True)
        seconds = time.perf_counter() - started
        count = len(parsed)
        print(f"rdflib-neo4j: {count} triples in {seconds:.1f} s = {count / seconds:,.0f} triples/s", flush=True)
        print(f"ratio: techpact sync is {(quads / report.seconds) / (count / seconds):.1f}x rdflib-neo4j, "
              f"bulk load {(quads / bulk.seconds) / (count / seconds):.1f}x", flush=True)


if __name__ == "__main__":
    main()
