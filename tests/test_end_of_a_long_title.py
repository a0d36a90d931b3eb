"""Ending an act named by a long title ("end the General Security of Military Information Agreement") ends it, as
ending one named in a few words does."""

import pytest

from tests.extraction import acts_of


@pytest.mark.parametrize("text, pair", [
    ("South Korea will end the General Security of Military Information Agreement with Japan.", {"KOR", "JPN"}),
    ("Mexico and Chile decided to end the Pacific Digital Economy and Innovation Partnership Agreement.", {"MEX", "CHL"}),
])
def test_ending_an_act_with_a_long_title_ends_it(text, pair):
    assert [(set(a.parties), a.status) for a in acts_of(text)] == [(pair, "ended")]
