"""A programme named by its two sides ("the Chile-Peru satellite programme", "the Sino-Brazilian space
program") is a joint one, an initiative of theirs, as "a joint satellite programme" is; a state's own programme and a
programme named by two of one state's cities are no act between states. Sentences written for the test."""

from __future__ import annotations

import pytest

from tests.extraction import acts_of


@pytest.mark.parametrize("text, parties, status", [
    ("The Chile-Peru satellite programme has produced three satellites.", {"CHL", "PER"}, "in-force"),
    ("The Sino-Brazilian space program, launched in 2011, has trained 200 engineers since 2012.", {"BRA", "CHN"},
     "in-force"),
    ("The Ghana-Togo fibre programme was launched on Monday.", {"GHA", "TGO"}, "signed"),
])
def test_a_programme_named_by_its_two_sides_is_their_initiative(text, parties, status):
    assert [(set(act.parties), act.kind, act.status) for act in acts_of(text)] == [(parties, "initiative", status)]


@pytest.mark.parametrize("text", [
    "Indonesia opened the Jakarta-Bandung rail programme on Monday.",
    "Chile's national space programme has produced three satellites.",
])
def test_one_states_programme_is_no_act_between_states(text):
    assert acts_of(text) == []
