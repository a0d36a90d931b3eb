"""A make-up verb that counts the bloc's states before listing them gives the bloc's members, whatever opens the list
("BRICS comprises five nations, namely L", "The G20 includes the EU and 19 of the world's largest economies, which are
L", "It consists of six states (L)"), after the bloc's name, its name with a head noun, an aside, or "it" in the present.
Sentences written for these tests; counts of partners, observers, invitees, summit guests and of the states an
agreement or a trip covers must not be read as members."""

from __future__ import annotations

import pytest

from .extraction import each, members


@pytest.mark.parametrize(("text", "expected"), [
    ("BRICS comprises five nations, namely Brazil, Russia, India, China and South Africa.",
     each("BRICS", "BRA", "RUS", "IND", "CHN", "ZAF")),
    ("The Gulf Cooperation Council, founded in 1981, is made up of six monarchies, which are Saudi Arabia, Kuwait, Qatar, "
     "Bahrain, Oman and the UAE.", each("GCC", "SAU", "KWT", "QAT", "BHR", "OMN", "ARE")),
    ("The G20 includes the European Union, the African Union and 19 of the world's largest economies, which are Argentina, "
     "Australia, Brazil and Canada, among others.", each("G20", "ARG", "AUS", "BRA", "CAN")),
    ("The CSTO alliance currently unites six former Soviet states (Russia, Belarus, Armenia, Kazakhstan, Kyrgyzstan and "
     "Tajikistan).", each("CSTO", "RUS", "BLR", "ARM", "KAZ", "KGZ", "TJK")),
    ("Mercosur brings together four South American countries, i.e. Brazil, Argentina, Uruguay and Paraguay.",
     each("MERCOSUR", "BRA", "ARG", "URY", "PRY")),
    ("The Quad groups four democracies -- the United States, Japan, India and Australia.",
     each("QUAD", "USA", "JPN", "IND", "AUS")),
    ("The Eurasian Economic Union was set up in 2015. It now counts five member states: Russia, Belarus, Kazakhstan, "
     "Armenia and Kyrgyzstan.", each("EAEU", "RUS", "BLR", "KAZ", "ARM", "KGZ")),
    ("The SCO originally consisted of six countries, namely China, Russia, Kazakhstan, Kyrgyzstan, Tajikistan and "
     "Uzbekistan.", each("SCO", "CHN", "RUS", "KAZ", "KGZ", "TJK", "UZB")),
])
def test_a_make_up_verb_with_a_count_gives_the_blocs_members(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize("text", [
    "BRICS now includes ten partner countries: Belarus, Bolivia, Kazakhstan, Cuba and Malaysia.",
    "The SCO includes two observer states, namely Afghanistan and Mongolia.",
    "BRICS leaders met in Kazan. The new corridor agreement includes five countries, namely Brazil, Russia, India, China "
    "and South Africa.",
    "The G20 summit was held in Rio. The list of invited guests includes four countries, namely Spain, Norway, Portugal "
    "and Egypt.",
    "BRICS held a summit on Monday. The waiting list includes three countries, which are Algeria, Bahrain and Nigeria.",
    "NATO held a summit. The minister's trip includes three countries, namely Poland, Lithuania and Latvia.",
    # the past after "it": the summit's make-up, not the bloc's
    "ASEAN held a summit in Laos. It brought together eight countries, namely Laos, China, Japan, India, Australia, Russia, "
    "Canada and the United States.",
])
def test_counts_of_others_are_no_make_up(text):
    assert members(text) == set()
