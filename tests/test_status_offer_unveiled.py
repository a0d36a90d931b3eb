"""An offer unveiled or launched is made, not concluded: "Ghana unveiled a proposal for a joint AI centre with Togo" is
Ghana's proposal to Togo (proposed), while an act the sides launch or a plan they unveil keeps its reading
(extract/status_aspect.py). Sentences written for the test, never taken from the eval passages."""

from __future__ import annotations

import pytest

from tests.extraction import acts_of


def readings(text: str) -> list[tuple[str, str]]:
    return [(act.kind, act.status) for act in acts_of(text) if set(act.parties) == {"GHA", "TGO"}]


@pytest.mark.parametrize("text", [
    "Ghana unveiled a proposal for a joint AI centre with Togo.",
    "Ghana launched a proposal to build a joint data centre with Togo.",
    "Ghana has unveiled its new offer to Togo to build a solar plant.",
])
def test_an_offer_unveiled_or_launched_is_proposed(text):
    assert readings(text) == [("proposal", "proposed")]


@pytest.mark.parametrize("text, expected", [
    ("Ghana and Togo launched a joint AI centre on Monday.", ("initiative", "signed")),
    ("Ghana and Togo unveiled a plan to build a joint AI centre.", ("initiative", "planned")),
    ("Ghana and Togo unveiled a partnership on digital payments.", ("partnership", "signed")),
])
def test_an_act_launched_or_a_plan_unveiled_keeps_its_reading(text, expected):
    assert readings(text) == [expected]
