"""A bloc named with a "+" that makes it a wider circle ("OPEC+") is not the bloc "the group" or "a member" points back
to (bloc_referents._wider_circle); "BRICS+" still is BRICS. Passages written for these tests."""

from __future__ import annotations

import pytest

from .extraction import each, members


@pytest.mark.parametrize(("text", "expected"), [
    ("OPEC+ met in Vienna. Russia has been a member since 2016.", set()),
    ("OPEC+ met in Vienna. Russia, a member of the group, agreed to cut output.", set()),
    ("OPEC+ ministers met in Vienna. Kazakhstan joined in 2016.", set()),
    ("OPEC met in Vienna. Iraq has been a member since 1960.", each("OPEC", "IRQ")),
    ("BRICS+ leaders met in Kazan. Egypt has been a member since 2024.", each("BRICS", "EGY")),
])
def test_the_group_of_a_wider_circle_is_no_bloc(text, expected):
    assert members(text) == expected
