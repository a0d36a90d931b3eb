"""The challenge sets of our own (tests/data/challenge_*.txt) keep the pair x sector scores they reach."""

from __future__ import annotations

from .challenge import DATA, read_challenge, score


def test_sector_challenge_set_keeps_its_precision_and_recall():
    passages = read_challenge(DATA / "challenge_sectors.txt")
    tp, fp, fn, errors = score(passages)
    assert len(passages) >= 200
    assert tp / (tp + fp) >= 0.97 and tp / (tp + fn) >= 0.95, "\n".join(errors)


def test_challenge_reader_scores_required_optional_and_ignored_items(tmp_path):
    path = tmp_path / "challenge.txt"
    path.write_text("# a comment\nGhana and Kenya signed a memorandum on chips and lithium.\n"
                    "=> GHA KEN: semiconductors ?critical-minerals\n\n"
                    "Ghana and Togo signed a memorandum on tourism.\n=> GHA TGO: ai\n", encoding="utf-8")
    passages = read_challenge(path)
    assert [p.required for p in passages] == [{(("GHA", "KEN"), "semiconductors")}, {(("GHA", "TGO"), "ai")}]
    assert score(passages)[:3] == (1, 0, 1)
