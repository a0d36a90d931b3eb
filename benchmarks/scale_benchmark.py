"""Scale, one run, one table: ingest with --jobs 1 and --jobs 2, on a Dask LocalCluster, then the first
load of the result into Neo4j by bulk import, by `neo4j sync` and by rdflib-neo4j.

    pip install -e '.[dev,bench]'
    python benchmarks/scale_benchmark.py [--documents 9000] [--no-neo4j]

Documents are the news-like texts of benchmarks/extract_benchmark.py (~3 KB), 1,000 per seed as
benchmarks/sync_benchmark.py builds them (9,000 give ~1.09M quads). Each ingest is the CLI in a
process of its own (`techpact ingest CORPUS --store S --jobs N` or `--dask ADDRESS`), timed from
start to exit, into a new store; the three stores are then checked to hold the same graphs (equal
fingerprints). The Dask cluster (2 worker processes, 1 thread each) is started before its timing.
The Neo4j loads use the local server of scripts/neo4j (started here when it is not running, and
then stopped), emptied before each: techpact's first sync, the bulk load (`techpact neo4j load
--bulk`: projection, CSV files, server stopped, neo4j-admin import, server started, schema), a sync
right after it, and rdflib-neo4j 1.1's Neo4jStore (batched) with the same triples.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract_benchmark import generate  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
HOME = ROOT / ".neo4j"


def write_corpus(folder: Path, documents: int) -> None:
    folder.mkdir(parents=True)
    for batch in range((documents + 999) // 1000):
        for index, text in enumerate(generate(min(1000, documents - batch * 1000), seed=batch)):
            (folder / f"{batch:03d}-{index:04d}.txt").write_text(f"{text}\nReport {batch}-{index}.")


def timed_ingest(corpus: Path, store: Path, *options: str, code: Path | None = None) -> float:
    """Seconds for the CLI to ingest corpus into a new store (with the techpact package found in code, if given)."""
    environment = {**os.environ, "PYTHONPATH": str(code)} if code else None
    started = time.perf_counter()
    # run from code's folder: `python -m` puts the working directory first on sys.path
    subprocess.run([sys.executable, "-m", "techpact.cli", "ingest", str(corpus), "--store", str(store), *options],
                   check=True, stdout=subprocess.DEVNULL, env=environment, cwd=code)
    return time.perf_counter() - started


def baseline_row(folder: Path, revision: str) -> tuple[str, str, str]:
    """The same ingest with the techpact of an earlier commit (one process), for comparison."""
    code = folder / "baseline"
    code.mkdir()
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", revision, "techpact"], check=True, capture_output=True)
    subprocess.run(["tar", "-x", "-C", str(code)], input=archive.stdout, check=True)
    documents = sum(1 for _ in (folder / "corpus").iterdir())
    seconds = timed_ingest(folder / "corpus", folder / "store-baseline", code=code)
    return (f"`techpact ingest` at {revision} (before this work: one process)", f"{seconds:.1f} s",
            f"{documents / seconds:,.0f} documents/s")


def ingest_rows(folder: Path, documents: int) -> tuple[list[tuple[str, str, str]], Path]:
    import distributed

    from techpact.graph.store import Store

    corpus = folder / "corpus"
    write_corpus(corpus, documents)
    rows, stores = [], {}
    for jobs in (1, 2):
        stores[f"jobs{jobs}"] = folder / f"store-jobs{jobs}"
        seconds = timed_ingest(corpus, stores[f"jobs{jobs}"], "--jobs", str(jobs))
        rows.append((f"`techpact ingest --jobs {jobs}`", f"{seconds:.1f} s", f"{documents / seconds:,.0f} documents/s"))
        print(*rows[-1], flush=True)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  silence_logs=40) as cluster:
        stores["dask"] = folder / "store-dask"
        seconds = timed_ingest(corpus, stores["dask"], "--dask", cluster.scheduler_address)
    rows.append(("`techpact ingest --dask` (LocalCluster, 2 worker processes)", f"{seconds:.1f} s",
                 f"{documents / seconds:,.0f} documents/s"))
    print(*rows[-1], flush=True)
    fingerprints = []
    for path in stores.values():
        with Store(path, read_only=True) as store:
            fingerprints.append(store.graph_fingerprints())
    same = all(found == fingerprints[0] for found in fingerprints)
    print(f"same dataset from the three ingests: {same} ({len(fingerprints[0])} graphs)", flush=True)
    if not same:
        raise SystemExit("the three ingests differ")
    return rows, stores["jobs2"]


def neo4j_rows(store_path: Path, folder: Path) -> list[tuple[str, str, str]]:
    import pyoxigraph as ox
    from rdflib import Graph
    from rdflib_neo4j import HANDLE_VOCAB_URI_STRATEGY, Neo4jStore, Neo4jStoreConfig

    from techpact.graph.store import Store
    from techpact.neo4j import server
    from techpact.neo4j.bulk import bulk_load
    from techpact.neo4j.sync import Neo4jSync

    info = server.start(HOME)
    connection = {"uri": info["NEO4J_URI"], "user": info["NEO4J_USER"], "password": info["NEO4J_PASSWORD"]}
    rows = []
    with Store(store_path, read_only=True) as store:
        quads = sum(1 for _ in store.graph_quads())
        with Neo4jSync(**connection) as sync:
            sync.clear()
            first = sync.sync(store)
            nodes, relationships = sync.counts()
            rows.append((f"`techpact neo4j sync`, first sync of {quads:,} quads", f"{first.seconds:.1f} s",
                         f"{quads / first.seconds:,.0f} triples/s"))
            print(*rows[-1], f"({sum(nodes.values())} nodes, {sum(relationships.values())} relationships)", flush=True)
            sync.clear()
        bulk = bulk_load(store, **connection, home=HOME)
        phases = ", ".join(f"{name} {seconds:.1f}" for name, seconds in bulk.phases.items())
        rows.append(("`techpact neo4j load --bulk`", f"{bulk.seconds:.1f} s", f"{quads / bulk.seconds:,.0f} triples/s"))
        print(*rows[-1], f"(seconds since start at the end of each phase: {phases})", flush=True)
        with Neo4jSync(**connection) as sync:
            after = sync.sync(store)
            rows.append(("`techpact neo4j sync` right after the bulk load", f"{after.seconds:.1f} s",
                         f"{after.graphs_sent} graphs sent"))
            print(*rows[-1], flush=True)
            sync.clear()
        triples = folder / "store.nt"
        with triples.open("wb") as out:
            ox.serialize({quad.triple for quad in store.graph_quads()}, out, ox.RdfFormat.N_TRIPLES)
    config = Neo4jStoreConfig(auth_data={"uri": connection["uri"], "database": "neo4j", "user": connection["user"],
                                         "pwd": connection["password"]},
                              handle_vocab_uri_strategy=HANDLE_VOCAB_URI_STRATEGY.IGNORE, batching=True, batch_size=5000)
    parsed = Graph()
    parsed.parse(triples, format="nt")
    graph = Graph(store=Neo4jStore(config=config))
    started = time.perf_counter()
    for triple in parsed:
        graph.add(triple)
    graph.close(True)
    seconds = time.perf_counter() - started
    rows.append((f"rdflib-neo4j 1.1 ({len(parsed):,} distinct triples)", f"{seconds:.1f} s",
                 f"{len(parsed) / seconds:,.0f} triples/s"))
    print(*rows[-1], flush=True)
    with Neo4jSync(**connection) as sync:
        sync.clear()
    rows.append(("ratio", "", f"bulk load {(quads / bulk.seconds) / (len(parsed) / seconds):.1f}x rdflib-neo4j, "
                              f"sync {(quads / first.seconds) / (len(parsed) / seconds):.1f}x"))
    print(*rows[-1], flush=True)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=9000)
    parser.add_argument("--no-neo4j", action="store_true", help="Only the ingest rows.")
    parser.add_argument("--baseline", metavar="REV", help="Also time the ingest of this earlier commit (git revision).")
    args = parser.parse_args()
    from techpact.neo4j import server

    was_running = server._pid(HOME.resolve()) is not None
    with tempfile.TemporaryDirectory(prefix="scale-") as folder:
        rows, store = ingest_rows(Path(folder), args.documents)
        ratio = float(rows[1][2].split()[0].replace(",", "")) / float(rows[0][2].split()[0].replace(",", ""))
        rows.insert(2, ("`--jobs 2` / `--jobs 1`", "", f"{ratio:.2f}x"))
        if args.baseline:
            rows.insert(0, baseline_row(Path(folder), args.baseline))
            print(*rows[0], flush=True)
        if not args.no_neo4j:
            try:
                rows += neo4j_rows(store, Path(folder))
            finally:
                if not was_running:
                    server.stop(HOME)
    load = os.getloadavg()
    print(f"\n{time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"load average at the end {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f}\n")
    print("| what | time | rate |\n|---|---|---|")
    for what, seconds, rate in rows:
        print(f"| {what} | {seconds} | {rate} |")


if __name__ == "__main__":
    main()
