"""A plan or instrument confirmed is adopted ("the Commission confirmed the action plan"), an instrument agreed and
welcomed is concluded ("welcomed the agreement between A and B on a memorandum"), and working together on a joint
project is that cooperation going on (extract/status_variants.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract.status import find_status


@pytest.mark.parametrize("text, status", [
    ("The council of ministers confirmed the road map for the common digital market.", "signed"),
    ("The commission has confirmed its action plan on cross-border data exchange.", "signed"),
    ("Ministers welcomed the agreement between Ghana and Togo on a memorandum of understanding on data centres.",
     "signed"),
    ("The two ministries are working together on a joint pilot for digital identity.", "in-force"),
    ("Ghana's central bank is currently working with the central bank of Togo on a joint project on payments.",
     "in-force"),
])
def test_confirmed_welcomed_and_joint_work_tell_the_act(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize("text, status", [
    ("Ghana confirmed plans to sign a data deal with Togo.", "planned"),  # an intent reported
    ("Ghana is working with Togo on an agreement on digital payments.", None),  # a text still being drafted
    ("Ministers welcomed the proposal of Ghana on a memorandum on data centres.", "proposed"),
])
def test_an_intent_confirmed_or_an_instrument_worked_on_is_not_done(text, status):
    assert find_status(text) == status
