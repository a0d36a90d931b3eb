"""Store benchmark: rdflib vs pyoxigraph on a synthetic techpact-shaped dataset.

    python benchmarks/store_benchmark.py [--triples 1000000]

Generates N-Quads shaped like techpact's graphs (documents, agreements with parties,
sectors and evidence, one named graph per document), then measures for each engine:
load time, peak memory of a fresh process, and a 2-hop join (pairs of states that share
an agreement in a sector). Each engine runs in its own subprocess so memory is its own.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ID = "https://w3id.org/techpact/id/"
TP = "https://w3id.org/techpact/ontology#"
STATES = [f"S{i:02d}" for i in range(60)]
SECTORS = ["ai", "blockchain", "crypto", "cbdc", "fintech", "cybersecurity", "telecom", "semiconductors", "quantum",
           "space", "nuclear", "robotics", "biotech", "egov", "data", "smart-cities", "digital-economy",
           "critical-minerals", "clean-energy", "defense"]
JOIN = f"""
PREFIX tp: <{TP}>
SELECT ?a ?b (COUNT(*) AS ?n) WHERE {{
  GRAPH ?g {{ ?agreement tp:sector <{ID}sector/ai> ; tp:party ?a , ?b . }}
  FILTER(STR(?a) < STR(?b))
}} GROUP BY ?a ?b ORDER BY DESC(?n) LIMIT 10"""


def generate(path: Path, triples: int, seed: int = 7) -> int:
    rng = random.Random(seed)
    written = 0
    doc = 0
    with path.open("w") as out:
        while written < triples:
            doc += 1
            g = f"<{ID}doc/{doc:08x}>"
            lines = [f'{g} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{TP}Document> {g} .',
                     f'{g} <http://purl.org/dc/terms/source> "corpus/{doc}.txt" {g} .']
            for agreement in range(3):
                a = f"<{ID}agreement/{doc:08x}-{agreement}>"
                lines.append(f"{a} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{TP}Agreement> {g} .")
                lines.append(f'{a} <{TP}status> "signed" {g} .')
                for party in rng.sample(STATES, 2):
                    lines.append(f"{a} <{TP}party> <{ID}state/{party}> {g} .")
                for sector in rng.sample(SECTORS, 3):
                    lines.append(f"{a} <{TP}sector> <{ID}sector/{sector}> {g} .")
                e = f"<{ID}evidence/{doc:08x}-{agreement}>"
                lines.append(f"{a} <{TP}evidence> {e} {g} .")
                lines.append(f'{e} <{TP}text> "Sentence {doc} {agreement} about cooperation." {g} .')
            out.write("\n".join(lines) + "\n")
            written += len(lines)
    return written


def _report(**values) -> None:
    values["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(values), flush=True)


def run_rdflib(path: str) -> None:
    from rdflib import Dataset

    started = time.perf_counter()
    dataset = Dataset()
    dataset.parse(path, format="nquads")
    _report(load_s=time.perf_counter() - started)
    started = time.perf_counter()
    rows = list(dataset.query(JOIN))
    _report(join_s=time.perf_counter() - started, rows=len(rows))


def run_oxigraph(path: str, bulk: bool = True) -> None:
    import pyoxigraph as ox

    folder = tempfile.mkdtemp()
    store = ox.Store(folder)
    started = time.perf_counter()
    if bulk:
        store.bulk_load(path=path, format=ox.RdfFormat.N_QUADS)
    else:
        store.load(path=path, format=ox.RdfFormat.N_QUADS)  # one transaction, as an ingest batch writes
    _report(load_s=time.perf_counter() - started)
    started = time.perf_counter()
    rows = list(store.query(JOIN))
    _report(join_s=time.perf_counter() - started, rows=len(rows))


def child(engine: str, path: str) -> None:
    {"rdflib": run_rdflib, "pyoxigraph": run_oxigraph,
     "pyoxigraph-tx": lambda p: run_oxigraph(p, bulk=False)}[engine](path)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--timeout", type=int, default=300, help="Seconds allowed per engine (load + join).")
    parser.add_argument("--child", nargs=2, metavar=("ENGINE", "PATH"))
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data.nq"
        count = generate(data, args.triples)
        print(f"{count} quads, {data.stat().st_size / 1e6:.0f} MB N-Quads")
        for engine in ("pyoxigraph", "pyoxigraph-tx", "rdflib"):
            process = subprocess.Popen([sys.executable, __file__, "--child", engine, str(data)],
                                       stdout=subprocess.PIPE, text=True)
            try:
                output, _ = process.communicate(timeout=args.timeout)
            except subprocess.TimeoutExpired:
                process.kill()
                output, _ = process.communicate()
            result: dict = {}
            for line in output.splitlines():
                result.update(json.loads(line))
            join = (f"{result['join_s'] * 1000:8.1f} ms ({result['rows']} rows)" if "join_s" in result
                    else f"not done after {args.timeout} s in all")
            load = f"{result['load_s']:6.1f} s" if "load_s" in result else "not done"
            print(f"{engine:13s} load {load}   peak {result.get('peak_mb', 0):6.0f} MB   2-hop join {join}", flush=True)


if __name__ == "__main__":
    main()
