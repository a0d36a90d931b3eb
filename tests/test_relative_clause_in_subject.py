"""A relative clause set off by commas inside a subject of two ("A, which hosted the talks, and B signed ...") has no
verb of a first clause: ", and B signed" goes on the subject, it does not start a clause of B's own. A first clause
with a verb of its own before the relative clause still ends there. Sentences written for these tests (a sample of a
variation generator over the construction)."""

from __future__ import annotations

import pytest

from .extraction import party_sets, sets


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya, which hosted the talks, and Ethiopia signed an MoU on artificial intelligence on Monday.", ["ETH+KEN"]),
    ("Egypt, which has close ties with Russia, and Kenya signed an agreement on 5G on Monday.", ["EGY+KEN"]),
    ("Kenya, whose president visited Addis Ababa last year, and Ethiopia sealed a pact on data centres.", ["ETH+KEN"]),
    ("The UAE, which chairs the forum this year, and Egypt inked a memorandum on fintech.", ["ARE+EGY"]),
    ("Brazil's science ministry, which led the delegation, and Russia's Ministry of Digital Development concluded an "
     "agreement on satellites.", ["BRA+RUS"]),
])
def test_a_relative_clause_inside_the_subject_keeps_one_clause(text, expected):
    assert party_sets(text) == sets(*expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("Brazil signed a deal on satellites with Peru, which joined the group in 2019, and Chile signed a pact on lithium "
     "with Bolivia.", ["BRA+PER", "BOL+CHL"]),
    ("India inked an MoU on 5G with Japan, which hosted the summit, and Australia signed a cable deal with Fiji.",
     ["IND+JPN", "AUS+FJI"]),
])
def test_a_first_clause_with_its_own_verb_still_ends_before_the_new_subject(text, expected):
    assert party_sets(text) == sets(*expected)
