"""An act named again by its own words as the act of the two ("the comprehensive agreement between the two
countries", after "signed a comprehensive cooperation agreement") is the act already told, not a second one; "a new
agreement between the two countries" is another."""

from collections import Counter

import pytest

from tests.extraction import acts_of


def test_the_act_named_again_as_the_two_countries_own_is_the_same_act():
    text = ("Ghana and Togo signed a comprehensive cooperation agreement last year. The comprehensive agreement "
            "between the two countries is now being implemented.")
    assert [set(a.parties) for a in acts_of(text)] == [{"GHA", "TGO"}]


def test_a_new_act_of_the_two_countries_is_another_act():
    text = ("Ghana and Togo signed a cooperation agreement last year. A new agreement between the two countries on "
            "space is planned.")
    assert Counter(frozenset(a.parties) for a in acts_of(text)) == {frozenset({"GHA", "TGO"}): 2}


@pytest.mark.parametrize("text, expected", [
    ("India and Pakistan signed the Simla Agreement in 1972. Pakistan's suspension of the Simla Agreement signals an "
     "escalation.", [("agreement", "ended")]),
    ("Chile and Peru concluded the Atacama Accords in 2015. Peru's withdrawal from the Atacama Accords was announced "
     "on Monday.", [("agreement", "ended")]),
    # a new act of the same generic name is another act
    ("Chile and Peru signed a Cooperation Agreement in 2015. In 2024 they signed a new Cooperation Agreement on "
     "lithium.", [("agreement", "signed"), ("agreement", "signed")]),
])
def test_an_act_named_again_by_its_proper_name_anywhere_in_a_clause_is_that_act(text, expected):
    assert sorted((a.kind, a.status) for a in acts_of(text)) == expected
