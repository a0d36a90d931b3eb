from __future__ import annotations

import json

from click.testing import CliRunner

from techpact.cli import main
from techpact.evaluate import SystemAgreement, gold_facts, score, score_agreements

from .conftest import DATA

# Regression floors: what main scores now (F1 for fact kinds and agreements, accuracy over
# matched agreements), raised as extraction improves. The targets are higher for some.
FLOORS = {
    # stop 17: whole agreements 0.838 -> 0.841 (150 -> 151 matched: plans a joint statement announces are acts of
    # their own); kind 126/150 -> 126/151 (0.840 -> 0.834) and status 131/150 -> 131/151 (0.873 -> 0.868) fall as shares
    # only: the act newly matched carries neither the gold kind nor status, no right value was lost.
    # stop 18: whole agreements 0.841 -> 0.842 (151/18/39 -> 152/19/38: a second act of one party set found, a planned
    # support of a Korea-Indonesia centre the gold leaves out now found once "Korea" names South Korea); kind 126/151 ->
    # 126/152 (0.834 -> 0.829) falls as a share only; status 131 -> 132 right; date 26/32 -> 27/32 (0.812 -> 0.844).
    # stop 19: whole memberships 0.962 -> 1.000 (75 -> 81 of 81, none false: membership_broad.py).
    # stop 20: whole status 132/152 -> 135/152 (0.868 -> 0.888: joint pledges made are acts made, status_pledges.py).
    # stop 21: whole agreements 0.842 -> 0.848 (152/19/38 -> 154/19/36: acts of one party set told apart by fate or by a
    # name of their own); status 135/152 -> 137/154 (0.888 -> 0.890), kind 126/152 -> 127/154 (0.829 -> 0.825, a share).
    # stop 22: whole agreements 0.848 -> 0.851 (154/19/36 -> 154/18/36: a glued sentence of a scraped page split);
    # date 27/32 -> 28/32 (0.844 -> 0.875: dates of acts told at an occasion, act_dates_*.py).
    # stop 24: whole agreements 154/18/36 -> 155/18/35 (0.851 -> 0.854: instruments told as "several documents" beside
    # an act of another kind are acts of their own); status 136/154 -> 136/155 (0.883 -> 0.877) falls as a share only.
    # stop 25: whole status 137/156 -> 138/156 (0.878 -> 0.885: a partnership told as the ground of what the sides do
    # stands, status_standing.py); kind 129 -> 128 of 156 (the act it makes in force now pairs with another gold act).
    # stop 36: whole agreements 156/18/34 -> 157/18/33 (0.857 -> 0.860: a programme the sides launch or begin is an
    # initiative); kind 128/156 -> 128/157 (0.821 -> 0.815) falls as a share only: the act newly matched carries
    # another kind than the gold's, no right kind was lost; status 138/156 -> 139/157 (it carries the gold status).
    # stop 39: whole status 139/157 -> 140/157 (0.885 -> 0.892: "a Joint Declaration of Intent" names a document, no
    # intent); kind 128/157 -> 129/157 (0.815 -> 0.822: a framework for talks is a working group).
    # stop 43: whole status 140/157 -> 141/157 (0.892 -> 0.898: "for the alliance's launch" is the noun, no launching).
    # stop 61: whole kind 129/157 -> 131/157 (0.822 -> 0.834: cooperation standing with no instrument is a partnership).
    "whole": {"mentions": 0.99, "pairs": 0.96, "pair_sectors": 0.93, "memberships": 1.00, "agreements": 0.85,
              "kind": 0.83, "status": 0.895, "date": 0.87},
    # stop 13: untouched kind 0.923 (36/39) -> 0.875 (35/40): the act the status rules newly match carries a kind the
    # gold does not give it, and the kind one act-separation rule had gained goes with the set of matches; status
    # 26/39 -> 29/40, agreements 0.696 -> 0.708, date 4/7 -> 5/7.
    # stop 14: untouched agreements 0.708 -> 0.743 (40 -> 42 matched: a member beside its bloc's act is the bloc's);
    # kind 35/40 -> 36/42 (0.875 -> 0.857) and status 29/40 -> 30/42 (0.725 -> 0.714) fall as shares only because the
    # two acts now matched add one right kind and one right status between them; pairs 0.865 -> 0.874, date 5/7 -> 6/8
    # stop 17: untouched agreements 0.743 -> 0.754 (42 -> 43 matched, the same rule); kind 36/42 -> 36/43 (0.857 ->
    # 0.837) and status 30/42 -> 30/43 (0.714 -> 0.698) fall as shares only, as on the whole set.
    # stop 19: untouched memberships 0.700 -> 1.000 (7 -> 13 of 13, none false: membership_broad.py, a last resort for
    # a sentence of one bloc that lists three or more states).
    # stop 21: untouched status 30/43 -> 31/43 (0.698 -> 0.721), with the first three of the stop's rules merged
    # (status_setting, status_background, status_fates; measured together, totals only).
    # stop 22: untouched agreements 0.754 -> 0.761 (43/6/22 -> 43/5/22, the same split); status still 31/43.
    # stop 23: untouched pairs 0.882 and pair-sector 0.876, as already at stop 22's end (its note kept stop 21's 0.874
    # and 0.869); status still 31/43.
    # stop 24: untouched agreements 0.761 -> 0.772 (43/5/22 -> 44/5/21, the same rule); kind 36/43 -> 37/44, date
    # 6/8 -> 7/9; status 31/43 -> 31/44 (0.721 -> 0.705) falls as a share only: the act newly matched has another status.
    # stop 25: untouched status 31/44 -> 32/44 (0.705 -> 0.727) and kind 37/44 -> 36/44 (0.841 -> 0.818), both by the
    # same rule as on the whole set (a standing partnership in force now pairs with a gold act of another kind).
    # stop 36: untouched agreements 44/5/21 -> 45/5/20 (0.772 -> 0.783) and status 32/44 -> 33/45 (0.727 -> 0.733) by
    # the same rule as on the whole set; kind 36/44 -> 36/45 (0.818 -> 0.800) falls as a share only (totals only read).
    # stop 39: untouched status 33/45 -> 34/45 (0.733 -> 0.756) by the same "of intent" rule (totals only read).
    "untouched": {"mentions": 0.99, "pairs": 0.88, "pair_sectors": 0.87, "memberships": 1.00, "agreements": 0.78,
                  "kind": 0.80, "status": 0.75, "date": 0.77},
}


