"""A month, a weekday or a season fronted before a state ("In May, Uzbekistan proposed ...") is a time, not a city
whose country the state would be: the state stays a party. A city before its state ("signed in Nairobi, Kenya")
still makes the state a venue. Short sentences written for the test in the shapes of news wording (never eval
passages)."""

from __future__ import annotations

import pytest

from .extraction import party_sets, sets


@pytest.mark.parametrize("text, pair", [
    ("In May, Uzbekistan proposed to Russia to build a nuclear power plant.", "RUS+UZB"),
    ("In June, Kenya proposed that Ethiopia join its regional data centre project.", "ETH+KEN"),
    ("In March, Kazakhstan inked a space cooperation memorandum with Turkey.", "KAZ+TUR"),
    ("In October, Egypt concluded a nuclear fuel agreement with Russia.", "EGY+RUS"),
    ("In Spring, Chile offered Japan a stake in its lithium refinery.", "CHL+JPN"),
    # no comma after the month
    ("In October Egypt concluded a nuclear fuel agreement with Russia.", "EGY+RUS"),
    ("In May Vietnam and Japan signed an agreement on three development projects.", "JPN+VNM"),
])
def test_a_fronted_month_or_weekday_leaves_the_state_a_party(text, pair):
    assert party_sets(text) == sets(pair)


@pytest.mark.parametrize("text, pair", [
    ("The accord was signed in Nairobi, Kenya, by Ethiopia and Somalia.", "ETH+SOM"),
    ("A memorandum on railways was signed in Mombasa, Kenya between Uganda and Rwanda.", "RWA+UGA"),
    ("Under a deal signed in Astana, Iran will supply gas to Turkey.", "IRN+TUR"),
])
def test_a_city_before_its_state_still_makes_the_state_a_venue(text, pair):
    assert party_sets(text) == sets(pair)
