"""In a story that goes through several instruments, one introduced in turn ("A second document was a joint
declaration ...", "A bilateral memorandum between the ministries of ... of the two countries ...") is an act of its
own of the parties in focus, made as it was unless its own signing is told still ahead. Sentences written for the
test."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.extraction import acts_of


def kinds(text: str) -> Counter:
    return Counter(("+".join(sorted(a.parties)), a.kind, a.status) for a in acts_of(text))


@pytest.mark.parametrize("text, second", [
    ("Laos and Vietnam signed six documents on Monday. The two countries signed a treaty on border security. A second "
     "document was a joint declaration on the peaceful use of outer space.", ("LAO+VNM", "declaration", "signed")),
    ("Angola and Namibia signed an agreement on power trade in Luanda. A bilateral memorandum of understanding between "
     "the ministries of health of the two countries aims at sharing medical data.", ("AGO+NAM", "mou", "signed")),
    ("Bolivia and Paraguay signed a treaty on river transport. The third instrument was a protocol on customs.",
     ("BOL+PRY", "agreement", "signed")),
    # its own signing still ahead
    ("Bolivia and Paraguay signed a treaty on river transport on Monday. A second memorandum, on customs, will be signed "
     "in May.", ("BOL+PRY", "mou", "planned")),
    ("Bolivia and Paraguay signed a treaty on river transport. The next agreement, on ports, is expected to be signed "
     "next year.", ("BOL+PRY", "agreement", "planned")),
])
def test_an_instrument_introduced_in_turn_is_one_more_act(text, second):
    assert kinds(text)[second] == 1
    assert sum(kinds(text).values()) >= 2


@pytest.mark.parametrize("text", [
    # the act told again, definite
    "Angola and Namibia signed an agreement on power trade. The agreement between the ministries of energy was "
    "prepared for a year.",
    # an ordinal of something that is no instrument
    "Angola and Namibia signed an agreement on power trade. A second round of talks will follow in May.",
])
def test_the_act_told_again_or_a_second_round_of_talks_adds_no_act(text):
    assert sum(kinds(text).values()) == 1


@pytest.mark.parametrize("text", [
    "Chile and Peru signed two cooperation agreements and a memorandum of understanding in Lima on Monday.",
    "Ghana and Togo inked three agreements and an MoU during the visit.",
])
def test_a_count_of_instruments_and_one_of_another_kind_are_two_acts(text):
    assert sorted(act.kind for act in acts_of(text)) == ["agreement", "mou"]


def test_the_first_and_second_of_counted_instruments_are_their_own_acts_beside_the_other_kind():
    text = ("Chile and Peru signed two agreements and a memorandum of understanding on Monday. The first agreement "
            "covers lithium research. The second agreement aims to establish a framework for cooperation in space. "
            "The memorandum concerns fisheries.")
    acts = acts_of(text)
    assert sorted(act.kind for act in acts) == ["agreement", "agreement", "mou"]
    by_sector = {sector: act.kind for act in acts for sector in act.sectors}
    assert by_sector.get("critical-minerals") == "agreement" and by_sector.get("space") == "agreement"
