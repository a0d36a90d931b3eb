"""An older act named by its year and doing in the present what an instrument does is in force, however its sides or
matter are told ("Kenya and Vietnam's 2015 memorandum on digital health allows ...") or when its making opens the
clause ("Signed in 2015, the memorandum between A and B covers ..."); a past account ("provided for", "was hailed")
tells no standing. Sentences written for these tests."""

import pytest

from techpact.extract.status import find_status


@pytest.mark.parametrize("text", [
    "Kenya and Vietnam's 2015 memorandum on digital health allows the exchange of doctors.",
    "Signed in 2015, the memorandum between Kenya and Vietnam covers digital health and telemedicine.",
    "Concluded in 2012, the treaty on nuclear safety between Chile and Peru governs inspections.",
])
def test_an_older_act_doing_what_an_instrument_does_is_in_force(text):
    assert find_status(text) == "in-force"


@pytest.mark.parametrize("text", [
    "Kenya and Vietnam's 2015 memorandum on digital health provided for the exchange of doctors.",
    "Signed in 2015, the memorandum between Kenya and Vietnam was hailed by both sides.",
])
def test_a_past_account_of_an_older_act_tells_no_standing(text):
    assert find_status(text) != "in-force"
