"""A state joining one other state's programme makes an act with it, signed in the news ("Peru joined India's
International Solar Alliance"); an arrangement told with several members stays in force, and so do two states joining
it together and a joining told as history."""

import datetime as dt

import pytest

from .extraction import acts_of


def _acts(text: str) -> dict[frozenset, str]:
    return {frozenset(act.parties): act.status for act in acts_of(text, issued=dt.date(2025, 5, 6))}


@pytest.mark.parametrize("text, parties", [
    ("Peru joined India's International Solar Alliance on Monday.", {"IND", "PER"}),
    ("By signing a memorandum of understanding, Ghana joined the US Clean Network program.", {"GHA", "USA"}),
    # the joining told by the joiner's rank among those who joined
    ("Chile has become the latest country to join India's International Solar Alliance.", {"CHL", "IND"}),
    ("Peru became the second Andean state to join the US Clean Network program on Monday.", {"PER", "USA"}),
])
def test_joining_one_states_programme_is_their_act_made_now(text, parties):
    assert _acts(text) == {frozenset(parties): "signed"}


@pytest.mark.parametrize("text", [
    "Saudi Arabia has joined the mBridge project with China, Thailand and the UAE to test central bank digital currencies.",
    "Italy in 2019 became the first G7 nation to join China's Belt and Road programme.",
    "Kenya and Ghana joined the Digital Silk Road initiative.",
])
def test_an_arrangement_of_several_members_two_joiners_or_a_joining_told_as_history_stays_in_force(text):
    assert set(_acts(text).values()) == {"in-force"}
