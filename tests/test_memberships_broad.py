"""The last resort for memberships (membership_broad.py): a sentence naming one bloc and listing three or more states,
either as a group of countries, nations or members or with no other role given to the list, makes each listed state a
member; lists that are the other side of a deal, guests, joiners, observers, partners, lists of two, and sentences
with two blocs do not. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .extraction import each, members


@pytest.mark.parametrize(("text", "expected"), [
    # a group noun says what the list is, whatever else the sentence tells
    ("Officials from Brazil, Russia, India, China and South Africa, the BRICS countries, signed a statement on AI.",
     each("BRICS", "BRA", "RUS", "IND", "CHN", "ZAF")),
    ("At the SCO meeting in Astana, the nations of China, Kazakhstan and Kyrgyzstan discussed digital trade.",
     each("SCO", "CHN", "KAZ", "KGZ")),
    ("Mercosur's economies, Argentina, Brazil, Paraguay and Uruguay, agreed to link their payment systems.",
     each("MERCOSUR", "ARG", "BRA", "PRY", "URY")),
    # no group noun and no other role: the list glosses the bloc
    ("The Quad (the United States, Japan, India and Australia) is pooling money for undersea cables.",
     each("QUAD", "USA", "JPN", "IND", "AUS")),
    ("Under the African Union's plan, Kenya, Uganda, Rwanda and Tanzania will host the first data centres.",
     each("AU", "KEN", "UGA", "RWA", "TZA")),
])
def test_a_list_of_three_or_more_states_in_a_sentence_of_one_bloc_are_its_members(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize("text", [
    "China signed agreements with Brazil, India and Russia on the sidelines of the SCO summit.",  # the other side of deals
    "The SCO countries signed cooperation deals with Egypt, Qatar and Turkey on Tuesday.",  # a group noun, yet partners
    "The G20 summit was attended by guests from Spain, Nigeria and Singapore.",  # guests
    "Egypt, Ethiopia and Iran were invited to join BRICS.",  # invited
    "A BRICS expansion could bring in Algeria, Bolivia and Cuba.",  # an expansion still to come
    "Turkey, Egypt and Qatar are SCO dialogue partners.",  # partners
    "The EU imposed sanctions on Iran, Syria and Belarus over drone exports.",  # sanctions
    "Brazil and India signed an MoU on payments before the BRICS summit.",  # two listed
    "Russia, Belarus and Kazakhstan met at the SCO summit before the BRICS summit.",  # two blocs
    "ASEAN trade with Japan, Korea and China grew, the ministers said.",  # the other side of trade
    "The leaders of Chile, Peru and Mexico met on the sidelines of the APEC summit.",  # attending a summit
    "The EU is the largest market of four Andean countries: Peru, Colombia and Ecuador.",  # counted apart
    "Saudi Arabia and other OPEC+ producers such as Iraq, Kuwait and Algeria cut output.",  # OPEC+ is not OPEC
])
def test_lists_with_another_role_two_states_or_two_blocs_are_no_memberships(text):
    assert members(text) == set()


@pytest.mark.parametrize("text", [
    "The SCO welcomed Russian, Chinese and Indian scientists to the forum on satellite data.",
    "Brazilian, Indian and South African engineers joined the BRICS meeting on AI.",
])
def test_a_list_of_demonyms_beside_one_bloc_is_read_without_error_and_makes_no_members(text):
    assert members(text) == set()
