"""A state said to act "with the other members" of a bloc is one of them, with the article as with "its" or none
(membership_rules.py, list-works-with-other-members). Sentences written for these tests, with look-alikes that must not
fire: members of a parliament or a coalition, a bloc's partners, a state set apart by "unlike"."""

from __future__ import annotations

import pytest

from .extraction import each, members


@pytest.mark.parametrize(("text", "expected"), [
    ('BRICS expanded. "Egypt shares with the other members of the group a wish to reform global lending," the ministry said.',
     each("BRICS", "EGY")),
    ("Vietnam stands ready to cooperate with the other ASEAN member states on data flows.", each("ASEAN", "VNM")),
    ("The SCO met. Pakistan will work with the other member states to fight terrorism.", each("SCO", "PAK")),
])
def test_a_state_acting_with_the_other_members_is_one(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize("text", [
    "China met with the other members of parliament, the SCO said.",
    "NATO met. Ukraine talked with the other members of the coalition.",
    "Kenya signed a deal with the other partners of the EU.",
    "Unlike Russia, Japan works with the other G7 members on chips.",
])
def test_members_of_other_bodies_partners_and_states_set_apart_are_not_memberships(text):
    assert members(text) == set()
