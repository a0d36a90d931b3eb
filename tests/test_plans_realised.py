"""A plan to cooperate told right before the instrument signed "to this effect" is that instrument: one act. Sentences
written for the test."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.extraction import acts_of


def kinds(text: str) -> Counter:
    return Counter(("+".join(sorted(a.parties)), a.kind, a.status) for a in acts_of(text))


@pytest.mark.parametrize("text, act", [
    ("Ghana and Senegal have agreed to cooperate in digital government. An agreement was signed to this effect on "
     "Tuesday by their foreign ministers.", ("GHA+SEN", "agreement", "signed")),
    ("Jordan and Iraq agreed to work together on cybersecurity. For this purpose, a memorandum was signed in Amman.",
     ("IRQ+JOR", "mou", "signed")),
])
def test_a_plan_followed_by_the_instrument_made_to_this_effect_is_one_act(text, act):
    assert kinds(text) == Counter({act: 1})


@pytest.mark.parametrize("text", [
    # the instrument made is about something else: two acts
    "Ghana and Senegal have agreed to cooperate in digital government. An agreement on fisheries was signed on Tuesday.",
    # a plan named by its own noun stays an act of its own
    "Ghana and Senegal agreed to set up a working group on AI. An agreement was signed to this effect on Tuesday.",
])
def test_a_plan_not_realised_by_the_next_instrument_stays_apart(text):
    assert sum(kinds(text).values()) == 2
