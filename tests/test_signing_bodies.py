"""In a list of what two governments signed, an instrument made by state bodies that the act in focus was never told
with is another instrument of the same states; a clause pointing back ("signed the document") is the act again.
Sentences written for the test."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.extraction import acts_of


def kinds(text: str) -> Counter:
    return Counter(("+".join(sorted(a.parties)), a.kind, a.status) for a in acts_of(text))


@pytest.mark.parametrize("text, number", [
    ("The Government of Laos and the Government of Vietnam signed an agreement on rail transport. The Ministry of "
     "Foreign Affairs of Laos and the Ministry of Foreign Affairs of Vietnam signed an MoU on consular matters.", 2),
    ("The Government of Laos and the Government of Vietnam signed an agreement on rail transport. The Ministry of "
     "Mines of Laos and the Ministry of Natural Resources of Vietnam agreed on cooperation in geology. The Bureau of "
     "Statistics of Laos and the General Statistics Office of Vietnam agreed on a framework for data exchange.", 3),
])
def test_an_instrument_of_other_state_bodies_is_one_more_act(text, number):
    found = kinds(text)
    assert sum(found.values()) == number
    assert set(parties for parties, _, _ in found) == {"LAO+VNM"}


@pytest.mark.parametrize("text", [
    "Kenya and Ghana signed an MoU on ICT. The Ministry of ICT of Kenya and the Ministry of Communications of Ghana "
    "signed the document in Accra.",
    "The Ministry of ICT of Kenya and the Ministry of Communications of Ghana signed an MoU on ICT. The Ministry of ICT "
    "of Kenya said it would host the first meeting.",
])
def test_the_act_told_again_or_talk_of_the_same_body_adds_no_act(text):
    assert sum(kinds(text).values()) == 1


@pytest.mark.parametrize("text", [
    # the same body told in other words
    "Within the Ministry of Innovation and ICT, Kenya entered into an agreement with the Ministry of Commerce of Ghana. "
    "The ICT Ministry of Innovation and the Ministry of Commerce of Ghana signed a memorandum on the digital economy.",
    # a speaker retelling the act
    "Kenya and Ghana signed an agreement on digital trade. \"The Ministry of ICT of Kenya and the Ministry of Trade of "
    "Ghana have signed a memorandum that recognizes the digital economy,\" the ministry said.",
])
def test_the_same_body_in_other_words_or_a_quotation_retells_the_act(text):
    assert sum(kinds(text).values()) == 1
