"""An act told as the subject of what it is meant to do: a new one ("A new memorandum of understanding between A and B
aims to boost ...", "Ghana's new pact with Togo is expected to boost ...") is made, as one that "will" do something
already was; one told as still being made ("the agreement, still under negotiation, covers ...") is planned. Sentences
written for these tests, a sample of a generator that varies the modifier, predicate and party phrase of an act told as
a subject."""

from __future__ import annotations

import pytest

from techpact.extract.status import find_status

from .extraction import acts_of


@pytest.mark.parametrize("text", [
    "A new memorandum of understanding between Ghana and Togo aims to boost cooperation in data protection.",
    "Ghana's new pact with Togo is expected to boost trade in cocoa processing technology.",
    "A new Chile-Peru accord seeks to speed up lithium research.",
    "Chile's new memorandum of understanding with Peru will cover green hydrogen.",
    "A new agreement between Ghana and Togo is designed to link their payment systems.",
])
def test_a_new_act_told_by_what_it_is_meant_to_do_is_made(text):
    assert [act.status for act in acts_of(text)] == ["signed"]


@pytest.mark.parametrize("text", [
    "The agreement between Ghana and Togo, still under negotiation, covers data protection.",
    "The pact between Chile and Peru, now being negotiated, will cover lithium.",
])
def test_an_act_told_as_still_being_made_stays_planned(text):
    assert find_status(text) == "planned"


@pytest.mark.parametrize("text", [
    "A new agreement between Ghana and Togo is expected to be signed next month.",
    "A new deal between Chile and Peru would allow joint lithium research.",
    "Ghana's new pact with Togo will be signed in June.",
])
def test_a_new_act_still_to_be_signed_or_hypothetical_stays_planned(text):
    assert find_status(text) == "planned"
