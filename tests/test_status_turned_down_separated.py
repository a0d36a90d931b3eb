"""A refusal told with its object inside the phrasal verb ("Kenya turned the offer down", "Ghana turned it down") is a
refusal as "turned down the offer" is: of the offer told before, which is then rejected. Sentences written for these
tests."""

import pytest

from techpact.extract.status import find_status
from tests.extraction import acts_of


@pytest.mark.parametrize("text", [
    "Kenya turned the offer down on Monday.",
    "Chile turned Peru's proposal down last week.",
])
def test_a_refusal_with_its_object_inside_is_rejected(text):
    assert find_status(text) == "rejected"


@pytest.mark.parametrize("text", [
    "Vietnam proposed a joint satellite programme to Kenya in March. Kenya turned the offer down on Monday.",
    "Oman offered Jordan a partnership on cybersecurity. Jordan turned it down.",
])
def test_the_offer_turned_down_in_the_next_sentence_is_rejected(text):
    assert [a.status for a in acts_of(text)] == ["rejected"]


def test_turning_a_page_down_is_no_refusal():
    assert find_status("Kenya and Vietnam turned the volume down on their dispute and signed a memorandum on AI.") == "signed"
