"""`techpact ingest --jobs N`: worker processes read and extract, one writer; the store is what one process makes."""

from __future__ import annotations

import io
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Dataset
from rdflib.compare import isomorphic

from techpact import ingest_workers
from techpact.cli import main
from techpact.graph.store import Store
from techpact.ingest import ingest
from techpact.ingest_workers import Extracted, extract_file, extracted_in_order
from techpact.loaders import iter_source_files
from tests.conftest import CORPUS

PAIRS = [("Egypt", "Kenya"), ("Brazil", "India"), ("Japan", "Vietnam"), ("Chile", "Peru")]
ACTS = [
    "{a} and {b} signed a memorandum of understanding on {s} in March 2024.",
    "{a} and {b} signed an agreement on {s} in 2024.",
    "{a} and {b} signed a memorandum of understanding on {s} on 12 March 2024.",
    "{a} and {b} plan to set up a joint working group on {s}.",
    "{a} and {b} agreed to cooperate in {s}, according to a joint statement.",
    "{a} has proposed a joint platform for {s} to {b}, officials said.",
]
SECTORS = ["artificial intelligence", "semiconductors", "cybersecurity"]
FILLERS = ["Markets reacted calmly to the news.", "The statement gave no financial details.",
           "Officials said talks would continue.", "The ministers also discussed trade and tourism."]
BAD_JSON = '{"text": "Russia and Iran signed a memorandum on AI.", "published": 1e300}'


def story(rng: random.Random, number: int) -> str:
    """A short report of one act between one of a few pairs: many reports name the same agreement."""
    a, b = rng.choice(PAIRS)
    lines = [rng.choice(ACTS).format(a=a, b=b, s=rng.choice(SECTORS))]
    lines += rng.sample(FILLERS, 2) + [f"Report number {number}."]
    return " ".join(lines) + "\n"


def identity_corpus(folder: Path, count: int = 60, seed: int = 7) -> Path:
    """Reports of the same acts by several documents, the bundled corpus, a duplicate and a broken file."""
    rng = random.Random(seed)
    (folder / "news").mkdir(parents=True)
    for number in range(count):
        (folder / "news" / f"{number:03d}.txt").write_text(story(rng, number))
    shutil.copytree(CORPUS, folder / "bundled")
    (folder / "news" / "copy-of-007.txt").write_text((folder / "news" / "007.txt").read_text())
    (folder / "news" / "broken.json").write_text(BAD_JSON)
    (folder / "news" / "empty.txt").write_text("   \n")
    return folder


def revise(folder: Path, seed: int = 8) -> None:
    """Change some reports (their graphs are replaced), add new ones, keep the rest."""
    rng = random.Random(seed)
    for number in range(0, 60, 7):
        (folder / "news" / f"{number:03d}.txt").write_text(story(rng, 100 + number))
    for number in range(60, 75):
        (folder / "news" / f"{number:03d}.txt").write_text(story(rng, number))


def exported(store_path: Path) -> Dataset:
    """The store as `techpact export --format nquads --raw` writes it, parsed by rdflib."""
    result = CliRunner().invoke(main, ["export", "--format", "nquads", "--raw", "--store", str(store_path)])
    assert result.exit_code == 0, result.output
    dataset = Dataset()
    dataset.parse(data=result.stdout_bytes.decode("utf-8"), format="nquads")
    return dataset


def assert_same_dataset(a: Path, b: Path) -> None:
    """Same named graphs, each isomorphic, and the same fingerprints the sync reads."""
    graphs_a = {g.identifier: g for g in exported(a).graphs() if len(g)}
    graphs_b = {g.identifier: g for g in exported(b).graphs() if len(g)}
    assert graphs_a.keys() == graphs_b.keys()
    different = [name for name in graphs_a if not isomorphic(graphs_a[name], graphs_b[name])]
    assert not different, f"{len(different)} graphs differ, e.g. {different[:3]}"
    with Store(a, read_only=True) as store_a, Store(b, read_only=True) as store_b:
        assert store_a.graph_fingerprints() == store_b.graph_fingerprints()


def merged_reports(store_path: Path) -> int:
    """Agreement nodes that several documents report (cross-report identity at work)."""
    with Store(store_path, read_only=True) as store:
        seen: dict[str, set[str]] = {}
        for quad in store.quads():
            if quad.predicate.value.endswith("#derivedFrom") and "/agreement/" in quad.subject.value:
                seen.setdefault(quad.subject.value, set()).add(quad.graph_name.value)
    return sum(1 for graphs in seen.values() if len(graphs) > 1)


def run_ingest(folder: Path, store: Path, jobs: int):
    result = CliRunner().invoke(main, ["ingest", str(folder), "--store", str(store), "--jobs", str(jobs)])
    assert result.exit_code == 0, result.output
    return result


def test_ingest_jobs_two_gives_the_dataset_of_one_job_with_reports_merged_alike(tmp_path):
    corpus = identity_corpus(tmp_path / "corpus")
    one = run_ingest(corpus, tmp_path / "one", 1)
    two = run_ingest(corpus, tmp_path / "two", 2)
    assert one.stdout == two.stdout and "1 unchanged, 2 skipped" in one.stdout
    assert sorted(one.stderr.splitlines()) == sorted(two.stderr.splitlines())
    assert f"skipped: {corpus / 'news' / 'broken.json'}: OverflowError: " in two.stderr
    assert merged_reports(tmp_path / "one") >= 5, "the corpus must exercise cross-report identity"
    assert_same_dataset(tmp_path / "one", tmp_path / "two")

    revise(corpus)
    one = run_ingest(corpus, tmp_path / "one", 1)
    two = run_ingest(corpus, tmp_path / "two", 2)
    # 15 new files, and copy-of-007.txt: its text was stored from 007.txt, whose new version replaced it
    assert one.stdout == two.stdout and "16 added, 9 replaced" in one.stdout
    assert_same_dataset(tmp_path / "one", tmp_path / "two")


