"""A company told as the signing side, described by a state's name in the possessive ("South Korea's largest telecom
company, Korea Telecom, signed ...") or registered under a name opening on a state's ("... and the China Harbour
Engineering Corporation signed ..."), makes no interstate act. Sentences written for the test."""

from __future__ import annotations

import pytest

from tests.extraction import party_sets, sets


@pytest.mark.parametrize("text", [
    "In May, Japan's biggest mobile operator, Nippon Mobile, signed an agreement with Kenya to build a 5G network.",
    "India's leading satellite maker, Bharat Orbital, has signed a deal with Egypt on earth observation.",
    "Ghana's Ministry of Roads and the China Railway Construction Corporation signed an MoU on a new rail line.",
    "Nigeria's power ministry and the Turkey Energy Holding signed an agreement on solar farms.",
])
def test_a_company_as_the_signing_side_makes_no_interstate_act(text):
    assert party_sets(text) == sets()


@pytest.mark.parametrize("text, expected", [
    ("South Korea's science ministry and Rwanda's ICT ministry signed an agreement on 5G.", ["KOR+RWA"]),
    ("Kenya's president, William Ruto, signed an agreement with Rwanda on digital ID.", ["KEN+RWA"]),
    ("China's space agency, CNSA, signed an agreement with Egypt on lunar research.", ["CHN+EGY"]),
])
def test_a_state_body_or_leader_described_the_same_way_still_signs_for_its_state(text, expected):
    assert party_sets(text) == sets(*expected)
