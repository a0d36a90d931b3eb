"""A refusal told of people rather than of a side ("some people in Kenya don't agree with the idea of a nuclear plant",
"critics rejected the deal") is an opinion reported, no rejection of the act; a state's or government's refusal still
is one. Sentences written for these tests."""

import pytest

from techpact.extract.status import find_status


@pytest.mark.parametrize("text", [
    "While admitting that some people in Kenya “don’t agree with the idea of having a nuclear plant”, the minister said "
    "Russia has set aside funds for joint projects.",
    "Critics rejected the data deal between Chile and Peru.",
    "Many residents do not support the lithium agreement with Bolivia.",
])
def test_people_refusing_is_no_rejection(text):
    assert find_status(text) != "rejected"


@pytest.mark.parametrize("text", [
    "Kenya rejected the deal offered by Ghana.",
    "Peru did not agree to join the Chilean initiative.",
    "The government of Bolivia does not support the proposed agreement.",
])
def test_a_sides_refusal_is_a_rejection(text):
    assert find_status(text) == "rejected"
