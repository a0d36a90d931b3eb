"""A membership coordinated with a second bloc by a repeated preposition is of both: "Iran, a member of the SCO and of
BRICS, ...", "is a member of the SCO and in BRICS"; never a body of the second bloc ("and of BRICS' bank", "and of the
board of BRICS"). Found by varying the bloc coordination of the passing-membership shapes (/tmp-side). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from .extraction import each, members


@pytest.mark.parametrize(("text", "expected"), [
    ("Iran, a member of the SCO and of BRICS, signed a deal.", each("SCO", "IRN") | each("BRICS", "IRN")),
    ("Iran is a member of the SCO and in BRICS.", each("SCO", "IRN") | each("BRICS", "IRN")),
    ("Poland, a member of NATO and of the EU, sent troops.", each("NATO", "POL") | each("EU", "POL")),
])
def test_a_membership_and_of_a_second_bloc_is_of_both(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Iran, a member of the SCO and of the board of BRICS, signed a deal.", each("SCO", "IRN")),
    ("Iran, a member of the SCO and of BRICS' bank, signed a deal.", each("SCO", "IRN")),
    ("Iran, a member of the SCO and of no other bloc, signed a deal.", each("SCO", "IRN")),
])
def test_a_body_of_the_second_bloc_is_no_membership_of_it(text, expected):
    assert members(text) == expected
