"""A bloc described before what it holds ("The SCO is a regional association that includes nine countries: L",
"Mercosur, a trade bloc which groups L") lists its members as "The SCO includes L" does; sentences written for the
test."""

from __future__ import annotations

import pytest

from tests.extraction import members


@pytest.mark.parametrize("text, expected", [
    ("The CSTO is a regional military alliance that includes six countries: Russia, Belarus, Armenia, Kazakhstan, "
     "Kyrgyzstan and Tajikistan.", {"RUS", "BLR", "ARM", "KAZ", "KGZ", "TJK"}),
    ("Mercosur, a South American trade bloc which groups Brazil, Argentina, Uruguay and Paraguay, met in Asuncion.",
     {"BRA", "ARG", "URY", "PRY"}),
    ("The GCC is a political and economic union that comprises Saudi Arabia, Kuwait, the UAE, Qatar, Bahrain and Oman.",
     {"SAU", "KWT", "ARE", "QAT", "BHR", "OMN"}),
    # must not fire: what the bloc holds is not its members
    ("The SCO is a security bloc that Iran wants to join with Belarus.", set()),
    ("BRICS is a group that includes observers such as Nigeria.", set()),
])
def test_a_bloc_described_before_what_it_holds_lists_its_members(text, expected):
    assert {state for state, _ in members(text)} == expected


@pytest.mark.parametrize("text, expected", [
    ("Would NATO stand by its weakest members – the Baltic states of Estonia, Latvia and Lithuania?",
     {"EST", "LVA", "LTU"}),
    ("The Gulf Cooperation Council backed its members Bahrain and Oman in the dispute.", {"BHR", "OMN"}),
    ("The SCO summit welcomed its newest members, namely Iran and Belarus.", {"IRN", "BLR"}),
    # must not fire: members still to come, partners, and a clause after "its members"
    ("ASEAN welcomed its future members Timor-Leste and Papua New Guinea.", set()),
    ("BRICS and its partner members Belarus and Bolivia met in Kazan.", set()),
    ("The EU told its members that Hungary and Poland had objected.", set()),
])
def test_members_named_after_the_blocs_own_its_members_are_members(text, expected):
    assert {state for state, _ in members(text)} == expected


@pytest.mark.parametrize("text, expected", [
    # a state's sovereign named in brackets after it qualifies the item; the list goes on
    ("APEC groups Australia, Brunei, Chile, China, Hong Kong (China), Indonesia, Japan and Vietnam.",
     {"AUS", "BRN", "CHL", "CHN", "HKG", "IDN", "JPN", "VNM"}),
    # a bloc in brackets after a list still names the bloc the list makes up, not a qualifier of its last item
    ("Japan, Australia, India, and the United States (Quad) held a meeting on 5G.", {"JPN", "AUS", "IND", "USA"}),
])
def test_a_sovereign_in_brackets_after_a_listed_state_does_not_end_the_list(text, expected):
    assert {state for state, _ in members(text)} == expected


@pytest.mark.parametrize("text, expected", [
    # a bloc's history: an aside with a date's comma, and the states that joined after its first make-up
    ("The CSTO, founded on May 15, 1992, includes Russia, Belarus and Armenia.", {"RUS", "BLR", "ARM"}),
    ("Set up in 1967, ASEAN first comprised Indonesia, Malaysia, the Philippines, Singapore and Thailand, with Brunei "
     "joining in 1984.", {"IDN", "MYS", "PHL", "SGP", "THA", "BRN"}),
    ("Mercosur first grouped Brazil, Argentina, Paraguay and Uruguay, with Venezuela later joining.",
     {"BRA", "ARG", "PRY", "URY", "VEN"}),
    # must not fire: a joining still ahead, or "with ... joining" after no make-up of the bloc
    ("ASEAN groups Indonesia, Malaysia and Thailand, with Timor-Leste set to join next year.", {"IDN", "MYS", "THA"}),
    ("The EU signed deals with France and Germany, with Italy joining the talks later.", set()),
])
def test_a_blocs_history_names_its_first_members_and_those_who_joined_later(text, expected):
    assert {state for state, _ in members(text)} == expected


@pytest.mark.parametrize("text, expected", [
    # "an" as well as "a", and the other nouns for what a bloc is, in an apposition of the bloc
    ("Mercosur, an alliance of Brazil, Argentina, Paraguay and Uruguay, completed talks with the EU.",
     {"BRA", "ARG", "PRY", "URY"}),
    ("The EAEU, a customs union of Russia, Belarus and Kazakhstan, met in Minsk.", {"RUS", "BLR", "KAZ"}),
    # must not fire: an apposition naming no states
    ("ASEAN, an association for regional peace, met Japan and China.", set()),
])
def test_an_apposition_of_the_bloc_naming_its_make_up_lists_its_members(text, expected):
    assert {state for state, _ in members(text)} == expected


@pytest.mark.parametrize("text, expected", [
    # an apposition describing the bloc, then the relative clause that lists it; what follows is another act
    ("China and members of the GCC, an influential regional group in the Middle East which includes Bahrain, Kuwait "
     "and Oman, agreed to set up a joint commission on technology.", {"BHR", "KWT", "OMN"}),
    ("Leaders of Mercosur, an economic union of South American nations which comprises Argentina, Brazil and Paraguay, "
     "met to plan joint satellite work.", {"ARG", "BRA", "PRY"}),
    # must not fire: the relative clause tells what the bloc does with others, not what it holds
    ("Japan courted the GCC, an influential regional group which signed a joint plan with India and Pakistan.", set()),
])
def test_a_bloc_described_in_apposition_lists_its_members_in_the_relative_clause(text, expected):
    assert {state for state, _ in members(text)} == expected
