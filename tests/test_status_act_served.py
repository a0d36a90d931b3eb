"""An act served by what a clause concludes is in force (extract/status_served.py, read in status_shapes.refine): a law
enacted to ratify it, or a thing made or done under it, on sentences written for the test (never taken from the eval
passages). A serving act still ahead, an instrument concluded under another, and a new act keep their own reading."""

from __future__ import annotations

import pytest

from techpact.extract.status import find_status
from techpact.extract.status_served import act_served
from tests.extraction import acts_of


def statuses(text: str, parties: set[str]) -> list[str]:
    return [act.status for act in acts_of(text) if set(act.parties) == parties]


@pytest.mark.parametrize("text, parties", [
    ("Ghana's president on Tuesday signed a law to ratify the agreement with Togo on solar energy research.", {"GHA", "TGO"}),
    ("Peru's president issued a decree ratifying the treaty with Chile on lithium exploration.", {"CHL", "PER"}),
    ("Kenya's senate has passed a bill on the fisheries agreement with Tanzania.", {"KEN", "TZA"}),
    ("Egypt's parliament approved a bill to promote cooperation between the governments of Egypt and Greece in "
     "cybersecurity.", {"EGY", "GRC"}),
    ("A weather satellite built by Chile and Peru was sent into orbit on Sunday under their joint space programme.",
     {"CHL", "PER"}),
    ("Ghana and Togo have trained 300 engineers under the 2016 agreement on cybersecurity.", {"GHA", "TGO"}),
])
def test_an_act_served_by_what_is_done_stands_in_force(text, parties):
    found = statuses(text, parties)
    assert found and all(status == "in-force" for status in found)


@pytest.mark.parametrize("text", [
    "The third research vessel delivered under the Kenya-Oman maritime programme sailed on Monday.",
    "The joint drills were held in March under the defence pact between Chile and Peru.",
])
def test_a_thing_done_under_an_instrument_is_read_as_serving_it(text):
    assert act_served(text)
    assert find_status(text) == "in-force"


@pytest.mark.parametrize("text, status", [
    ("Ghana's president will sign a law to ratify the agreement with Togo.", "signed"),
    ("Ghana's parliament passed a bill on cybersecurity.", None),
    ("Ghana and Togo signed a memorandum on fisheries under their strategic partnership.", "signed"),
    ("Chile and Peru launched a joint programme under the framework of their partnership.", "signed"),
    ("Contracts were signed on Monday under a new agreement between Ghana and Togo.", "signed"),
    ("A second satellite will be launched under the Chile-Peru programme next year.", "planned"),
    ("Ghana and Togo signed an agreement on solar energy on Monday.", "signed"),
    ("Ghana and Togo have drilled ten wells under their 2015 agreement and signed a new memorandum on water.", "signed"),
])
def test_a_serving_act_ahead_or_an_instrument_concluded_keeps_its_reading(text, status):
    assert not act_served(text)
    assert find_status(text) == status
