"""A joint activity the sides agree on or to hold ("agreed on joint police patrols", "agreed to hold joint exercises")
is an undertaking of theirs, an initiative still to be done (planned), with or without a sector; a joint activity
only mentioned makes no act. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction import acts_of


@pytest.mark.parametrize(("text", "parties"), [
    ("Peru and Chile have agreed on joint coast guard patrols.", {"PER", "CHL"}),
    ("Officials said Oman and Jordan agreed about joint border patrols which may start in May.", {"OMN", "JOR"}),
    ("Kenya and Tanzania agreed to hold joint disaster drills next year.", {"KEN", "TZA"}),
    ("Ghana and Togo decided to conduct joint research on malaria vaccines.", {"GHA", "TGO"}),
])
def test_a_joint_activity_the_sides_agree_on_is_a_planned_initiative(text, parties):
    assert [(set(a.parties), a.kind, a.status) for a in acts_of(text)] == [(parties, "initiative", "planned")]


@pytest.mark.parametrize("text", [
    "Peru and Chile held talks after their joint patrols ended in a dispute.",
    "Ghana criticised Togo for its joint exercises with a third country.",
])
def test_a_joint_activity_only_mentioned_makes_no_planned_act(text):
    assert all(a.status != "planned" for a in acts_of(text))
