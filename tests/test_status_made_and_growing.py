"""A body told as made by its parties in the passive is signed ("was created by A and B"), and an act that goes on
growing or that the sides enjoy is in force ("the initiative continues to expand", "enjoy a strategic partnership").
Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract import cues, extract_facts
from techpact.loaders.document import Document


def _statuses(text: str) -> list[str]:
    return [a.status for a in extract_facts(Document(text=text, source="t.txt")).agreements]


@pytest.mark.parametrize("text", [
    "A joint working group on 5G was created by Turkey and Azerbaijan.",
    "The fund was jointly founded by Chile and Peru.",
    "A joint commission on space was formed by Kenya and Ghana on Monday.",
])
def test_a_body_made_by_its_parties_in_the_passive_is_signed(text):
    assert _statuses(text) == ["signed"]


def test_a_body_to_be_made_or_never_made_is_not_signed():
    assert cues.find_status("A working group will be created by Chile and Peru.") == "planned"
    assert cues.find_status("A panel has not been created by the two sides.") is None


def test_a_body_made_long_ago_that_meets_every_year_stays_in_force():
    assert _statuses("The joint committee was created by Chile and Peru in 2005 and meets every year.") == ["in-force"]


@pytest.mark.parametrize("text", [
    "The India-US initiative on critical and emerging technology continues to expand.",
    "The partnership between Chile and Peru has continued to deepen since 2019.",
])
def test_an_act_that_goes_on_growing_is_in_force(text):
    assert _statuses(text) == ["in-force"]


@pytest.mark.parametrize("text", [
    "Chile and Peru agreed to continue to expand cooperation in AI.",
    "Chile and Peru will continue to expand their cooperation on lithium.",
])
def test_growing_agreed_or_told_ahead_stays_planned(text):
    assert _statuses(text) == ["planned"]


@pytest.mark.parametrize("text", [
    "Chile and Peru enjoy a strategic partnership that covers lithium mining.",
    "Chile and Peru have enjoyed a comprehensive partnership since 2019.",
])
def test_a_partnership_the_sides_enjoy_is_held_in_force(text):
    assert _statuses(text) == ["in-force"]
