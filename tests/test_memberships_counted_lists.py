"""A counted group noun that opens a list with a colon or a dash gives the bloc's make-up ("the common market of four
Latin American countries: L", "the CSTO region, which includes 6 states: L", "made up of L, as well as four Central
Asian countries -- L2"): sentences written for these tests, with counts of observers, partners and candidates that must
not be read as members."""

from __future__ import annotations

import pytest

from .extraction import each, members


@pytest.mark.parametrize(("text", "expected"), [
    ("Mercosur is the common market of four South American countries: Brazil, Argentina, Uruguay and Paraguay.",
     each("MERCOSUR", "BRA", "ARG", "URY", "PRY")),
    ("The EAEU is an economic union of five post-Soviet states -- Russia, Belarus, Kazakhstan, Armenia and Kyrgyzstan.",
     each("EAEU", "RUS", "BLR", "KAZ", "ARM", "KGZ")),
    ("The GCC, set up in 1981, is a political and economic alliance of six Gulf monarchies: Saudi Arabia, Kuwait, Qatar, "
     "Bahrain, Oman and the UAE.", each("GCC", "SAU", "KWT", "QAT", "BHR", "OMN", "ARE")),
    ("Drills were held across the CSTO region, which includes six states: Russia, Belarus, Armenia, Kazakhstan, "
     "Kyrgyzstan and Tajikistan.", each("CSTO", "RUS", "BLR", "ARM", "KAZ", "KGZ", "TJK")),
    ("The AU region, which covers 3 countries -- Kenya, Uganda and Tanzania -- was hit.", each("AU", "KEN", "UGA", "TZA")),
    ("The SCO consists of China, Russia, India and Pakistan, as well as four Central Asian republics: Kazakhstan, "
     "Kyrgyzstan, Tajikistan and Uzbekistan.", each("SCO", "CHN", "RUS", "IND", "PAK", "KAZ", "KGZ", "TJK", "UZB")),
    ("BRICS is made up of Brazil, Russia and India, plus two African nations -- Egypt and Ethiopia.",
     each("BRICS", "BRA", "RUS", "IND", "EGY", "ETH")),
])
def test_a_counted_noun_opening_a_list_gives_the_blocs_members(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The SCO includes China and Russia, as well as two observer states: Mongolia and Afghanistan.",
     each("SCO", "CHN", "RUS")),
    ("BRICS is made up of Brazil and India, plus three partner countries: Cuba, Bolivia and Uganda.",
     each("BRICS", "BRA", "IND")),
    ("Mercosur is the biggest market of three associate countries: Chile, Peru and Bolivia.", set()),
    ("The EU is the largest export market of Japan, Korea and China.", set()),
    ("The EU is a trade partner of four Andean countries: Peru, Colombia, Ecuador and Bolivia.", set()),
    ("The SCO region, which includes two observer states: Mongolia and Afghanistan, is vast.", set()),
    ("The ASEAN region, which includes 3 candidate countries: Timor-Leste, Papua New Guinea and Fiji, grew.", set()),
])
def test_a_counted_noun_of_outsiders_gives_no_members(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Mercosur is a customs union grouping four countries: Brazil, Argentina, Uruguay and Paraguay.",
     each("MERCOSUR", "BRA", "ARG", "URY", "PRY")),
    ("Mercosur is a South American trade bloc made up of four countries: Brazil, Argentina, Uruguay and Paraguay.",
     each("MERCOSUR", "BRA", "ARG", "URY", "PRY")),
    ("The CSTO, a military alliance of six former Soviet states -- Russia, Belarus, Armenia, Kazakhstan, Kyrgyzstan and "
     "Tajikistan -- held drills.", each("CSTO", "RUS", "BLR", "ARM", "KAZ", "KGZ", "TJK")),
    ("The CSTO is an alliance of six former members: Russia, Belarus, Armenia, Kazakhstan, Kyrgyzstan and Tajikistan.",
     set()),
    ("The EU, the largest market of four Andean countries: Peru, Colombia, Ecuador and Bolivia, cut tariffs.", set()),
    ("NATO, an alliance of two observer states -- Japan and Korea -- met.", set()),
])
def test_the_counted_body_in_apposition_or_with_a_participle(text, expected):
    assert members(text) == expected
