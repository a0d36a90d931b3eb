from __future__ import annotations

import json

from click.testing import CliRunner

from techpact.cli import main
from techpact.evaluate import gold_facts, score

TARGETS = {"mentions": 0.97, "pairs": 0.90, "pair_sectors": 0.85, "memberships": 0.85}


def test_evaluate_dev_set_scores_at_or_above_targets(shared):
    dev = shared / "eval" / "dev"
    result = CliRunner().invoke(main, ["eval", str(dev / "gold.json"), *map(str, sorted(dev.glob("*.txt"))),
                                       "--format", "json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    for kind, floor in TARGETS.items():
        assert scores[kind]["f1"] >= floor, (kind, scores[kind])


def test_evaluate_pairs_are_unordered_and_optional_items_count_neither_way():
    gold = gold_facts([{"url": "u", "mentions": ["RUS"], "optional_mentions": ["FRA"],
                        "agreements": [{"parties": ["RUS", "IRN"], "sectors": ["ai"], "optional_sectors": ["data"]},
                                       {"parties": ["IND", "RUS"], "sectors": [], "optional": True}],
                        "memberships": [["IRN", "SCO"]]}])
    system = {"mentions": {("u", "RUS"), ("u", "FRA")},
              "pairs": {("u", ("IRN", "RUS")), ("u", ("IND", "RUS"))},
              "pair_sectors": {("u", ("IRN", "RUS"), "ai"), ("u", ("IRN", "RUS"), "data"), ("u", ("IRN", "RUS"), "space")},
              "memberships": set()}
    scores = score(gold, system)
    assert (scores["mentions"].precision, scores["mentions"].recall) == (1.0, 1.0)
    assert scores["pairs"].f1 == 1.0
    assert len(scores["pair_sectors"].false_positives) == 1 and scores["pair_sectors"].recall == 1.0
    assert scores["memberships"].recall == 0.0


def test_eval_verbose_lists_misses_and_false_positives(tmp_path):
    passage = tmp_path / "p.txt"
    passage.write_text("URL: https://example.org/p\nTITLE: t\nDATE:\n\nIndia and Japan signed a memorandum on semiconductors.")
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps([{"url": "https://example.org/p", "mentions": ["IND", "JPN", "KOR"],
                                 "agreements": [{"parties": ["IND", "JPN"], "sectors": ["quantum"]}], "memberships": []}]))
    result = CliRunner().invoke(main, ["eval", str(gold), str(passage), "--verbose"])
    assert result.exit_code == 0, result.output
    assert "mentions miss: https://example.org/p KOR" in result.output
    assert "pair_sectors false positive: https://example.org/p ('IND', 'JPN') semiconductors" in result.output
