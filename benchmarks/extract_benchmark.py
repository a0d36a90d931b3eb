"""Extraction and ingest speed on generated news-length documents.

    python benchmarks/extract_benchmark.py [--documents 5000] [--profile]
    python benchmarks/extract_benchmark.py --passages ../shared/eval/dev

Documents (~3 KB each) are generated from templates written for this benchmark, with
random states, blocs, sectors and kinds of agreement. Each phase runs in its own
process so that peak memory (ru_maxrss) is the phase's own. Generated documents retell
their sentences (templates), so caches of answers per sentence help there more than on
news; `--passages DIR` times the extraction alone, one pass, on real passages instead
(the dev set's `.txt` files, ~1.5 KB each: each text read once, as a user's corpus is).
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

STATES = ["Russia", "Iran", "India", "China", "Brazil", "South Africa", "Japan", "the United States", "Germany",
          "France", "Kazakhstan", "Vietnam", "Indonesia", "Egypt", "the United Arab Emirates", "Saudi Arabia",
          "Turkey", "Pakistan", "Australia", "South Korea", "Tajikistan", "Uzbekistan", "Belarus", "Cuba"]
BLOCS = ["the SCO", "BRICS", "the European Union", "ASEAN", "the Eurasian Economic Union", "the G20"]
SECTORS = ["artificial intelligence", "blockchain", "cybersecurity", "semiconductors", "quantum computing",
           "satellite navigation", "digital payments", "e-government", "data centres", "smart cities",
           "nuclear energy", "robotics", "biotechnology", "critical minerals", "renewable energy", "5G networks"]
OPENINGS = [
    "{a} and {b} signed a memorandum of understanding on {s1} and {s2} in {month} {year}.",
    "{a} has proposed a joint platform for {s1} to {b}, officials said on Tuesday.",
    "The governments of {a} and {b} agreed to cooperate in {s1}, according to a statement.",
    "{a} and {b} plan to set up a joint working group on {s1} next year.",
]
FILLERS = [
    "The document also covers cooperation in {s2} and the exchange of experts between the two countries.",
    "Analysts said the move reflects a broader push by members of {bloc} to reduce reliance on Western technology.",
    "The ministers discussed trade, tourism and education, and agreed to meet again in {month}.",
    "Officials from {c} attended the ceremony as observers and did not sign the agreement.",
    "Both sides stressed that the partnership would respect national sovereignty and international law.",
    "Markets reacted calmly to the news, with regional stock indices closing slightly higher on the day.",
    "The deal follows a series of meetings between business delegations over the past two years.",
    "{c}, a member of {bloc}, is expected to consider a similar arrangement, people familiar with the talks said.",
    "Experts cautioned that implementation of earlier agreements on {s1} had been slow.",
    "The statement did not give financial details or a timetable for the projects.",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "September", "October", "November"]


def generate(count: int, seed: int = 11) -> list[str]:
    rng = random.Random(seed)
    documents = []
    for _ in range(count):
        a, b, c = rng.sample(STATES, 3)
        values = dict(a=a, b=b, c=c, s1=rng.choice(SECTORS), s2=rng.choice(SECTORS), bloc=rng.choice(BLOCS),
                      month=rng.choice(MONTHS), year=rng.choice([2023, 2024, 2025]))
        values["a"] = values["a"][0].upper() + values["a"][1:]
        lines = [f"{a} and {b} deepen technology ties", rng.choice(OPENINGS).format(**values)]
        while sum(len(line) for line in lines) < 3000:
            lines.append(rng.choice(FILLERS).format(**values))
        documents.append("\n".join(lines))
    return documents


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def phase_extract(count: int, profile: bool, passages: str | None = None) -> dict:
    from techpact.extract import extract_facts
    from techpact.extract.gazetteer import gazetteer
    from techpact.loaders import load_file
    from techpact.loaders.document import Document

    if passages:
        documents = [d for path in sorted(Path(passages).glob("*.txt")) for d in load_file(path) if isinstance(d, Document)]
        count = len(documents)
    else:
        documents = [Document(text=t, source=f"gen/{i}.txt") for i, t in enumerate(generate(count))]
    gazetteer()  # built once per process; not part of per-document cost
    for text in generate(3, seed=99):  # nor are the first dates parsed (dateparser loads its languages) and the like
        extract_facts(Document(text=text, source="warm-up.txt"))
    if profile:
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        profiler.enable()
    started = time.perf_counter()
    agreements = sum(len(extract_facts(d).agreements) for d in documents)
    seconds = time.perf_counter() - started
    if profile:
        profiler.disable()
        pstats.Stats(profiler, stream=sys.stderr).sort_stats("cumulative").print_stats(18)
    size = sum(len(d.text.encode()) for d in documents) / len(documents)
    return {"documents": count, "avg_bytes": round(size), "seconds": seconds, "docs_per_s": count / seconds,
            "agreements": agreements, "peak_mb": _peak_mb()}


def phase_ingest(count: int) -> dict:
    from techpact.graph.store import Store
    from techpact.ingest import ingest

    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus"
        corpus.mkdir()
        for index, text in enumerate(generate(count)):
            (corpus / f"{index:05d}.txt").write_text(text)
        started = time.perf_counter()
        with Store(Path(folder) / "store") as store:
            report = ingest([corpus], store)
            triples = len(store)
        seconds = time.perf_counter() - started
    return {"documents": report.added, "seconds": seconds, "docs_per_s": report.added / seconds,
            "triples": triples, "peak_mb": _peak_mb()}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=5000)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--phase", choices=["extract", "ingest"])
    parser.add_argument("--passages", help="time the extraction on the .txt passages of this folder instead")
    args = parser.parse_args()
    if args.phase == "extract" or args.passages:
        result = phase_extract(args.documents, args.profile, args.passages)
        if args.phase:
            print(json.dumps(result))
        else:
            print(f"extract  {result['documents']} passages in {result['seconds']:.2f} s = {result['docs_per_s']:.0f} docs/s "
                  f"(one process, one pass), peak {result['peak_mb']:.0f} MB, avg {result['avg_bytes']} B/doc, "
                  f"{result['agreements']} agreements")
        return
    if args.phase == "ingest":
        print(json.dumps(phase_ingest(args.documents)))
        return
    for phase in ("extract", "ingest"):
        command = [sys.executable, __file__, "--phase", phase, "--documents", str(args.documents)]
        if args.profile and phase == "extract":
            command.append("--profile")
        result = json.loads(subprocess.run(command, capture_output=False, stdout=subprocess.PIPE, text=True,
                                           check=True).stdout)
        print(f"{phase:8s} {result['documents']} docs in {result['seconds']:.1f} s = {result['docs_per_s']:.0f} docs/s "
              f"(one process), peak {result['peak_mb']:.0f} MB "
              + (f"avg {result['avg_bytes']} B/doc, {result['agreements']} agreements" if phase == "extract"
                 else f"{result['triples']} triples in the store"), flush=True)


if __name__ == "__main__":
    main()
