"""An instrument told as made before the act in focus ("Prior to the MoU, three agreements were signed", "the two
countries had reached a preliminary agreement") is one more act of the same parties. Sentences written for the test."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.extraction import acts_of


def kinds(text: str) -> Counter:
    return Counter(("+".join(sorted(a.parties)), a.kind, a.status) for a in acts_of(text))


@pytest.mark.parametrize("text, earlier", [
    ("Ghana and Togo signed a memorandum of understanding on e-government. Prior to the MoU, two bilateral "
     "agreements were also signed.", ("GHA+TGO", "agreement", "signed")),
    ("Oman and Jordan signed a cybersecurity accord on Monday. The accord is seen as a step forward, noting that the "
     "two countries had reached a preliminary agreement on information security.", ("JOR+OMN", "agreement", "signed")),
    ("Chile and Peru signed a space treaty in Lima. Officials noted that the sides had already signed a memorandum on "
     "satellite data.", ("CHL+PER", "mou", "signed")),
])
def test_an_instrument_made_before_the_act_in_focus_is_an_act_of_its_own(text, earlier):
    found = kinds(text)
    assert sum(found.values()) == 2
    assert found[earlier] >= 1


@pytest.mark.parametrize("text", [
    "Ghana and Togo signed an agreement on ICT. Before the signing, the ministers had discussed the agreement for years.",
    "Ghana and Togo signed an agreement on ICT. The agreement had been delayed by elections.",
    "Ghana and Togo signed an agreement on ICT. Prior to the meeting, officials toured a data centre.",
])
def test_talk_of_the_act_before_it_was_made_adds_no_act(text):
    assert sum(kinds(text).values()) == 1


def test_a_company_that_had_signed_a_deal_adds_no_act_of_the_states():
    text = ("Ghana and Togo on Tuesday launched a solar partnership. Separately, Ghanaian miner Asante Gold said it had "
            "signed a supply agreement with a unit of Togo's state-owned power company.")
    assert sum(kinds(text).values()) == 1
