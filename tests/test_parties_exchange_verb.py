"""After two states named together, "exchange" followed by what is exchanged in cooperation ("Kenya and Vietnam
exchange students every year", "exchange data on weather") is the verb of both, not a state's exchange (a stock
exchange: "the Vietnam exchange"). Sentences written for these tests."""

import pytest

from tests.extraction import acts_of


def party_sets(text: str) -> list[set[str]]:
    return [set(a.parties) for a in acts_of(text)]


@pytest.mark.parametrize("text, parties", [
    ("Under their 2018 agreement, Kenya and Vietnam exchange students every year.", {"KEN", "VNM"}),
    ("Kenya and Vietnam exchange data on weather under a 2016 memorandum.", {"KEN", "VNM"}),
    ("Chile and Peru exchange researchers under their 2014 science agreement.", {"CHL", "PER"}),
])
def test_exchange_with_an_object_of_cooperation_is_the_verb_of_both(text, parties):
    assert party_sets(text) == [parties]


def test_a_states_exchange_names_no_side():
    assert party_sets("Shares fell on the Vietnam exchange on Monday.") == []
