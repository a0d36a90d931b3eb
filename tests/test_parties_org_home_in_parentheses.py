"""A state named alone in parentheses right after an organisation's name ("contracts with Uranium One (Russia) and CBC
(China)") tells where the organisation comes from: the deal is with the company, not with the state. After an
actor's own name ("the Russian Federation (Russia)") or a state followed by its capital ("Peru (Lima)") the state
still counts, and so does an abbreviation telling the name before it again ("(CIS)"). Sentences written for these tests."""

import pytest

from tests.extraction import acts_of


def party_sets(text: str) -> list[set[str]]:
    return [set(a.parties) for a in acts_of(text)]


@pytest.mark.parametrize("text", [
    "Bolivia signed lithium contracts with Uranium One (Russia) and CBC (China).",
    "Kenya awarded a satellite deal to Orbital Systems (France) on Monday.",
])
def test_a_state_in_parentheses_after_an_organisation_is_its_home_not_a_party(text):
    assert party_sets(text) == []


@pytest.mark.parametrize("text, parties", [
    ("Bolivia signed a lithium agreement with the Russian Federation (Russia).", {"BOL", "RUS"}),
    ("Chile signed a lithium agreement with Peru (Lima) on Monday.", {"CHL", "PER"}),
    # an abbreviation in parentheses tells the name before it again, even one not read as an actor (misspelt here)
    ("Leaders of the Commonwealth of Independence States (CIS) signed a series of deals on Wednesday.", {"CIS"}),
])
def test_a_state_in_parentheses_after_an_actor_still_counts(text, parties):
    assert party_sets(text) == [parties]
