"""Cooperation with a group left unnamed ("with other developing nations", "in the Global South") is a policy toward a
kind of country, not an act between the states the clause names; sentences written for the test."""

from __future__ import annotations

import pytest

from tests.extraction import party_sets, sets


@pytest.mark.parametrize("text, expected", [
    ("Vietnam's foreign ministry welcomed the decision to admit it to ASEAN's digital forum, saying the membership is "
     "a good way to increase collaboration and partnership with other developing nations.", []),
    ("Mexico said Peru's entry reflects a commitment to expanding economic cooperation among developing countries.",
     []),
    ("Kenya hailed Nigeria's bid as a step toward deeper solidarity and cooperation across the Global South.", []),
    # must not fire: two states agreeing on cooperation, or a partnership between the states named
    ("China and Brazil agreed to deepen cooperation with other developing countries on AI.", ["BRA+CHN"]),
    ("Egypt and Kenya signed a partnership on digital payments to serve developing economies.", ["EGY+KEN"]),
    ("Indonesia and Brazil launched a partnership with each other on biofuels.", ["BRA+IDN"]),
])
def test_cooperation_with_an_unnamed_group_of_countries_makes_no_act(text, expected):
    assert party_sets(text) == sets(*expected)
