"""Points listed after "it was agreed that:" that name two states and what one will do are planned acts between
them; the list ends at the first clause that is no point. Sentences written for the test."""

from __future__ import annotations

from collections import Counter

from tests.extraction import acts_of


def kinds(text: str) -> Counter:
    return Counter(("+".join(sorted(a.parties)), a.kind, a.status) for a in acts_of(text))


def test_each_point_agreed_is_a_planned_act_of_the_states_it_names():
    text = ("Following talks between the leaders of Oman and Kuwait, it was agreed that:\n\n"
            "1. Oman will give Kuwait access to satellite data received at its ground stations.\n\n"
            "2. Kuwait will host Omani engineers at its new research centre.\n\n"
            "Additionally, to boost bilateral cooperation, the following MoUs were signed:\n\n"
            "1. An MoU on cyber security cooperation.\n\n"
            "2. An MoU on customs.")
    found = kinds(text)
    assert found[("KWT+OMN", "agreement", "planned")] == 2
    assert found[("KWT+OMN", "mou", "signed")] >= 1


def test_a_list_not_led_by_agreed_that_makes_no_points():
    text = ("The report lists the following facts:\n\n1. Oman will hold elections in May.\n\n"
            "2. Kuwait will raise fuel prices and Oman will follow.")
    assert sum(kinds(text).values()) == 0


def test_the_list_ends_at_a_clause_that_is_no_point():
    text = ("At the meeting in Muscat it was agreed that:\n\n1. Oman will give Kuwait access to satellite data.\n\n"
            "Kuwait's minister later toured the port and praised Oman's hospitality.")
    assert kinds(text) == Counter({("KWT+OMN", "agreement", "planned"): 1})
