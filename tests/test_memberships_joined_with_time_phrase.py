"""A joining told with no bloc after "joined", in a passage about a bloc, with the time phrases news uses
(membership_patterns.JOIN_TIME): "Egypt joined in January", "on 1 January 2024", "South Africa joined a year later",
"the following year", "at the start of 2024". Never a weekday, an instrument the sentence before tells of, a joining as a
partner or observer, one still to come, or one with an object after the time ("joined in 2015 the talks"). Passages
written for these tests (a sample of a passage generator over eighteen blocs, twelve time phrases, three forms, four
openings and six look-alikes)."""

from __future__ import annotations

import pytest

from .extraction import each, members


@pytest.mark.parametrize(("text", "expected"), [
    ("BRICS leaders met in Kazan. Egypt joined in January.", each("BRICS", "EGY")),
    ("BRICS leaders met in Kazan. Egypt joined on 1 January 2024.", each("BRICS", "EGY")),
    ("The SCO summit opened in Astana. Iran, which joined on July 4, backed the plan.", each("SCO", "IRN")),
    ("BRICS was founded by Brazil, Russia, India and China in 2009. South Africa joined a year later.",
     each("BRICS", "BRA", "RUS", "IND", "CHN", "ZAF")),
    ("The SCO was founded by China and Russia in 2001. Uzbekistan joined the following year.",
     each("SCO", "CHN", "RUS", "UZB")),
    ("The EAEU summit opened in Minsk. Armenia joined at the start of 2015.", each("EAEU", "ARM")),
    ("ASEAN ministers met in Jakarta. Vietnam later joined in early July.", each("ASEAN", "VNM")),
])
def test_joined_with_a_time_phrase_joins_the_passages_bloc(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize("text", [
    "BRICS leaders met in Kazan. Egypt joined on Monday.",
    "The trade pact was signed by Chile and Singapore in 2018. Japan joined a year later.",
    "BRICS leaders met in Kazan. Thailand joined on January 1 as a partner country.",
    "The SCO summit opened in Astana. Laos joined on 1 January 2024 as an observer.",
    "BRICS leaders met in Kazan. Egypt could join in January.",
    "BRICS leaders met in Kazan. Egypt will join in January.",
    "BRICS leaders met in Kazan. Egypt joined in March 2023 the talks on payments.",
    "BRICS leaders met in Kazan. Egypt joined in May's talks.",
])
def test_joined_that_is_no_joining_of_the_bloc(text):
    assert members(text) == set()
