"""Talks on an act are its making: suspending, halting or freezing negotiations on a deal ends the deal ("suspended
negotiations on a proposed technology deal with the UK", "to suspend negotiations to expand the agreement"). A meeting
or talks cancelled with no act as their matter tell nothing of the act. Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract.status import find_status


@pytest.mark.parametrize("text", [
    "The United States has suspended negotiations on a proposed technology deal with Chile.",
    "Chile halted talks with Peru on a lithium agreement.",
    "It became necessary to suspend negotiations to expand the Chile-Peru lithium agreement.",
])
def test_talks_on_an_act_suspended_end_it(text):
    assert find_status(text) == "ended"


@pytest.mark.parametrize("text", [
    "Chile cancelled the meeting amid anger over the pact.",
    "Chile called off talks with Peru.",
])
def test_an_occasion_cancelled_ends_no_act(text):
    assert find_status(text) != "ended"
