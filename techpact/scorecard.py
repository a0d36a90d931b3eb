"""Extraction scores for people: evaluate files against gold annotations in a scratch store, and
the scores as table lines, JSON, and the list of misses and false positives."""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from pathlib import Path

from techpact.evaluate import KINDS, Score, evaluate


def evaluate_files(gold: str | Path, paths: Iterable[str | Path]) -> tuple[list[str], dict[str, Score]]:
    """Ingest paths into a scratch store and score it against gold: (files skipped and why, scores)."""
    from techpact.graph.store import Store
    from techpact.ingest import ingest

    with tempfile.TemporaryDirectory(prefix="techpact-eval-") as scratch, Store(scratch) as store:
        report = ingest(list(paths), store)
        scores = evaluate(gold, store)
    return report.skipped, scores


def scores_json(scores: dict[str, Score]) -> dict[str, dict]:
    """Precision, recall, F1 and counts per kind of fact."""
    return {k: {"precision": s.precision, "recall": s.recall, "f1": s.f1, "tp": len(s.true_positives),
                "fp": len(s.false_positives), "fn": len(s.false_negatives)} for k, s in scores.items()}


def scores_table(scores: dict[str, Score]) -> list[str]:
    """The scores as fixed-width lines, a header first."""
    lines = [f"{'kind':14s} {'P':>6s} {'R':>6s} {'F1':>6s} {'tp':>5s} {'fp':>5s} {'fn':>5s}"]
    for kind in KINDS:
        s = scores[kind]
        lines.append(f"{kind:14s} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} "
                     f"{len(s.true_positives):5d} {len(s.false_positives):5d} {len(s.false_negatives):5d}")
    return lines


def score_errors(scores: dict[str, Score]) -> list[str]:
    """Every miss and every false positive, one line each, by kind."""
    lines = []
    for kind in KINDS:
        for label, items in (("miss", scores[kind].false_negatives), ("false positive", scores[kind].false_positives)):
            for item in sorted(items, key=str):
                lines.append(f"{kind} {label}: {' '.join(str(x) for x in item)}")
    return lines
