"""Asking the other side whether it would join or take part ("asked Seoul to tell it by August whether it would
participate in the US-led alliance") is an invitation put as a question: an offer (proposed). A question about joining
put to someone who offers nothing ("Reporters asked ...") makes no act. Sentences written for these tests."""

import pytest

from techpact.extract.status import find_status

from .extraction import acts_of


@pytest.mark.parametrize("text", [
    "Kenya asked Ghana to inform it by the end of May whether or not the country would participate in the Kenya-led "
    "payments alliance.",
    "Chile asked Peru whether it would join the Chilean lithium initiative.",
    "Japan has asked Vietnam to decide whether it wants to take part in the chip supply consortium.",
])
def test_asking_whether_the_other_would_join_is_an_offer(text):
    assert find_status(text) == "proposed"


def test_a_question_put_by_reporters_makes_no_act():
    assert acts_of("Reporters asked the minister whether Kenya would join the alliance.") == []
