"""Extraction scores for people: evaluate files against gold annotations in a scratch store."""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from pathlib import Path

from techpact.evaluate import Evaluation, evaluate


def evaluate_files(gold: str | Path, paths: Iterable[str | Path]) -> tuple[list[str], Evaluation]:
    """Ingest paths into a scratch store and score it against gold: (files skipped and why, the evaluation)."""
    from techpact.graph.store import Store
    from techpact.ingest import ingest

    with tempfile.TemporaryDirectory(prefix="techpact-eval-") as scratch, Store(scratch) as store:
        report = ingest(list(paths), store)
        evaluation = evaluate(gold, store)
    return report.skipped, evaluation
