"""A subject that became a bloc's member, told after a time phrase of several words before "after becoming" ("more than
four years after becoming the only G7 nation to sign up"), with or without a comma before it (membership_rules,
subject-becoming-bloc-member). Sentences written for these tests, with look-alikes that must not fire: a candidate or a
partner country, a membership still ahead ("before becoming")."""

from __future__ import annotations

import pytest

from .extraction import each, members


@pytest.mark.parametrize(("text", "expected"), [
    ("Italy hosted the forum in Rome more than two years after becoming the only G7 nation to sign up.", each("G7", "ITA")),
    ("Greece renewed the memorandum on Monday, some five years since becoming the first EU country to endorse it.",
     each("EU", "GRC")),
    ("Hungary has kept the deal, more than four years after becoming the first EU state to sign it, officials said.",
     each("EU", "HUN")),
])
def test_a_long_time_phrase_before_after_becoming(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize("text", [
    "Iran hosted the talks a year before becoming a BRICS member.",
    "Mexico quit the pact soon after becoming a BRICS partner country.",
    "Turkey applied to the bloc long after becoming an EU candidate country.",
    "Iran withdrew its bid years after becoming a candidate for BRICS membership.",
])
def test_candidates_partners_a_membership_ahead_or_a_subject_that_quit_are_no_membership(text):
    assert members(text) == set()
