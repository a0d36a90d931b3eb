"""An end told negated ("said it would not suspend the deal", "has never withdrawn from it", "decided not to scrap
it") leaves the act standing: in force, not ended. "not only suspended ... but" still ends it. Undoing
the end itself ("suspended its notice of termination", "cancelled its decision to leave the pact") leaves the act in force too,
and so does an end only wished or striven for ("wants to terminate", "its endeavour to terminate", "is seeking to
withdraw"); one decided or told ahead ("decided to terminate", "will withdraw") ends it."""

import pytest

from tests.extraction import acts_of


@pytest.mark.parametrize("text, pair", [
    ("South Korea said it would not suspend its intelligence-sharing deal with Japan.", {"KOR", "JPN"}),
    ("Ghana said it would not terminate its nuclear agreement with Russia.", {"GHA", "RUS"}),
    ("Kenya has never withdrawn from its space agreement with Italy.", {"KEN", "ITA"}),
    ("Brazil did not cancel the satellite agreement with China.", {"BRA", "CHN"}),
    ("India decided not to scrap its nuclear agreement with Russia.", {"IND", "RUS"}),
])
def test_an_end_told_negated_leaves_the_act_in_force(text, pair):
    assert [(set(a.parties), a.status) for a in acts_of(text)] == [(pair, "in-force")]


def test_an_end_told_with_not_only_is_still_an_end():
    text = "Peru not only suspended its agreement with Chile but also recalled its ambassador."
    assert [(set(a.parties), a.status) for a in acts_of(text)] == [({"PER", "CHL"}, "ended")]


@pytest.mark.parametrize("text, pair", [
    ("The Philippines suspended its notice of termination of the Visiting Forces Agreement with the United States.",
     {"PHL", "USA"}),
    ("Ukraine cancelled its decision to leave the nuclear agreement with Russia.", {"UKR", "RUS"}),
])
def test_ending_the_notice_or_decision_to_end_an_act_leaves_it_in_force(text, pair):
    assert [(set(a.parties), a.status) for a in acts_of(text)] == [(pair, "in-force")]


def test_suspending_the_act_itself_still_ends_it():
    text = "Bolivia suspended the lithium agreement with China."
    assert [(set(a.parties), a.status) for a in acts_of(text)] == [({"BOL", "CHN"}, "ended")]


@pytest.mark.parametrize("text", [
    "Kenya wants to terminate the space agreement with Italy.",
    "Lawmakers back the ministry's endeavour to terminate Kenya's space agreement with Italy.",
    "Nepal is seeking to withdraw from its power trade agreement with India.",
    "Ecuador has tried to cancel the surveillance deal with China.",
])
def test_an_end_wished_or_striven_for_leaves_the_act_in_force(text):
    assert [a.status for a in acts_of(text)] == ["in-force"]


@pytest.mark.parametrize("text", [
    "Kenya decided to terminate the space agreement with Italy.",
    "Nepal will withdraw from its power trade agreement with India.",
])
def test_an_end_decided_or_told_ahead_still_ends_the_act(text):
    assert [a.status for a in acts_of(text)] == ["ended"]
