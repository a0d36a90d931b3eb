"""Kind nouns of undertakings and bodies beside the usual ones: a study group is a working group, "memo" a memorandum,
a project done "together" (or a long-named joint project) an initiative of the states named. Sentences written for the
test."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.extraction import acts_of


def kinds(text: str) -> Counter:
    return Counter(("+".join(sorted(a.parties)), a.kind) for a in acts_of(text))


@pytest.mark.parametrize("text, expected", [
    ("Kenya and Ghana agreed to form a study group on artificial intelligence.", ("GHA+KEN", "working-group")),
    ("The ministers of Peru and Chile set up a joint study group on lithium refining.", ("CHL+PER", "working-group")),
    ("Cuba and Vietnam signed a memo of understanding on telecommunications.", ("CUB+VNM", "mou")),
    ("The central banks of Brazil, India and Egypt are testing a digital currency settlement pilot together.",
     ("BRA+EGY+IND", "initiative")),
    ("Regulators from Oman, Jordan and Morocco are building a cross-border payment platform together.",
     ("JOR+MAR+OMN", "initiative")),
    ("Central banks from Laos, Cambodia and Myanmar are exploring a joint regional real-time retail payment project.",
     ("KHM+LAO+MMR", "initiative")),
])
def test_undertaking_nouns_name_the_kind_of_the_act(text, expected):
    assert kinds(text)[expected] == 1


def test_another_memo_after_an_act_is_one_more_memorandum():
    text = ("Cuba and Vietnam signed a treaty on information security on Friday. Another memo covers cooperation "
            "in health care.")
    assert sorted(kinds(text)) == [("CUB+VNM", "mou"), ("CUB+VNM", "treaty")]


@pytest.mark.parametrize("text", [
    "A leaked memo showed that Kenya and Uganda disagree on roaming fees.",
    "Kenya and Uganda worked together on reforms of their customs rules.",
    "Officials from Ghana and Togo said a study of the project showed costs had risen.",
])
def test_look_alikes_of_the_nouns_make_no_act(text):
    assert acts_of(text) == []


@pytest.mark.parametrize("text, expected, number", [
    ("Oman and Jordan agreed to set up a taskforce on digital payments.", ("JOR+OMN", "working-group"), 1),
    ("Peru and Bolivia signed an agreement on trade. Both governments also signed a cultural exchange program.",
     ("BOL+PER", "agreement"), 2),
])
def test_a_taskforce_and_a_programme_signed_name_their_kinds(text, expected, number):
    assert kinds(text)[expected] == number


def test_a_programme_only_talked_about_makes_no_act():
    assert acts_of("The government of Oman said the program would cut costs for Jordan.") == []


@pytest.mark.parametrize("text, expected", [
    ("Kenya and Ghana launched training programmes in cybersecurity.", ("GHA+KEN", "initiative")),
    ("Peru and Chile announced the beginning of exchange programs for lithium engineers.", ("CHL+PER", "initiative")),
    ("Oman and Jordan began a joint programme on digital payments.", ("JOR+OMN", "initiative")),
])
def test_a_programme_the_sides_launch_or_begin_is_an_initiative(text, expected):
    assert kinds(text) == Counter([expected])


def test_a_sides_own_programme_launched_is_no_act_of_two():
    assert acts_of("Britain may launch its own alternative research programme instead of joining the EU scheme.") == []


@pytest.mark.parametrize("text, expected", [
    ("The leaders of Kenya, Ghana and Togo announced their cyber framework in April.", ("GHA+KEN+TGO", "initiative")),
    ("Chile and Peru unveiled a framework on lithium data.", ("CHL+PER", "initiative")),
    ("Kenya and Ghana decided to establish a framework for working-level talks on cybersecurity.",
     ("GHA+KEN", "working-group")),
    # one signed or agreed on is an agreement
    ("Chile and Peru signed a framework on lithium data.", ("CHL+PER", "agreement")),
    # "framework" naming the kind of an instrument, its head noun after it
    ("Chile and Peru unveiled a framework agreement on lithium data.", ("CHL+PER", "agreement")),
    ("Kenya and Ghana launched a new framework accord for cooperation in space.", ("GHA+KEN", "agreement")),
])
def test_a_framework_launched_is_an_undertaking_and_one_for_talks_a_body(text, expected):
    assert kinds(text)[expected] == 1
