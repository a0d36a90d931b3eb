"""An instrument told only through its course, named by the sides' hyphened names with no determiner ("a briefing
on the implementation of Kuwait-China agreements and MoUs"), stands: in force (extract/status_course.py IN_COURSE).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction import acts_of


@pytest.mark.parametrize("text", [
    "The Chilean minister gave a briefing on the implementation of Chile-Peru agreements on lithium.",
    "Chile and Peru reviewed the progress of Chile-Peru memoranda on lithium refining.",
])
def test_an_instrument_named_by_the_sides_told_through_its_course_is_in_force(text):
    assert {a.status for a in acts_of(text) if set(a.parties) == {"CHL", "PER"}} == {"in-force"}


def test_a_new_instrument_named_by_the_sides_is_signed():
    text = "Chile and Peru signed Chile-Peru agreements on lithium refining."
    assert {a.status for a in acts_of(text) if set(a.parties) == {"CHL", "PER"}} == {"signed"}
