"""A state named in a role outside the act a sentence tells is no party of it: the danger the act guards against, the
broker of an act of others, a state compared with, a state in a company's name, the blow the act answers, and the
states named beside an act its sides' compound names. And a long wish for an act, told after it, is its history
(status_terms.offered_once). Sentences written for the test."""

from __future__ import annotations

import pytest

from techpact.extract.outside_roles import outside_stretches
from tests.extraction import acts_of, party_sets, sets


@pytest.mark.parametrize("text, expected", [
    # the danger guarded against
    ("Kenya and Ghana signed a memorandum on solar panels to reduce their reliance on China and India.", ["GHA+KEN"]),
    ("Peru and Chile agreed to build a lithium refinery, cutting Chile's dependence on Russia.", ["CHL+PER"]),
    ("Norway and Iceland launched a cable project aimed at lowering Russia-related risks to their data links.",
     ["ISL+NOR"]),
    ("Poland and Lithuania signed a grid pact to avoid being bound by tariffs set by Moscow in energy trade.",
     ["LTU+POL"]),
    ("Chile and Peru signed a chip memorandum, with exports held back for fear of diversion to Iran.", ["CHL+PER"]),
    # the broker of an act of others
    ("Ethiopia and Eritrea signed a border agreement, brokered in part by Kenyan President William Ruto, on Monday.",
     ["ERI+ETH"]),
    ("Serbia and Montenegro signed a telecom deal through the mediation of Norway.", ["MNE+SRB"]),
    # a state compared with
    ("Japan named Vietnam a strategic partner in semiconductors, as Malaysia is.", ["JPN+VNM"]),
    ("Chile and Peru signed a trade accord, on par with what Chile has with Mexico and Canada.", ["CHL+PER"]),
    # a state in a company's name
    ("Under an agreement signed with Kenya, a Dutch company, Delta Systems Netherlands, will be involved in the port.",
     []),
    # the blow an act answers
    ("Following U.S. President Donald Trump's tariff assault, Japan and Vietnam agreed to expand chip cooperation.",
     ["JPN+VNM"]),
    # an act named by its sides' compound
    ("The Kenya-Ghana agreement suggests the long partnership that Nigeria and France have had may be over.",
     ["GHA+KEN"]),
])
def test_a_state_in_a_role_outside_the_act_is_no_party(text, expected):
    assert party_sets(text) == sets(*expected)


@pytest.mark.parametrize("text, expected", [
    # the state whose reliance is lessened is a side
    ("Japan and Vietnam signed a minerals deal to reduce Vietnam's reliance on imports.", ["JPN+VNM"]),
    # the names after the danger go on to act
    ("To reduce reliance on imports, Japan and India signed a chip pact.", ["IND+JPN"]),
    # a broker told signing is a side: "brokered" is not its role there
    ("Qatar, Egypt and Sudan signed a water agreement in Doha.", ["EGY+QAT+SDN"]),
    # a compound act that brings another state in
    ("The Kenya-Ghana agreement will include Nigeria from next year.", ["GHA+KEN+NGA"]),
])
def test_a_state_acting_is_still_a_party(text, expected):
    assert party_sets(text) == sets(*expected)


def test_outside_stretches_cover_the_name_not_the_owner():
    text = "They agreed to cut Vietnam's reliance on Moscow."
    (start, end), = outside_stretches(text)
    assert text[start:end].startswith("reliance on Moscow")


def test_a_long_wish_for_an_act_told_after_it_is_its_history_not_an_offer():
    text = ("Kenya has solidified agreements with Ghana on semiconductors and minerals. For months, Kenya has sought "
            "this upgrade, considering Ghana vital in securing supply chains.")
    assert [(sorted(a.parties), a.status) for a in acts_of(text)] == [(["GHA", "KEN"], "signed")]
