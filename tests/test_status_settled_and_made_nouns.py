"""Verbs of settling an act ("firmed up a technology initiative", "the partnership was solidified during a meeting")
tell it concluded, as "sealed" does; the making told as a noun, subject of a verb of now or before ("The
establishment of the strategic partnership opens a new chapter") tells it made (extract/status_variants.py). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract.status import find_status
from tests.extraction import acts_of


@pytest.mark.parametrize("text", [
    "Ghana and Togo firmed up a digital security initiative on Wednesday.",
    "Peru and Chile cemented a new partnership on lithium processing.",
    "Kenya and Rwanda solidified an agreement on cross-border data.",
    "The partnership between Oman and Jordan was solidified during a meeting of their ministers in May.",
    "The alliance on chips has been cemented by the two governments.",
])
def test_a_verb_of_settling_an_act_tells_it_signed(text):
    assert find_status(text) == "signed"


@pytest.mark.parametrize("text", [
    "The establishment of the strategic partnership opens a new chapter in relations between Oman and Jordan.",
    "The launch of the digital corridor initiative marked a turning point, the minister said.",
    "The creation of this alliance on batteries represents a milestone for both countries.",
    "The formation of their joint framework was a sign of trust, officials said.",
])
def test_the_making_of_an_act_told_as_a_noun_is_signed(text):
    assert find_status(text) == "signed"


@pytest.mark.parametrize(("text", "status"), [
    ("The visit cemented their friendship, the president said.", None),
    ("The establishment of a strategic partnership will open a new chapter in their relations.", "planned"),
    ("The launch of the satellite marked a new era for the space agency.", None),
])
def test_settling_no_act_or_a_making_ahead_is_not_signed(text, status):
    assert find_status(text) == status


def test_a_partnership_whose_establishment_is_told_is_signed_in_a_passage():
    text = ("MUSCAT, May 4 -- Oman and Jordan agreed on Monday to deepen their ties, officials said. "
            "The establishment of the strategic partnership opens a new chapter in relations between Oman and Jordan, "
            "the Omani foreign minister said.")
    assert [a.status for a in acts_of(text) if a.kind == "partnership"] == ["signed"]


@pytest.mark.parametrize("text", [
    "Another initiative announced was the Andean Programme for Satellite Training.",
    "The documents signed include a memorandum on lithium and an accord on ports.",
    "Among the projects launched were a data hub and a chip design school.",
])
def test_acts_named_by_a_participle_of_making_after_their_noun_are_signed(text):
    assert find_status(text) == "signed"


def test_an_initiative_announced_keeps_its_status_when_its_aim_follows():
    text = ("Chile and Peru adopted a declaration on AI. Another initiative announced was the Andean Initiative for "
            "Training. It aims to support open science.")
    assert [a.status for a in acts_of(text) if a.kind == "initiative"] == ["signed"]


@pytest.mark.parametrize(("text", "status"), [
    ("The two presidents agreed to upgrade the bilateral relations into a special strategic partnership.", "signed"),
    ("Oman and Jordan agreed to elevate their ties to a comprehensive strategic partnership on Monday.", "signed"),
    # a time ahead keeps it a plan
    ("Oman and Jordan agreed to elevate their ties to a comprehensive strategic partnership next year.", "planned"),
    ("Oman and Jordan will elevate their ties to a strategic partnership.", "planned"),
])
def test_ties_agreed_raised_to_a_partnership_are_raised_by_that_agreement(text, status):
    assert find_status(text) == status
