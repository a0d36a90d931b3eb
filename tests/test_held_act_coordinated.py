"""An act the subject holds, told in a second predicate after a first act ("signed an MoU with Iran and has an
agreement with India"): its own act with the state named after "with", in force (an act held now, "has a deal");
after acts the first predicate distributed over several counterparts as well. Sentences written for the test."""

from __future__ import annotations

import pytest

from techpact.extract.status import find_status

from .extraction import acts_of, party_sets, sets


@pytest.mark.parametrize("text, expected", [
    ("Kenya signed a memorandum with Ghana on fisheries and has an agreement with Peru on satellites.",
     ("GHA+KEN", "KEN+PER")),
    ("Norway concluded a treaty with Chile last year, and has a deal on data flows with Nepal.", ("CHL+NOR", "NOR+NPL")),
    # after acts distributed over several counterparts
    ("Kenya has signed digital trade agreements with Ghana and Peru, and has a deal on data flows with Fiji.",
     ("GHA+KEN", "KEN+PER", "FJI+KEN")),
    ("Norway inked similar pacts with Chile and Peru, and has a treaty on fisheries with Fiji.",
     ("CHL+NOR", "NOR+PER", "FJI+NOR")),
])
def test_a_held_act_after_a_first_act_is_its_own_act_with_its_counterpart(text, expected):
    assert party_sets(text) == sets(*expected)


def test_the_held_act_is_in_force_and_the_first_keeps_its_status():
    acts = {"+".join(sorted(act.parties)): act.status for act in acts_of(
        "Kenya signed a memorandum with Ghana on fisheries and has an agreement with Peru on satellites.")}
    assert acts == {"GHA+KEN": "signed", "KEN+PER": "in-force"}


@pytest.mark.parametrize("text", [
    "Kenya has a deal with Ghana on data flows.",
    "Norway already has a deal on fisheries with Chile.",
])
def test_a_deal_held_now_is_in_force(text):
    assert find_status(text) == "in-force"


@pytest.mark.parametrize("text, expected", [
    # one subject and one act: no second act ("has" is no predicate of an instrument here)
    ("Kenya signed a memorandum with Ghana and has since trained 40 engineers.", ("GHA+KEN",)),
    # a held act of another subject, told in its own clause
    ("Kenya signed pacts with Ghana and Peru, and Fiji has a deal with Chile.", ("GHA+KEN", "KEN+PER", "CHL+FJI")),
])
def test_no_held_act_where_none_is_told(text, expected):
    assert party_sets(text) == sets(*expected)
