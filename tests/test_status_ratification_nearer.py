"""An act told nearer to its ratification, or with the way to it cleared ("is closer to possible ratification",
"clears the way for ratification of the deal", "a step towards ratification") is signed, not yet ratified; a
ratification told done is in force. Sentences written for these tests."""

import pytest

from techpact.extract.status import find_status


@pytest.mark.parametrize("text", [
    "A landmark agreement between Kenya and Ghana on nuclear energy is closer to possible ratification after the "
    "court said it breaks no law.",
    "Court clears way for possible ratification of Kenya-Ghana nuclear deal",
    "The committee vote is a step towards ratification of the space treaty between Chile and Peru.",
])
def test_an_act_nearer_to_ratification_is_signed(text):
    assert find_status(text) == "signed"


def test_a_ratification_told_done_is_in_force():
    assert find_status("Kenya ratified the nuclear treaty with Ghana in May.") == "in-force"
