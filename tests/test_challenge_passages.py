"""Full passages of our own (tests/data/challenge_passages_status/) keep the status and date accuracy they reach.

Each passage tells several acts (a lead act, acts told as background, acts ahead) with statuses and dates told
across sentences; gold.json holds what an annotator following the eval rules gives them.
"""

from __future__ import annotations

from techpact.scorecard import evaluate_files

from .conftest import DATA

PASSAGES = DATA / "challenge_passages_status"


def test_status_and_date_of_acts_told_across_full_passages_keep_their_accuracy():
    files = sorted(PASSAGES.glob("*.txt"))
    skipped, evaluation = evaluate_files(PASSAGES / "gold.json", files)
    assert not skipped and evaluation.passages == len(files) >= 50
    status, date = evaluation.accuracy["status"], evaluation.accuracy["date"]
    wrong = "\n".join(map(str, status.wrong + date.wrong))
    assert status.total >= 85 and status.value >= 0.94, wrong
    assert date.total >= 60 and date.value >= 0.95, wrong
    assert evaluation.scores["agreements"].recall >= 0.8
