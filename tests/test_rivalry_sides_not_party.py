"""A state that names a conflict or rivalry ("the U.S.-China technology war", "the Ukraine war", "the Israel-Iran
conflict") is the setting of an act, not a side of it; sentences written for the test."""

import pytest

from tests.extraction import acts_of


def party_sets(text: str) -> set[frozenset]:
    return {frozenset(a.parties) for a in acts_of(text)}


@pytest.mark.parametrize("text, parties", [
    ("Japan and the European Union signed a memorandum on chips, aiming to shield themselves from the U.S.-China tech war.",
     {"EU", "JPN"}),
    ("The Ukraine war has pushed Poland and Lithuania to sign a defence technology pact.", {"LTU", "POL"}),
    ("Vietnam and Laos signed a memorandum on power grids as the Israel-Iran conflict pushed up oil prices.", {"LAO", "VNM"}),
    ("Russia and Ukraine tensions aside, Kazakhstan and Kyrgyzstan signed a memorandum on data centres.", {"KAZ", "KGZ"}),
    ("Brazil and Chile agreed on a lithium roadmap, wary of the deepening Sino-American rivalry and the US-China trade war.",
     {"BRA", "CHL"}),
])
def test_a_state_naming_a_conflict_is_not_a_party(text, parties):
    assert frozenset(parties) in party_sets(text)


@pytest.mark.parametrize("text, parties", [
    ("India and the US signed a US-India pact on critical minerals.", {"IND", "USA"}),
    ("The US-China agreement on science and technology was extended for six months.", {"CHN", "USA"}),
    ("Russia and Iran signed a memorandum on AI and blockchain.", {"IRN", "RUS"}),
    ("Armenia and Azerbaijan signed a peace treaty ending their conflict and agreed to link power grids.", {"ARM", "AZE"}),
    # partners named by example are sides
    ("Kenya signed data pacts with partners including Ghana and Togo.", {"GHA", "KEN"}),
    ("Chile signed lithium pacts with neighbours such as Peru.", {"CHL", "PER"}),
])
def test_a_state_named_beside_an_act_or_its_own_conflict_stays_a_party(text, parties):
    assert frozenset(parties) in party_sets(text)


@pytest.mark.parametrize("text, parties", [
    ("Thailand and Vietnam signed deals worth 15.6 U.S. billion dollars on chips.", {"THA", "VNM"}),
    ("Việt Nam and Laos signed a memorandum on power grids in Hà Nội.", {"LAO", "VNM"}),
])
def test_a_currency_amount_names_no_party_and_vietnamese_spelling_names_the_state(text, parties):
    assert frozenset(parties) in party_sets(text)


@pytest.mark.parametrize("text, parties", [
    # the act's circumstance after the side, not the side naming a rivalry
    ("Kenya signed a memorandum on AI with Ghana amid rising competition from China.", {"GHA", "KEN"}),
    ("Chile signed a lithium deal with Peru amid competition.", {"CHL", "PER"}),
    # a rival the act helps the sides compete with
    ("Kenya and Ghana signed a memorandum on AI that will help them compete with Nigeria.", {"GHA", "KEN"}),
    # a side described by its ties to another state
    ("Kenya signed a memorandum on AI with Ghana, a close ally of Nigeria.", {"GHA", "KEN"}),
    ("Chile signed a lithium deal with Peru, a key partner of the United States.", {"CHL", "PER"}),
    ("Chile, a US ally, signed a lithium deal with Peru.", {"CHL", "PER"}),
    # a state the act is said to anger or alarm
    ("Chile and Peru signed a lithium pact in a move likely to anger Bolivia.", {"CHL", "PER"}),
    ("Chile and Peru signed a lithium pact, a move that alarmed Argentina.", {"CHL", "PER"}),
    # the examples of a threat or of rivals, named after "like", "such as", "including"
    ("Kenya and Ghana signed a cyber pact to counter the threat from autocracies like Iran, Cuba and Belarus.",
     {"GHA", "KEN"}),
    ("Chile signed a space pact with Peru to resist pressure from states such as Bolivia and Ecuador.", {"CHL", "PER"}),
    ("Kenya and Ghana signed a data pact aimed at rivals including Nigeria and Togo.", {"GHA", "KEN"}),
    # the state of the tension or dependence told by its tie to the subject
    ("Chile quit its lithium pact with Peru, citing tensions with its neighbour and arch-rival Bolivia.",
     {"CHL", "PER"}),
    ("Kenya signed a solar pact with Ghana to cut its reliance on its biggest trading partner Nigeria.", {"GHA", "KEN"}),
])
def test_a_rival_an_ally_or_a_circumstance_beside_the_sides_is_no_party(text, parties):
    assert party_sets(text) == {frozenset(parties)}


@pytest.mark.parametrize("text", [
    "Chile and Peru signed a memorandum on lithium, modelled on a similar deal between Australia and Japan.",
    "Chile and Peru signed a memorandum on lithium, based on an agreement between Australia and Japan.",
])
def test_the_sides_of_the_act_another_is_modelled_on_are_no_parties(text):
    assert party_sets(text) == {frozenset({"CHL", "PER"})}


@pytest.mark.parametrize("text", [
    "Ghana was the first country to sign such a solar pact in 2019, followed by Togo in 2021.",
    "Kenya became the first state to join the cable scheme, followed by Uganda a year later.",
])
def test_the_next_to_do_the_same_is_no_side_of_the_first(text):
    assert party_sets(text) == set()
