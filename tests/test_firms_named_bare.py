"""A private company named bare (ontology firms.json), with no company word, as the other side of a government's deal
or as a signing side makes no interstate act ("signed a deal with China's Huawei", "Kenya and Nvidia signed"); a firm
told only as doing the work of the states' act leaves that act standing. Sentences written for the test."""

from __future__ import annotations

import pytest

from techpact.ontology.reference import firms
from tests.extraction import party_sets, sets


@pytest.mark.parametrize("text", [
    "Ghana signed a deal with China's Huawei on 5G networks.",
    "Ghana signed a deal with Huawei of China on 5G networks.",
    "Ghana signed a deal with China's Huawei Technologies on 5G networks.",
    "Ghana and Nvidia of the United States signed a memorandum on AI.",
    "Ghana signed a memorandum with US-based Nvidia on AI training.",
    "Togo and Huawei have signed an agreement on cloud services.",
    "Kenya's Safaricom and Ghana's MTN signed a deal on mobile payments.",
])
def test_a_firm_as_a_side_makes_no_interstate_act(text):
    assert not [found for found in party_sets(text) if len(found) >= 2]


@pytest.mark.parametrize("text, expected", [
    ("Ghana and China signed a deal under which Huawei will build 5G networks.", ["CHN+GHA"]),
    ("China and Ghana signed a deal on 5G networks, and Huawei will build them.", ["CHN+GHA"]),
    ("Brazil and Peru signed an agreement with Amazon countries on satellite monitoring.", ["BRA+PER"]),
])
def test_a_firm_doing_the_work_or_a_like_word_leaves_the_states_act(text, expected):
    assert party_sets(text) == sets(*expected)


def test_the_firms_are_no_states_bodies():
    from techpact.ontology.reference import institutions
    assert firms() and not set(firms()) & set(institutions())
