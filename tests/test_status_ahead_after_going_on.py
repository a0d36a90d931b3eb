"""An instrument told ahead in a predicate coordinated after cooperation going on ("have cooperated on AI for years and
plan to sign a memorandum") is planned: the going on is the sides' standing tie, the instrument is still to be made
(extract/status_discourse.ahead_after_going_on). An instrument signed in the second predicate, one held in the first,
and a second predicate with no instrument keep their readings. Sentences written for the test."""

from __future__ import annotations

import pytest

from tests.extraction import acts_of


@pytest.mark.parametrize("text", [
    "Chile and Peru have cooperated on lithium for years and plan to sign a memorandum on battery research.",
    "Chile and Peru have been partners in astronomy since 2015 and will sign a treaty on observatories next week.",
    "Chile and Peru have worked together on fisheries data for a decade, and are now negotiating a data agreement.",
])
def test_an_instrument_ahead_after_cooperation_going_on_is_planned(text):
    assert [act.status for act in acts_of(text)] == ["planned"]


@pytest.mark.parametrize("text, expected", [
    ("Chile and Peru have cooperated on lithium for years and signed a memorandum on battery research on Monday.",
     "signed"),
    ("Chile and Peru have had an agreement on lithium since 2012 and will sign a new protocol to it.", "in-force"),
    ("Chile and Peru have cooperated on lithium since 2015 and will deepen their ties.", "in-force"),
])
def test_a_making_a_held_instrument_or_no_instrument_keep_their_reading(text, expected):
    assert [act.status for act in acts_of(text)] == [expected]
