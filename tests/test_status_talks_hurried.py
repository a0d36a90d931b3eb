"""A call to hurry talks already under way ("urged the GCC to speed up the free trade agreement negotiations") tells the
act talked over as planned, not as an offer; a call whose first aim is an act of its own ("called on the GCC to set up a
fund and to speed up talks") stays a proposal. Sentences written for these tests."""

import pytest

from .extraction import acts_of


@pytest.mark.parametrize("text", [
    "Chile's president urged Mercosur to speed up the free trade agreement negotiations.",
    "Premier Li called on China and the ASEAN countries to accelerate talks on a digital economy agreement.",
    "Japan's minister urged India to expedite the ongoing negotiations on a semiconductor pact.",
])
def test_a_call_to_hurry_talks_tells_a_planned_act(text):
    assert [a.status for a in acts_of(text)] == ["planned"]


@pytest.mark.parametrize("text", [
    "China called on the GCC to set up a digital fund and to speed up talks.",
    "Brazil urged Argentina to sign a satellite agreement.",
])
def test_a_call_for_an_act_of_its_own_stays_a_proposal(text):
    assert [a.status for a in acts_of(text)] == ["proposed"]
