"""Full passages of our own (tests/data/challenge_passages_status/) keep the status and date accuracy they reach.

Each passage tells several acts (a lead act, acts told as background, acts ahead) with statuses and dates told
across sentences; gold.json holds what an annotator following the eval rules gives them.
"""

from __future__ import annotations

from techpact.scorecard import evaluate_files

from .conftest import DATA

PASSAGES = DATA / "challenge_passages_status"
# Full passages of our own in the status shapes of real news: acts extended, ratified by a legislature, put into
# operation, resumed, going on for years; offers accepted, readiness voiced by both sides, refusals beside a
# concluded act; provisions and content told after a signing.
SHAPES = DATA / "challenge_passages_status_shapes"


def _scored(folder, passages: int):
    """The evaluation of every passage in folder against its gold.json, the status and date accuracies, and their
    wrong values as one message."""
    files = sorted(folder.glob("*.txt"))
    skipped, evaluation = evaluate_files(folder / "gold.json", files)
    assert not skipped and evaluation.passages == len(files) >= passages
    status, date = evaluation.accuracy["status"], evaluation.accuracy["date"]
    return evaluation, status, date, "\n".join(map(str, status.wrong + date.wrong))


def test_status_and_date_of_acts_told_across_full_passages_keep_their_accuracy():
    evaluation, status, date, wrong = _scored(PASSAGES, 50)
    assert status.total >= 85 and status.value >= 0.94, wrong
    assert date.total >= 60 and date.value >= 0.95, wrong
    assert evaluation.scores["agreements"].recall >= 0.8


def test_statuses_and_dates_of_real_news_shapes_across_full_passages_hold():
    _, status, date, wrong = _scored(SHAPES, 12)
    assert status.total >= 14 and status.value >= 0.9, wrong
    assert date.total >= 8 and date.value >= 0.85, wrong
