"""What the sides set out to ensure ("to ensure that this agreement is operationalised", "make sure the memorandum is
implemented") has not happened: it puts no act in force. An act told operating, with no aim before it, still is.
Sentences written for these tests."""

import pytest

from techpact.extract.status import find_status

from .extraction import acts_of


@pytest.mark.parametrize("text", [
    "Kenya and Ghana will work to ensure that their new agreement is operationalised before the end of the year.",
    "The ministers of Chile and Peru pledged to ensure that the memorandum is implemented in full.",
    "Togo and Benin will make sure the accord enters into force quickly.",
])
def test_an_act_aimed_to_take_effect_is_not_in_force(text):
    assert find_status(text) != "in-force"
    assert all(act.status != "in-force" for act in acts_of(text))


@pytest.mark.parametrize("text", [
    "Kenya and Ghana have operationalised their payment link agreement.",
    "To ensure data security, the memorandum between Chile and Peru is being implemented in stages.",
    "The accord, which ensures fair data flows, entered into force in May.",
])
def test_an_act_told_operating_is_in_force(text):
    assert find_status(text) == "in-force"


def test_a_partnership_to_be_unveiled_stays_planned_when_its_working_is_only_aimed_at():
    acts = acts_of("Kenya and Ghana will unveil a Renewable Energy Partnership. Both governments will work to ensure "
                   "that this partnership is operationalised successfully later this year.")
    assert [(sorted(act.parties), act.kind, act.status) for act in acts] == [(["GHA", "KEN"], "partnership", "planned")]
