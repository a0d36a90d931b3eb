"""Cooperation of a wider circle ("cooperation among developing countries", "in the Global South") told in a clause
that names two states is no act between them (a state praising another's role in a bloc); cooperation of the named
states, in a sector or between their own bodies, still is. Short sentences written for the test in the shapes of news
wording (never eval passages)."""

from __future__ import annotations

import pytest

from .extraction import party_sets, sets


@pytest.mark.parametrize("text", [
    "Argentina, which will lead Mercosur in 2026, said Bolivia's presence reflects a commitment to reforming regional "
    "institutions and expanding economic and political cooperation among developing countries.",
    "\"Kenya contributes positively to the deepening of cooperation in the Global South,\" the Indian government said.",
    "\"Malaysia contributes to closer collaboration among member states,\" the Thai government said.",
    "South Africa, which chairs the bloc this year, said Egypt's entry reflects a commitment to deeper cooperation "
    "among developing countries.",
])
def test_cooperation_of_a_wider_circle_is_no_act_between_the_named_states(text):
    assert party_sets(text) == sets()


@pytest.mark.parametrize("text, pair", [
    ("Brazil and Indonesia agreed to deepen cooperation among their ports.", "BRA+IDN"),
    ("Egypt and India agreed to expand cooperation in semiconductors.", "EGY+IND"),
    ("Kenya and Ghana pledged to cooperate among other things on digital payments.", "GHA+KEN"),
])
def test_cooperation_of_the_named_states_stays_an_act(text, pair):
    assert party_sets(text) == sets(pair)
