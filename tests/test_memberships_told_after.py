"""Members told after the bloc is known (membership_told_after.py): "L are its full-fledged members", "L became its
members", "the five founding members (L)", later joiners told by year after "followed by", and the look-alikes that
must not fire: associate, observer, future or new members, a bloc glued to "non-", and an entry still being weighed.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from .extraction import each, members


@pytest.mark.parametrize(("text", "expected"), [
    ("The CSTO is a military alliance. Russia, Belarus and Armenia are its full-fledged members.",
     each("CSTO", "RUS", "BLR", "ARM")),
    ("BRICS was set up by Brazil and Russia. On 1 January, Egypt, Ethiopia, Iran, became its full members.",
     each("BRICS", "BRA", "RUS", "EGY", "ETH", "IRN")),
    ("The Gulf Cooperation Council met in Doha. Kuwait and Oman remain its founding member states.",
     each("GCC", "KWT", "OMN")),
    ("OPEC was set up in 1960 by its five founding members (Iran, Iraq, Kuwait, Saudi Arabia and Venezuela).",
     each("OPEC", "IRN", "IRQ", "KWT", "SAU", "VEN")),
    ("ASEAN, whose current member states (Thailand, Malaysia and Singapore) met on Monday, agreed on payments.",
     each("ASEAN", "THA", "MYS", "SGP")),
    ("Laos joined ASEAN in 1997, followed by Cambodia in 1999.", each("ASEAN", "LAO", "KHM")),
    ("Greece joined the EU in 1981, followed by Spain and Portugal in 1986, Austria in 1995, and Poland in 2004.",
     each("EU", "GRC", "ESP", "PRT", "AUT", "POL")),
])
def test_members_told_after_the_bloc_is_known_are_memberships(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize("text", [
    "The SCO met in Astana. Turkey and Egypt are its dialogue partners.",
    "The CIS met in Minsk. Ukraine and Turkmenistan are its associate members.",
    "The EAEU met in Minsk. Uzbekistan and Cuba are its observer member states.",
    "BRICS met in Kazan. Nigeria and Vietnam will become its future members.",
    "The summit was also attended by leaders of non-BRICS member states, such as Turkey and Palestine.",
    "Talks included non-EU countries, such as Norway and Iceland.",
    "Leaders met in Brasilia, discussing among other things the entry of Bolivia as the newest member of Mercosur.",
    "Paraguay blocked the accession of Venezuela as a full member of Mercosur.",
    "The bloc invited its new members (Argentina and Ethiopia) to a meeting in Durban.",
])
def test_partners_associates_future_members_non_members_and_weighed_entries_are_not_memberships(text):
    assert members(text) == set()


def test_a_year_list_not_after_a_joining_adds_no_members():
    text = "Greece signed a trade deal with China in 1981, followed by Spain in 1986."
    assert members(text) == set()


@pytest.mark.parametrize("text", [
    "Kazakhstan also spoke at the SCO. The Arab League met on Monday, and Egypt and Jordan became its full members.",
    "Kazakhstan also spoke at the SCO. The Organization of Turkic States was set up by its five founding members "
    "(Azerbaijan, Kyrgyzstan and Turkey).",
])
def test_members_given_to_another_named_body_are_no_members_of_the_passages_bloc(text):
    assert not {pair for pair in members(text) if pair[0] in ("EGY", "JOR", "AZE", "TUR")}


def test_the_organization_told_again_is_still_the_passages_bloc():
    text = "Kazakhstan also spoke at the SCO. The organization was set up by its founding members (Kazakhstan and China)."
    assert each("SCO", "KAZ", "CHN") <= members(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("BRICS met in Rio. The group of emerging economies expanded last year beyond Brazil, Russia and India to include "
     "Egypt and Iran.", each("BRICS", "BRA", "RUS", "IND", "EGY", "IRN")),
    ("The SCO met in Astana. The bloc has grown beyond China and Russia to take in Pakistan.",
     each("SCO", "CHN", "RUS", "PAK")),
    ("Egypt and Iran joined BRICS as full members in 2024. Indonesia joined it on January 6, 2025.",
     each("BRICS", "EGY", "IRN", "IDN")),
])
def test_growth_beyond_a_list_and_joining_it_name_members(text, expected):
    assert expected <= members(text)


@pytest.mark.parametrize("text", [
    "BRICS met in Rio. The group plans to expand beyond Brazil and Russia to include Nigeria and Vietnam.",
    "BRICS met in Rio. Trade with Brazil and Russia grew beyond forecasts.",
    "The chip pact was signed in 2018 by the EU. Japan joined it in 2019.",
])
def test_growth_to_come_other_growth_and_joining_an_instrument_name_no_new_members(text):
    assert not {pair for pair in members(text) if pair[0] in ("NGA", "VNM", "JPN")}
