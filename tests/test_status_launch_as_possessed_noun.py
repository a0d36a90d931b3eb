""""Launch" after a possessive is the noun, not a launching done: "discussions for the alliance's launch in late August"
and "ahead of its launch" tell the launch still ahead, so the clause's own verb gives its status ("is planning to":
planned). "Launched" and "the sides launch ..." keep their readings. Sentences written for these tests."""

import pytest

from techpact.extract.status import find_status


@pytest.mark.parametrize("text", [
    "Kenya is planning to begin talks with Ghana for the alliance's launch in late August.",
    "Kenya and Ghana plan to hold a ceremony for their partnership’s launch next year.",
    "Kenya and Ghana will meet in May to prepare for its launch.",
])
def test_launch_after_a_possessive_is_a_noun_and_leaves_the_plan(text):
    assert find_status(text) == "planned"


def test_a_launching_done_is_still_signed():
    assert find_status("Kenya and Ghana launched a data partnership on Monday.") == "signed"
