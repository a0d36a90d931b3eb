"""The state where one side offers to build or set up something is the offer's addressee ("Russia offered to build a
nuclear plant in Ghana" is Russia's proposal to Ghana), while a place beside two sides stays a place and a plan of one
side alone makes no offer; what one side says it "can" do for another is its offer too. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.extraction import acts_of


@pytest.mark.parametrize(("text", "parties"), [
    ("Russia offered to build a nuclear plant in Ghana.", {"RUS", "GHA"}),
    ("India has offered to set up a satellite ground station in Vietnam, the Indian ambassador said.", {"IND", "VNM"}),
    ("China proposed building a data centre in Nairobi.", {"CHN", "KEN"}),
    ("Korea stands ready to construct a research reactor in Jordan.", {"KOR", "JOR"}),
])
def test_the_state_an_offered_build_stands_in_is_offered_to(text, parties):
    acts = acts_of(text)
    assert [(set(a.parties), a.status) for a in acts] == [(parties, "proposed")]


def test_a_place_beside_two_sides_stays_a_place():
    acts = acts_of("Russia offered Japan to pool efforts in building a nuclear plant in Vietnam.")
    assert [set(a.parties) for a in acts] == [{"RUS", "JPN"}]


@pytest.mark.parametrize("text", [
    "Russia plans to build a nuclear plant in the Arctic.",
    "Russia offered to host a summit in Moscow.",
])
def test_no_other_state_built_in_makes_no_offer(text):
    assert acts_of(text) == []


@pytest.mark.parametrize(("text", "parties"), [
    ("Brazil can help Angola build a remote sensing satellite, the Brazilian minister said.", {"BRA", "AGO"}),
    ("Korea can supply Chile with hydrogen fuel cells.", {"KOR", "CHL"}),
    ("France can build a research reactor in Morocco, its president said.", {"FRA", "MAR"}),
])
def test_what_one_side_says_it_can_do_for_another_is_its_offer(text, parties):
    assert [(set(a.parties), a.status) for a in acts_of(text)] == [(parties, "proposed")]


@pytest.mark.parametrize("text", [
    "Under the agreement, Korea can supply Chile with hydrogen fuel cells.",
    "Brazil and Angola can build a satellite together.",
    "Brazil could help Angola build a satellite, analysts said.",
])
def test_what_an_act_allows_or_both_sides_can_do_is_no_offer(text):
    assert all(a.status != "proposed" for a in acts_of(text))
