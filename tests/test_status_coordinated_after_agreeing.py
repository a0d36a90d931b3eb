"""The second of two base-form verbs under an agreement, decision or pledge to act, with an object of the first
between them ("agreed to support each other's energy missions and establish a joint task force", "pledged to boost
trade and launch a joint fund"), is still to be done: planned, as under "will" or "plans to". A past-tense verb after
"and" ("agreed to deepen cooperation and signed a memorandum") is done. Sentences written for these tests."""

import pytest

from techpact.extract.status import find_status


@pytest.mark.parametrize("text", [
    "India and the UAE have agreed to support each other's clean energy missions and establish a joint Hydrogen Task Force.",
    "Ghana and Togo pledged to boost trade in energy and launch a joint hydrogen fund.",
    "Chile and Peru decided to expand their lithium research and sign a memorandum on batteries.",
])
def test_a_second_verb_under_an_agreement_to_act_is_planned(text):
    assert find_status(text) == "planned"


def test_a_past_tense_verb_after_the_agreement_to_act_is_done():
    assert find_status("India and the UAE agreed to deepen cooperation in energy and signed a memorandum on hydrogen.") == "signed"
