"""An end told negated ("said it would not suspend the deal", "has never withdrawn from it", "decided not to scrap
it") leaves the act standing: in force, not ended. "not only suspended ... but" still ends it. Undoing
the end itself ("suspended its notice of termination", "cancelled its decision to leave the pact") leaves the act in force too."""

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
