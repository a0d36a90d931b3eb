"""What one side gives the other as an offer is proposed: an instrument promised ("promised Togo a deal on data"), a
draft presented with the receiver first ("presented Peru with a draft treaty"), and an invitation extended is no act
extended ("extended an invitation to Togo to join its initiative" is not in force). Sentences written for these
tests, a sample of a generator that varies the verb slot of the two-state shapes "<A> <VERB> <B> a <instrument>"."""

from __future__ import annotations

import pytest

from techpact.extract.status import find_status


@pytest.mark.parametrize("text", [
    "Ghana promised Togo a deal on data protection.",
    "Chile presented Peru with a draft treaty on space research.",
    "Ghana extended an invitation to Togo to join its cybersecurity initiative.",
    "Chile has promised Peru a new pact on lithium.",
])
def test_what_one_side_gives_the_other_as_an_offer_is_proposed(text):
    assert find_status(text) == "proposed"


@pytest.mark.parametrize(("text", "status"), [
    ("Ghana promised to sign a memorandum on data protection with Togo.", "planned"),
    ("Chile and Peru extended their lithium pact until 2030.", "in-force"),
])
def test_an_undertaking_or_an_act_extended_keeps_its_status(text, status):
    assert find_status(text) == status


def test_support_extended_is_no_act_extended():
    assert find_status("Ghana extended its support to the initiative.") is None


@pytest.mark.parametrize("text", [
    "Chile has approached Peru about joining its lithium partnership.",
    "Ghana approached Togo about a deal on data protection.",
    "Officials said Chile had approached Peru on signing a space pact.",
    "Lima is weighing a request from Santiago to sign a lithium agreement.",
    "Togo sent Ghana a request for a fisheries agreement.",
])
def test_approaching_the_other_side_or_asking_it_for_an_act_is_an_offer(text):
    assert find_status(text) == "proposed"


@pytest.mark.parametrize(("text", "status"), [
    ("At the request of Ghana, Togo and Ghana signed a fisheries pact on Monday.", "signed"),
    ("Ghana and Togo signed a fisheries pact, the ministry said in response to a request for comment.", "signed"),
    ("As the summit approached, Ghana and Togo signed a fisheries pact.", "signed"),
    ("Togo turned down a request by Ghana to sign a fisheries pact.", "rejected"),
])
def test_a_request_or_an_approach_told_of_something_else_leaves_the_status(text, status):
    assert find_status(text) == status
