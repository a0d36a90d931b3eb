"""Full passages of our own in the status shapes of real news (tests/data/challenge_passages_status_shapes/): acts
extended, ratified by a legislature, put into operation, resumed, going on for years; offers accepted, readiness voiced
by both sides, refusals beside a concluded act; provisions and content told after a signing. Written for the test,
never taken from the eval passages; gold.json holds what an annotator following the eval rules gives them."""

from __future__ import annotations

from techpact.scorecard import evaluate_files

from .conftest import DATA

PASSAGES = DATA / "challenge_passages_status_shapes"


def test_statuses_and_dates_of_real_news_shapes_across_full_passages_hold():
    files = sorted(PASSAGES.glob("*.txt"))
    skipped, evaluation = evaluate_files(PASSAGES / "gold.json", files)
    assert not skipped and evaluation.passages == len(files) >= 12
    status, date = evaluation.accuracy["status"], evaluation.accuracy["date"]
    wrong = "\n".join(map(str, status.wrong + date.wrong))
    assert status.total >= 14 and status.value >= 0.9, wrong
    assert date.total >= 8 and date.value >= 0.85, wrong