def test_ingest_jobs_rerun_counts_every_document_unchanged_and_extracts_none(tmp_path):
    corpus = identity_corpus(tmp_path / "corpus", count=20)
    with Store(tmp_path / "store") as store:
        first = ingest([corpus], store, jobs=2)
    with Store(tmp_path / "store") as store:
        handed = [item for item in extracted_in_order(iter_source_files([corpus]), 2, store_path=store.path)
                  if isinstance(item, Extracted)]
        again = ingest([corpus], store, jobs=2)
    assert first.added > 30 and len(handed) == first.added + first.unchanged
    assert all(item.facts is None and item.error is None for item in handed), "stored documents are not extracted"
    assert (again.added, again.replaced, again.unchanged, again.skipped) == (
        0, 0, first.added + first.unchanged, first.skipped)


def test_workers_hand_back_documents_in_input_order_without_taking_every_file_at_once(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest_workers, "WINDOW_PER_JOB", 8)
    corpus = identity_corpus(tmp_path / "corpus", count=60)
    files = sorted((corpus / "news").glob("[0-9]*.txt"))
    taken = 0

    def counted():
        nonlocal taken
        for path in files:
            taken += 1
            yield path

    results = extracted_in_order(counted(), jobs=2)
    first = next(results)
    assert taken <= 2 * 8 + ingest_workers.CHUNK_FILES < len(files)
    rest = [first, *results]
    assert [item.document.source for item in rest] == [str(path.resolve()) for path in files]
    assert all(isinstance(item, Extracted) and item.facts is not None for item in rest)
    assert all(item.nquads is not None and item.fingerprint for item in rest), "built by the workers"
    assert [len(item.facts.agreements) for item in rest] == [
        len(extract_file(path)[0].facts.agreements) for path in files]


def crash_on_b(chunk, max_bytes: int):
    """A worker that dies on a chunk holding b.txt, as a worker killed by the kernel would."""
    if any(path.name == "b.txt" for path in chunk):
        os._exit(3)
    return [Extracted(item.document, item.facts) for path in chunk for item in extract_file(path, max_bytes)]


def test_a_worker_that_dies_costs_no_document(tmp_path, monkeypatch, caplog):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in [("a.txt", "Brazil and China agreed on space cooperation."),
                       ("b.txt", "India and Japan signed a memorandum on semiconductors."),
                       ("c.txt", "Egypt and Kenya signed a memorandum of understanding on artificial intelligence.")]:
        (corpus / name).write_text(text)
    with Store(tmp_path / "one") as store:
        expected = ingest([corpus], store)
    monkeypatch.setattr(ingest_workers, "_work", crash_on_b)
    with Store(tmp_path / "two") as store:
        report = ingest([corpus], store, jobs=2)
    assert (report.added, report.skipped) == (expected.added, expected.skipped) == (3, [])
    assert any("b.txt" in message and "BrokenProcessPool" in message for message in caplog.messages), "the worker died"
    assert_same_dataset(tmp_path / "one", tmp_path / "two")


@pytest.mark.parametrize("jobs", [0, -1])
def test_ingest_jobs_below_one_is_a_usage_error(tmp_path, jobs):
    result = CliRunner().invoke(main, ["ingest", str(CORPUS), "--store", str(tmp_path / "s"), "--jobs", str(jobs)])
    assert result.exit_code == 2 and "--jobs" in result.output and not (tmp_path / "s").exists()


def test_export_of_a_jobs_ingest_is_byte_for_byte_a_serial_one_when_sorted(tmp_path):
    corpus = identity_corpus(tmp_path / "corpus", count=30, seed=11)
    outputs = []
    for jobs in (1, 2):
        with Store(tmp_path / f"s{jobs}") as store:
            ingest([corpus], store, jobs=jobs)
            output = io.BytesIO()
            store.export(output, ox.RdfFormat.N_QUADS)
        outputs.append(sorted(output.getvalue().splitlines()))
    assert outputs[0] == outputs[1] and len(outputs[0]) > 3000


def descendants(pid: int) -> list[int]:
    """The processes below pid (children, their children...), from /proc."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parent = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(parent, []).append(int(stat.parent.name))
    found, todo = [], [pid]
    while todo:
        below = children.get(todo.pop(), [])
        found += below
        todo += below
    return found


def running(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.slow
def test_worker_processes_end_when_the_ingest_is_killed(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    rng = random.Random(3)
    for number in range(3000):
        (corpus / f"{number:04d}.txt").write_text(story(rng, number))
    process = subprocess.Popen([sys.executable, "-m", "techpact.cli", "ingest", str(corpus), "--store",
                                str(tmp_path / "store"), "--jobs", "2"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while len(below := descendants(process.pid)) < 3 and time.monotonic() < deadline:  # forkserver + 2 workers
            time.sleep(0.1)
        assert len(below) >= 3, below
        time.sleep(0.5)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    deadline = time.monotonic() + 20
    while any(running(pid) for pid in below) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not [pid for pid in below if running(pid)], "worker processes outlived the killed ingest"
