"""A side ranked among those that made an act ("became the second partner after the US to sign an agreement with
India") has made it, and so have the sides ranked before it, each with the one counterpart
(status_variants, distributive_acts.ranked_after; the rank is no clause break, cues.CLAUSE_BREAK). Sentences written
for the test."""

from __future__ import annotations

import pytest

from tests.extraction import acts_of


def acts(text: str) -> set[tuple[frozenset[str], str]]:
    return {(frozenset(a.parties), a.status) for a in acts_of(text)}


@pytest.mark.parametrize("text, expected", [
    ("Chile has become the second partner after Canada to sign a lithium agreement with Peru.",
     {(frozenset({"CHL", "PER"}), "signed"), (frozenset({"CAN", "PER"}), "signed")}),
    ("Chile became the third country after Canada and Mexico to sign a digital trade pact with Peru.",
     {(frozenset({"CHL", "PER"}), "signed"), (frozenset({"CAN", "PER"}), "signed"), (frozenset({"MEX", "PER"}), "signed")}),
    ("Chile became the first country to sign a lithium memorandum with Peru.", {(frozenset({"CHL", "PER"}), "signed")}),
    ("Chile is the latest country to sign a lithium memorandum with Peru.", {(frozenset({"CHL", "PER"}), "signed")}),
])
def test_a_side_ranked_among_signers_has_signed_with_the_counterpart(text, expected):
    assert acts(text) == expected


@pytest.mark.parametrize("text", [
    "Chile will be the first country to sign a lithium memorandum with Peru.",
    "Chile could become the first country to sign a lithium memorandum with Peru.",
])
def test_a_rank_still_ahead_is_planned(text):
    assert acts(text) == {(frozenset({"CHL", "PER"}), "planned")}


def test_after_a_subject_with_its_own_verb_is_still_a_clause_break():
    assert acts("Chile signed a lithium pact with Peru after Canada and Mexico agreed to join.") == {
        (frozenset({"CHL", "PER"}), "signed")}
