"""A quote that opens with "we" or "our country" speaks for the state of the official the sentence says said it
(membership_anaphora.speaker_stand_in): "\"We are a founding member of the SCO,\" Kazakh President Tokayev said". Only
when the words outside the quote name one state, give the speaker an office and a verb of saying. Passages written for
these tests (a sample of a passage generator over eighteen blocs, twelve quotes, six speakers, three quote forms)."""

from __future__ import annotations

import pytest

from .extraction import each, members


@pytest.mark.parametrize(("text", "expected"), [
    ('"We are a founding member of the SCO," Kazakh President Kassym-Jomart Tokayev said.', each("SCO", "KAZ")),
    ('"We joined BRICS in January," Egyptian President Abdel Fattah el-Sisi said on Tuesday.', each("BRICS", "EGY")),
    ('"Our country has been a member of the EAEU since 2015," Armenian Prime Minister Nikol Pashinyan said.',
     each("EAEU", "ARM")),
    ('Kazakh President Kassym-Jomart Tokayev said: "We are a founding member of the SCO."', each("SCO", "KAZ")),
    ('The BRICS summit opened in Kazan. "We became a full member of BRICS last year," Iran\'s foreign minister said.',
     each("BRICS", "IRN")),
])
def test_quoted_we_is_the_speakers_state(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize("text", [
    '"We are not a member of NATO," Swiss President Viola Amherd said.',
    '"We want to join BRICS," Thai Prime Minister Paetongtarn Shinawatra said.',
    '"We hope to join BRICS soon," Malaysian Prime Minister Anwar Ibrahim said.',
    '"We are proud to be a member of the SCO," a Chinese analyst said.',
    '"We are a member of the SCO," said Kazakh Foreign Minister Murat Nurtleu, adding that Russia agreed.',
    '"We are an observer in the SCO," Mongolian President Ukhnaagiin Khurelsukh said.',
    '"We are a member of the SCO business council," the Chinese firm\'s chief executive said.',
])
def test_quoted_we_that_states_no_membership(text):
    assert members(text) == set()
