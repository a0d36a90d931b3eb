"""A setting told before the clause ("Amid growing concern over Chinese vendors, A and B agreed ...", "Despite fears
over Russia's reaction, ...") does not make the act told after it a hostile one; sentences written for the test."""

import pytest

from tests.extraction import acts_of


def party_sets(text: str) -> set[frozenset]:
    return {frozenset(a.parties) for a in acts_of(text)}


@pytest.mark.parametrize("text, parties", [
    ("Amid growing security concern over misuse of data by Chinese vendors, Kenya and Rwanda agreed to build a secure "
     "5G backbone.", {"KEN", "RWA"}),
    ("Amid worries about Russian hackers, Estonia and Finland signed a memorandum on cyber defence.", {"EST", "FIN"}),
    ("Despite fears over China's reaction, Lithuania and Taiwan signed a chip pact.", {"LTU", "TWN"}),
    ("Amid concern at rising prices, Chile and Peru agreed to cooperate on lithium refining.", {"CHL", "PER"}),
])
def test_an_act_after_a_fronted_setting_of_concern_is_kept(text, parties):
    assert frozenset(parties) in party_sets(text)


@pytest.mark.parametrize("text", [
    "Japan voiced concern over China's curbs on gallium exports.",
    "The US accused China of hacking and expressed concern over its cyber operations.",
    "Estonia raised concerns about Russia's cyber attacks with Finland.",
])
def test_concern_as_the_clause_own_verb_is_no_act(text):
    assert not party_sets(text)
