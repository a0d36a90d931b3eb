"""Instruments told together, then retold in the plural ("The MoUs were signed at different points this year",
"These agreements were initialed by the two ministers"), are each retold, not only the one named last
(plural_retold.py). Sentences written for the test."""

from __future__ import annotations

from tests.extraction import acts_of


def test_a_plural_retelling_reaches_every_act_told_together():
    text = ("Kenya's cabinet on Tuesday approved three memoranda on digital technology with Ghana, Peru and Vietnam. "
            "The memoranda were signed at different points this year.")
    assert {frozenset(act.parties): act.status for act in acts_of(text)} == {
        frozenset({"KEN", "GHA"}): "signed", frozenset({"KEN", "PER"}): "signed", frozenset({"KEN", "VNM"}): "signed"}


def test_a_plural_retelling_adds_its_sectors_to_each_act():
    text = ("Chile and Peru signed two agreements and a memorandum of understanding on Monday. These agreements "
            "will boost cooperation in cybersecurity.")
    acts = acts_of(text)
    assert len(acts) == 3 and all("cybersecurity" in act.sectors for act in acts)


def test_a_singular_retelling_stays_with_the_act_in_focus():
    text = ("Kenya's cabinet on Tuesday approved three memoranda on digital technology with Ghana, Peru and Vietnam. "
            "The memorandum with Vietnam was signed in October.")
    statuses = {frozenset(act.parties): act.status for act in acts_of(text)}
    assert statuses[frozenset({"KEN", "VNM"})] == "signed"
    assert statuses[frozenset({"KEN", "GHA"})] == "planned"


def test_a_plural_retelling_that_names_another_instrument_leaves_that_one_its_own_act():
    text = ("Chile and Peru signed two memoranda of understanding on Monday on ports and on lithium. The memoranda "
            "build on a 2015 agreement between the two governments on mining.")
    assert {(act.kind, act.status) for act in acts_of(text)} == {("mou", "signed"), ("agreement", "in-force")}
