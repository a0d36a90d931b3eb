"""A body told in the passive as still to be set up under the act in focus ("working groups will be established") is a
planned working group of its own; and a body with a long name an instrument is signed to establish ("to establish a
Binational Copper and Cobalt Research Working Group") too. Sentences written for the test."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.extraction import acts_of


def kinds(text: str) -> Counter:
    return Counter(("+".join(sorted(a.parties)), a.kind, a.status) for a in acts_of(text))


@pytest.mark.parametrize("text, act", [
    ("Kenya and Ghana approved a draft memorandum on ICT cooperation. To this end, working groups on cooperation will "
     "be established.", ("GHA+KEN", "mou", "planned")),
    ("Peru and Bolivia signed an agreement on lithium. Under the agreement, a joint commission on brine extraction is "
     "to be set up next year.", ("BOL+PER", "agreement", "signed")),
    ("Zambia and Tanzania signed a memorandum of understanding to establish a Binational Copper and Cobalt Research "
     "Working Group.", ("TZA+ZMB", "mou", "signed")),
])
def test_a_body_still_to_be_set_up_is_a_planned_working_group_beside_the_act(text, act):
    found = kinds(text)
    assert found[act] == 1
    assert found[(act[0], "working-group", "planned")] == 1


@pytest.mark.parametrize("text", [
    # a body the parties already have
    "Kenya and Ghana signed a memorandum on ICT cooperation. The working group established in 2015 met in Accra.",
    # a body set up before, meeting again
    "Peru and Bolivia signed an agreement on lithium. The joint commission set up in 2019 will meet in La Paz.",
])
def test_a_body_already_at_work_or_of_one_side_is_no_new_act(text):
    assert not any(kind == "working-group" for (_, kind, _) in kinds(text))


def test_a_body_among_what_the_instrument_holds_is_a_planned_working_group():
    text = ("Oman and Jordan signed an MoU on digital cooperation. The key highlights of the MoU include the "
            "establishment of a taskforce on digital payments.")
    assert kinds(text)[("JOR+OMN", "working-group", "planned")] == 1


@pytest.mark.parametrize("text, act", [
    ("Norway and Japan signed a science accord. Under the accord, a new Quantum Partnership will be established, "
     "deepening Norway-Japan research.", ("JPN+NOR", "partnership", "planned")),
    ("Peru and Bolivia signed an agreement on lithium. Under the agreement, a joint research centre of Peru and Bolivia "
     "is to be set up in Cochabamba.", ("BOL+PER", "initiative", "planned")),
    ("Oman and Jordan signed an MoU on technology. As part of the MoU, a joint innovation hub will be created, linking "
     "Omani and Jordanian start-ups.", ("JOR+OMN", "initiative", "planned")),
])
def test_a_joint_undertaking_or_new_partnership_still_to_be_set_up_is_an_act_of_its_own(text, act):
    found = kinds(text)
    assert found[act] == 1
    assert sum(n for (parties, kind, _), n in found.items() if parties == act[0] and kind != act[1]) == 1


def test_a_partnership_already_launched_is_no_new_act_beside_the_instrument():
    text = ("Norway and Japan signed a science accord. Under the accord, the new Quantum Partnership launched in 2020 "
            "was renewed.")
    assert not any(kind == "partnership" and status == "planned" for (_, kind, status) in kinds(text))
