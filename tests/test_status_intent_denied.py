"""An intent to conclude or join told as denied ("is not considering joining", "is not planning to sign") is a
refusal: rejected, not planned. Sentences written for the test."""

from __future__ import annotations

import pytest

from techpact.extract.status import find_status

from .extraction import acts_of


@pytest.mark.parametrize("text", [
    "Chile is not considering joining the Chinese-led lunar research station.",
    "Fiji is not planning to sign the fisheries pact with Australia, its minister said.",
    "Kenya and Peru are not contemplating signing a treaty on satellites.",
    "Nepal was not seeking to join the initiative, an official said.",
])
def test_an_intent_denied_is_rejected(text):
    assert find_status(text) == "rejected"


@pytest.mark.parametrize("text", [
    "Chile is considering joining the Chinese-led lunar research station.",
    "Fiji is planning to sign the fisheries pact with Australia.",
])
def test_an_intent_told_is_not_rejected(text):
    assert find_status(text) != "rejected"


def test_a_state_not_considering_joining_a_partners_initiative_rejects_it():
    acts = acts_of("Brazil is not considering joining China's Belt and Road Initiative, the foreign ministry said.")
    assert [(sorted(act.parties), act.status) for act in acts] == [(["BRA", "CHN"], "rejected")]
