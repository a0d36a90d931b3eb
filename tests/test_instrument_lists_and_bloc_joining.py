"""Instruments listed with commas after the verb that makes them are acts of their own; a state joining a bloc is a
membership, not an act of cooperation; sentences written for the test."""

from __future__ import annotations

import pytest

from tests.extraction import acts_of, party_sets, sets


@pytest.mark.parametrize("text, kinds", [
    ("Peru and Chile signed an MoU on lithium, a pact on clean energy and a treaty on space research.",
     ["mou", "agreement", "treaty"]),
    ("Vietnam and Laos inked a memorandum on customs data, an agreement on satellites, and a protocol on 5G.",
     ["mou", "agreement", "agreement"]),
    # must not fire: a list after a verb that makes no instrument stays one act (talked about, not made)
    ("The two leaders of Peru and Chile discussed a plan, a roadmap and a treaty.", ["initiative"]),
])
def test_instruments_listed_with_commas_are_acts_of_their_own(text, kinds):
    assert [act.kind for act in acts_of(text)] == kinds


@pytest.mark.parametrize("text, expected", [
    ("Egypt, the UAE and Ethiopia joined the BRICS alliance on Monday.", []),
    ("The BRICS group is doubling its membership, as Egypt, Iran and Ethiopia will join the alliance on January 1.",
     []),
    # must not fire: an initiative or a named coalition joined, and an instrument of the clause's own beside it
    ("Kenya and Ghana joined the Semicon Coalition, an alliance of chip-making states.", ["GHA+KEN"]),
    ("Kenya and Ghana joined the initiative on digital payments.", ["GHA+KEN"]),
    ("AUKUS, the security partnership between Australia, the UK and the US, is weighing whether Japan should join "
     "the alliance.", ["AUS+GBR+USA"]),
])
def test_a_state_joining_a_bloc_is_no_act_of_cooperation(text, expected):
    assert party_sets(text) == sets(*expected)