def _dev_scores(files) -> dict:
    dev = files[0].parent
    result = CliRunner().invoke(main, ["eval", str(dev / "gold.json"), *map(str, files), "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def _untouched(shared) -> list:
    names = [line for line in (DATA / "dev-untouched.txt").read_text().splitlines() if line and not line.startswith("#")]
    return [shared / "eval" / "dev" / name for name in names]


def test_evaluate_dev_set_scores_at_or_above_floors(shared):
    scores = _dev_scores(sorted((shared / "eval" / "dev").glob("*.txt")))
    assert scores["passages"] == 100
    for kind, floor in FLOORS["whole"].items():
        value = scores[kind].get("f1", scores[kind].get("accuracy"))
        assert value >= floor, (kind, scores[kind])


def test_evaluate_untouched_third_scores_at_or_above_floors(shared):
    files = _untouched(shared)
    assert len(files) == 33 and all(f.is_file() for f in files)
    scores = _dev_scores(files)
    assert scores["passages"] == 33  # only the passages given are scored
    for kind, floor in FLOORS["untouched"].items():
        value = scores[kind].get("f1", scores[kind].get("accuracy"))
        assert value >= floor, (kind, scores[kind])


def test_evaluate_agreements_match_exact_party_sets_best_fit_first():
    gold = [{"url": "u", "agreements": [
        {"parties": ["IRN", "RUS"], "kind": "mou", "status": "signed", "date": "2025-03"},
        {"parties": ["IRN", "RUS"], "kind": "working-group", "status": "planned", "date": None},
        {"parties": ["CHN", "IND", "RUS"], "kind": "agreement", "status": "planned"},
        {"parties": ["BRA", "RUS"], "kind": "partnership", "status": "in-force", "optional": True}]}]
    system = [
        SystemAgreement("u", "a1", frozenset({"IRN", "RUS"}), frozenset({"working-group"}), frozenset({"planned"}), frozenset()),
        SystemAgreement("u", "a2", frozenset({"IRN", "RUS"}), frozenset({"mou"}), frozenset({"signed", "planned"}),
                        frozenset({"2025-03-14"})),
        SystemAgreement("u", "a3", frozenset({"CHN", "IND"}), frozenset({"agreement"}), frozenset({"planned"}), frozenset()),
        SystemAgreement("u", "a4", frozenset({"BRA", "RUS"}), frozenset({"mou"}), frozenset({"signed"}), frozenset()),
        SystemAgreement("u", "a5", frozenset({"RUS"}), frozenset({"proposal"}), frozenset({"proposed"}), frozenset()),
    ]
    result, accuracy = score_agreements(gold, system)
    # a1 and a2 match the two IRN-RUS acts; a3's party set differs from the trilateral one (a miss and a false
    # positive); a4 matches an optional act and a5 has one party: neither counts against.
    assert (len(result.true_positives), len(result.false_positives), len(result.false_negatives)) == (2, 1, 1)
    assert (accuracy["kind"].right, accuracy["kind"].total) == (2, 2)
    assert (accuracy["status"].right, accuracy["status"].total) == (1, 2)  # two statuses on one node is wrong
    assert (accuracy["date"].right, accuracy["date"].total) == (1, 1)  # gold 2025-03 accepts 2025-03-14


def test_evaluate_pairs_are_unordered_and_optional_items_count_neither_way():
    gold = gold_facts([{"url": "u", "mentions": ["RUS"], "optional_mentions": ["FRA"],
                        "agreements": [{"parties": ["RUS", "IRN"], "sectors": ["ai"], "optional_sectors": ["data"]},
                                       {"parties": ["IND", "RUS"], "sectors": [], "optional": True}],
                        "memberships": [["IRN", "SCO"]], "optional_memberships": [["KAZ", "SCO"], ["IRN", "SCO"]]}])
    system = {"mentions": {("u", "RUS"), ("u", "FRA")},
              "pairs": {("u", ("IRN", "RUS")), ("u", ("IND", "RUS"))},
              "pair_sectors": {("u", ("IRN", "RUS"), "ai"), ("u", ("IRN", "RUS"), "data"), ("u", ("IRN", "RUS"), "space")},
              "memberships": {("u", "KAZ", "SCO")}}
    scores = score(gold, system)
    assert (scores["mentions"].precision, scores["mentions"].recall) == (1.0, 1.0)
    assert scores["pairs"].f1 == 1.0
    assert len(scores["pair_sectors"].false_positives) == 1 and scores["pair_sectors"].recall == 1.0
    assert scores["memberships"].recall == 0.0  # required even though also listed as optional
    assert not scores["memberships"].false_positives  # an optional membership found counts neither way


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
