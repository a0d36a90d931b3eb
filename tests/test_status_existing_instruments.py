"""Any instrument named as existing or long-standing is in force ("the existing memorandum", "their long-standing pact",
"the existing deal"), as an existing agreement or partnership already was; a new instrument concluded beside it keeps
its own status. Sentences written for these tests, a sample of a generator that varies the modifier of an act told as
a subject."""

from __future__ import annotations

import pytest

from techpact.extract.status import find_status

from .extraction import acts_of


@pytest.mark.parametrize("text", [
    "The existing memorandum of understanding between Ghana and Togo covers data protection.",
    "Chile's long-standing pact with Peru provides for joint lithium research.",
    "The existing Ghana-Togo deal focuses on cybersecurity.",
    "Their existing MoU aims to boost cooperation in space research.",
    "The current protocol between Chile and Peru covers customs data.",
])
def test_an_instrument_named_as_existing_is_in_force(text):
    assert find_status(text) == "in-force"


@pytest.mark.parametrize(("text", "status"), [
    ("Ghana and Togo signed a memorandum on data under their existing pact.", "signed"),
    ("Chile and Peru inked a new deal building on their existing memorandum.", "signed"),
])
def test_a_new_instrument_beside_an_existing_one_keeps_its_own_status(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize("text", [
    "Malaysia has comprehensive strategic partnerships with Japan, Korea and Australia.",
    "Chile and Peru have bilateral defence agreements with Ecuador.",
    "Poland has long had security treaties with Lithuania and Latvia.",
])
def test_several_instruments_held_with_others_are_in_force(text):
    assert find_status(text) == "in-force"


@pytest.mark.parametrize(("text", "status"), [
    ("Malaysia has signed partnerships with Japan and Korea.", "signed"),
    ("Chile has struck agreements with Peru and Ecuador.", "signed"),
])
def test_instruments_with_a_verb_of_making_before_them_are_made_not_held(text, status):
    assert find_status(text) == status


def test_plural_partnerships_held_with_a_list_are_acts_in_force_one_per_counterpart():
    acts = acts_of("Malaysia has comprehensive strategic partnerships with Japan, Korea and Australia.")
    assert sorted(("+".join(sorted(a.parties)), a.status) for a in acts) == [
        ("AUS+MYS", "in-force"), ("JPN+MYS", "in-force"), ("KOR+MYS", "in-force")]
