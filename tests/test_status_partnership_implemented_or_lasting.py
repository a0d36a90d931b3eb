"""A partnership told as implemented ("the effective implementation of the Chile-Peru Strategic Partnership"), as what
something is a symbol of, or as lasting ("the partnership between the two states had withstood the test of time")
already stands: in force, whatever the sides hope to add to it (extract/status_standing.py). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.extraction import acts_of


@pytest.mark.parametrize("text", [
    "Chile and Peru hope to deepen cooperation on lithium. The two presidents praised the effective implementation "
    "of the Chile-Peru Strategic Partnership.",
    "The Peruvian president hopes to expand cooperation with Chile in AI. He said the strategic partnership between "
    "the two states had withstood the test of time.",
    "The new lithium plant is a symbol of the strategic partnership between Chile and Peru, which hope to build more plants.",
])
def test_a_partnership_told_as_implemented_or_lasting_is_in_force(text):
    assert {a.status for a in acts_of(text) if set(a.parties) == {"CHL", "PER"} and a.kind == "partnership"} == {"in-force"}


def test_a_partnership_made_now_is_not_read_as_standing():
    text = "Chile and Peru launched a strategic partnership on lithium. Its implementation will start in May."
    assert {a.status for a in acts_of(text) if set(a.parties) == {"CHL", "PER"}} == {"signed"}
