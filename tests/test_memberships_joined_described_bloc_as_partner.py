"""Joining a bloc named with its head noun ("the BRICS group", "the BRICS alliance", "the bloc of emerging economies") as
a partner, an observer or a guest is no membership, as joining "BRICS as a partner" is not. Found by varying the bloc's
form in the joining shapes (/tmp-side generator): "joined the BRICS group as partner countries" was read as joining.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from .extraction import each, members


@pytest.mark.parametrize("text", [
    "Indonesia joined the BRICS group as a partner country in 2024.",
    "Malaysia and Thailand joined the BRICS alliance as partner countries on January 1.",
    "Laos joined the BRICS bloc of emerging economies as a partner in 2025.",
    "Mongolia was admitted to the SCO grouping as an observer.",
    "Cuba joined the BRICS club as a guest.",
    "Turkey joined the SCO group as a dialogue partner in 2013.",
])
def test_joining_a_named_group_as_a_partner_or_observer_is_no_membership(text):
    assert members(text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("Indonesia joined the BRICS group as a full member in 2025.", each("BRICS", "IDN")),
    ("Egypt and Ethiopia joined the BRICS alliance on January 1.", each("BRICS", "EGY", "ETH")),
    ("Iran joined the SCO grouping in 2023.", each("SCO", "IRN")),
    ("Iran was admitted to the SCO group as its ninth member.", each("SCO", "IRN")),
])
def test_joining_a_named_group_as_a_member_is_a_membership(text, expected):
    assert members(text) == expected
