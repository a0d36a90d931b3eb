"""What an instrument "calls for", told in a relative clause after it ("endorsed a roadmap which calls for a joint
fund", "backed a plan that calls for joint research"), is its content, not an offer of one side to the other: the
parties' act is the instrument they made or backed. A side that calls for something is still making an offer.
Sentences written for these tests."""

import pytest

from tests.extraction import acts_of


def statuses(text: str) -> set[str]:
    return {a.status for a in acts_of(text)}


@pytest.mark.parametrize("text", [
    "Australia and India endorsed a roadmap which calls for a joint fund on artificial intelligence.",
    "Ghana and Togo backed a plan that calls for joint research on lithium.",
])
def test_what_an_instrument_calls_for_is_its_content(text):
    assert "proposed" not in statuses(text)


@pytest.mark.parametrize("text", [
    "Chile called for a joint space agency with Peru.",
    "Kenya has called for a data-sharing pact with Ghana.",
])
def test_a_side_calling_for_an_act_still_offers_it(text):
    assert statuses(text) == {"proposed"}


@pytest.mark.parametrize("text", [
    "Chile and Peru called for respect for each other's sensitivities.",
    "Kenya called for restraint and calm in its dispute with Ghana.",
    "Ghana and Togo called for an end to the fighting.",
    "The leaders of Chile and Peru called for greater unity.",
])
def test_a_call_for_a_stance_is_no_offer_of_an_act(text):
    assert acts_of(text) == []


def test_a_call_for_dialogue_is_still_an_offer():
    assert statuses("Chile called for a dialogue with Peru on lithium.") == {"proposed"}
