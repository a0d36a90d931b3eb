"""An end told negated ("said it would not suspend the deal", "has never withdrawn from it", "decided not to scrap
it") leaves the act standing: in force, not ended. "not only suspended ... but" still ends it."""

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
