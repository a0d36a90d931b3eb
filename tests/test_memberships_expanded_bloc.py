"""A bloc named as it has grown ("the expanded BRICS", "the enlarged EU", "the newly expanded BRICS") is the bloc: its members
are read as the bloc's. Found by varying the bloc's form in a state-and-bloc-form generator (/tmp-side): every "the
expanded BRICS" was missed. Sentences written for these tests, with look-alikes that must not fire."""

from __future__ import annotations

import pytest

from .extraction import each, members


@pytest.mark.parametrize(("text", "expected"), [
    ("China, a member of the expanded BRICS, signed a deal with Kenya.", each("BRICS", "CHN")),
    ("Ethiopia joined the expanded BRICS in 2024.", each("BRICS", "ETH")),
    ("Croatia is a member of the enlarged EU.", each("EU", "HRV")),
    ("The newly expanded BRICS now includes Egypt and Iran.", each("BRICS", "EGY", "IRN")),
])
def test_a_bloc_named_as_it_has_grown_is_the_bloc(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize("text", [
    "An expanded BRICS could include Saudi Arabia and Argentina.",
    "Argentina declined to join the expanded BRICS.",
    "An enlarged EU would include Serbia and Albania.",
    "The expanded BRICS invited Saudi Arabia to join.",
])
def test_a_grown_bloc_that_could_include_or_invites_makes_no_member(text):
    assert members(text) == set()
