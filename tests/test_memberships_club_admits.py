"""A bloc called a club admits as a bloc, group or alliance does: "The BRICS club admitted Indonesia in 2024", "The G7 club
welcomed Japan as a member". Found by varying the bloc's form in the joining generator (/tmp-side). Sentences written for
these tests, with look-alikes that must not fire."""

from __future__ import annotations

import pytest

from .extraction import each, members


@pytest.mark.parametrize(("text", "expected"), [
    ("The BRICS club admitted Indonesia in 2024.", each("BRICS", "IDN")),
    ("The BRICS club admitted Egypt and Ethiopia as full members on January 1.", each("BRICS", "EGY", "ETH")),
    ("The Mercosur club formally admitted Bolivia last year.", each("MERCOSUR", "BOL")),
])
def test_a_club_that_admitted_states(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize("text", [
    "The BRICS club invited Indonesia to join.",
    "The BRICS club will admit Indonesia next year.",
    "The BRICS club admitted Malaysia as a partner country.",
    "The BRICS club agreed to admit Indonesia.",
])
def test_a_club_that_invites_or_will_admit_makes_no_member(text):
    assert members(text) == set()
