"""Ingest time and peak memory for one large document (a think-tank report of many pages).

    python benchmarks/large_document_benchmark.py [--sizes 0.1 1 10]

Each size (MB of text) is a .txt file made by repeating the extraction benchmark's generated
news passages (written for the benchmarks, with random states, blocs and sectors), ingested
end to end (load, extract, build RDF, write the store) in a process of its own, so that its peak
resident memory (ru_maxrss) is that ingest's own.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract_benchmark import generate  # noqa: E402


def make_text(megabytes: float) -> str:
    """Generated passages joined as paragraphs until the text reaches the size."""
    wanted = int(megabytes * 1024 * 1024)
    parts, size, seed = [], 0, 0
    while size < wanted:
        for passage in generate(200, seed=seed):
            parts.append(passage)
            size += len(passage) + 2
            if size >= wanted:
                break
        seed += 1
    return "\n\n".join(parts)[:wanted]


def measure(megabytes: float) -> dict:
    """Seconds and peak MB of ingesting one text of this size into a new store, in this process."""
    from techpact.graph.store import Store
    from techpact.ingest import ingest

    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "report.txt"
        source.write_text(make_text(megabytes), encoding="utf-8")
        started = time.perf_counter()
        with Store(Path(folder) / "store") as store:
            report = ingest([source], store)
        seconds = time.perf_counter() - started
    return {"seconds": seconds, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "added": report.added}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.1, 1.0, 10.0])
    parser.add_argument("--one", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one is not None:
        print(json.dumps(measure(args.one)))
        return
    for megabytes in args.sizes:
        result = json.loads(subprocess.run([sys.executable, __file__, "--one", str(megabytes)], check=True,
                                           stdout=subprocess.PIPE, text=True).stdout)
        print(f"ingest {megabytes:g} MB of text: {result['seconds']:.2f} s, peak {result['peak_mb']:.0f} MB", flush=True)


if __name__ == "__main__":
    main()
