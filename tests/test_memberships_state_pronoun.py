"""A state told by "it" or "the country" after the sentence before opened with its name (membership_anaphora.py):
"Indonesia signed the deal on Monday. It is a full member of ASEAN." The sentence is read again with the state's name in
the pronoun's place. Never when the sentence before names two states, opens with something else, or names the state by
a possessive or inside a company's name; never the "it" of "It is expected that". Passages written for these tests (a
sample of a passage generator over eighteen blocs, five openings, five pronouns, twelve membership predicates and
thirteen look-alikes)."""

from __future__ import annotations

import pytest

from .extraction import each, members


@pytest.mark.parametrize(("text", "expected"), [
    ("Indonesia signed a payments deal on Monday. It is a member of ASEAN.", each("ASEAN", "IDN")),
    ("Kazakhstan hosted talks on energy this week. The country joined the EAEU in 2015.", each("EAEU", "KAZ")),
    ("Kazakhstan hosted talks on energy this week. The Central Asian nation is a member of the SCO.", each("SCO", "KAZ")),
    ("JAKARTA, March 4 (Reuters) - Indonesia unveiled an AI strategy on Tuesday. It is also a full member of the G20.",
     each("G20", "IDN")),
    ("Indonesia is a large economy. It is the only G20 member state in Southeast Asia.", each("G20", "IDN")),
    ("Peru is quite a prize. It is the world's second-largest copper producer. It joined APEC in 1998.", each("APEC", "PER")),
    ("Saudi Arabia announced a satellite plan on Friday. Since 2024, the kingdom has been a member of BRICS.",
     each("BRICS", "SAU")),
    ("Hungary blocked the sanctions. It is the only EU member to do so.", each("EU", "HUN")),
    ("Turkey hosted the talks. It is a NATO member but not an EU member.", each("NATO", "TUR")),
    ("India hosted talks this week. It currently chairs the SCO.", each("SCO", "IND")),
    ("Markets were calm on Monday.\n\nIndonesia signed a deal. It is a member of ASEAN.", each("ASEAN", "IDN")),
    ("The talks ended. Indonesia is the largest economy in the region. It is the only G20 member there.", each("G20", "IDN")),
    ("Kazakh officials announced a satellite plan on Friday. The country joined the EAEU in 2015.", each("EAEU", "KAZ")),
    ("Iranian President Ali Hassan unveiled an AI plan. The Islamic republic became a full SCO member in 2023.",
     each("SCO", "IRN")),
])
def test_it_or_the_country_stands_for_the_state_named_before(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Egypt signed a deal with Kenya on Monday. It is a member of BRICS.", set()),
    ("Indonesia's economy grew by 5 percent last year. It is a member of ASEAN.", set()),
    ("Talks were held in Astana with Kazakhstan on Monday. It is a member of the SCO.", set()),
    ("Indonesian officials signed the deal. It is a member of ASEAN.", set()),
    ("Chinese officials met Russian counterparts. The country is a member of the SCO.", set()),
    ("Kazakh officials announced a satellite plan. The country applied to join BRICS in 2024.", set()),
    ("China Telecom signed a deal. It is a member of the BRICS business council.", set()),
    ("Kazakhstan hosted the talks. It is expected that members of the SCO will attend.", set()),
    ("Kazakhstan hosted the talks. It was unclear whether members of the SCO would attend.", set()),
    ("Ukraine signed the deal. It is not yet an EU member.", set()),
    ("Ukraine wants closer ties. It is a partner of NATO.", set()),
    ("Georgia signed the deal. It hopes to become an EU member.", set()),
    ("Serbia signed the deal. The country is an EU candidate.", set()),
    ("Thailand hosted the talks. It applied to join BRICS in 2024.", set()),
    ("Mongolia hosted the talks. It is an observer in the SCO.", set()),
    ("Japan signed the deal. It joined the G7 statement on AI.", set()),
    ("Russia hosted the summit. It was attended by leaders of China and India, both SCO members.", each("SCO", "CHN", "IND")),
])
def test_it_that_stands_for_no_one_state_named_first_gives_no_membership(text, expected):
    assert members(text) == expected
