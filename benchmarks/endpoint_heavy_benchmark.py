"""Light-query latency while heavy queries run on `techpact serve`.

    python benchmarks/endpoint_heavy_benchmark.py [--seconds 20] [--heavy 2]

Ingests the bundled corpus into a new store, serves it (2 query processes), keeps `--heavy`
clients sending a cross-join count (seconds each) and one client sending `ASK` one after the
other, and prints the light queries' p50/p95/max and how many heavy queries finished.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
from tests.conftest import running_endpoint  # noqa: E402

HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f }"
LIGHT = "ASK { ?s a <https://w3id.org/techpact/ontology#Document> }"


def post(url: str, query: str) -> int:
    """Send one query; the HTTP status."""
    data = urllib.parse.urlencode({"query": query}).encode()
    try:
        with urllib.request.urlopen(urllib.request.Request(url, data=data), timeout=120) as response:
            response.read()
            return response.status
    except urllib.error.HTTPError as err:
        return err.code


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--heavy", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        store = Path(folder) / "store"
        subprocess.run([sys.executable, "-m", "techpact.cli", "ingest", str(REPO / "techpact/examples/corpus"),
                        "--store", str(store)], check=True, stdout=subprocess.DEVNULL)
        with running_endpoint(store, "--workers", "2", "--timeout", "60") as (url, _):
            post(url, LIGHT)
            stop, heavy_done, light = time.monotonic() + args.seconds, [], []

            def heavy_client() -> None:
                while time.monotonic() < stop:
                    heavy_done.append(post(url, HEAVY))

            threads = [threading.Thread(target=heavy_client) for _ in range(args.heavy)]
            for thread in threads:
                thread.start()
            time.sleep(1.0)
            while time.monotonic() < stop:
                started = time.perf_counter()
                assert post(url, LIGHT) == 200
                light.append(time.perf_counter() - started)
            for thread in threads:
                thread.join()
    light.sort()
    p95 = light[int(0.95 * (len(light) - 1))]
    print(f"{len(light)} light queries while {args.heavy} heavy ones ran ({len(heavy_done)} heavy answered, "
          f"statuses {sorted(set(heavy_done))}): p50 {statistics.median(light) * 1000:.0f} ms, "
          f"p95 {p95 * 1000:.0f} ms, max {light[-1] * 1000:.0f} ms")


if __name__ == "__main__":
    main()
