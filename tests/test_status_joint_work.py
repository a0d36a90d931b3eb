"""Work the sides are doing together now ("are exploring a payment project together", "are jointly testing a
platform") is in force; the same work planned, done, or talk of ways to cooperate keeps its status. Sentences written
for the test."""

from __future__ import annotations

import pytest

from tests.extraction import acts_of


def statuses(text: str) -> list[str]:
    return [a.status for a in acts_of(text)]


@pytest.mark.parametrize("text", [
    "Central banks from Laos, Cambodia and Myanmar are exploring a cross-border payment project together.",
    "The space agencies of Egypt and Nigeria are jointly testing a satellite data platform.",
    "Regulators of Oman and Jordan are developing a digital identity system together.",
])
def test_joint_work_under_way_is_in_force(text):
    assert statuses(text) == ["in-force"]


@pytest.mark.parametrize("text, status", [
    ("Oman and Jordan will develop a digital identity system together.", "planned"),
    ("Oman and Jordan are exploring ways to cooperate on digital identity.", "planned"),
])
def test_joint_work_ahead_or_ways_explored_stay_planned(text, status):
    assert statuses(text) == [status]
