"""A making told as the means of a thing ahead ("agreed to strengthen cooperation by holding annual talks and launching
a data platform", "agreed to boost trade by ratifying the agreement") and a signing told as the object of a verb
ahead ("will witness the signing of seven agreements") are still to come (extract/status_aspect.py). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract.status import find_status

from tests.extraction import acts_of


@pytest.mark.parametrize("text", [
    "The two presidents agreed to deepen trade by holding yearly talks and launching a customs data platform.",
    "Ghana and Togo plan to cut costs by signing a roaming agreement.",
    "They will witness the signing of at least five agreements on digital health.",
    "The ministers are expected to attend the signing of a memorandum on satellites.",
    # the signing as the purpose of a thing ahead
    "The premier will travel to Accra next week to witness the signing of three memoranda on chips.",
    "Details will be given later, with the president in attendance to witness the signing of the pacts.",
])
def test_a_making_as_a_means_or_object_of_a_thing_ahead_is_not_done(text):
    assert find_status(text) == "planned"


def test_a_ratification_as_a_means_ahead_leaves_the_act_concluded_not_in_force():
    assert find_status("The leaders agreed to boost investment by ratifying the data pact.") == "signed"


@pytest.mark.parametrize("text, status", [
    ("The two leaders witnessed the signing of five agreements on digital health.", "signed"),
    ("Ghana launched the platform by signing an agreement with Togo.", "signed"),
    ("Togo completed the process by ratifying the data pact in May.", "in-force"),
    # a purpose told in the past: the trip was made for a signing that took place
    ("The minister travelled to Accra to attend the signing of the accord on chips.", "signed"),
    ("Ghana moved to boost trade by signing a pact with Togo.", "signed"),
])
def test_a_making_done_as_a_means_or_witnessed_is_done(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize("text, status", [
    # an infinitive after an ordinal of its doers tells what is done
    ("Kenya became the 11th country to sign the Lunar Accords.", "signed"),
    ("Ghana is the first nation to sign the data charter with Togo.", "signed"),
    # unless the clause puts it ahead
    ("Kenya will become the first state to sign the Lunar Accords.", "planned"),
    ("Ghana is set to be the 12th country to sign the accord.", "planned"),
    # no ordinal: a plain infinitive ahead
    ("Kenya agreed with the country to sign a pact on chips.", "planned"),
])
def test_the_nth_country_to_sign_has_signed(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize("text, parties", [
    ("Kenya invited Ghana's president to visit Nairobi to witness the signing of the data agreement.", {"GHA", "KEN"}),
    ("Peru invited Chilean officials to Lima for the signing of a lithium memorandum next month.", {"CHL", "PER"}),
    ("Ghana invited Togo's energy minister to attend the signing of the solar energy agreement.", {"GHA", "TGO"}),
])
def test_an_invitation_to_witness_a_signing_tells_the_signing_ahead_not_an_offer(text, parties):
    assert [act.status for act in acts_of(text) if set(act.parties) == parties] == ["planned"]


@pytest.mark.parametrize("text", [
    "Russia invited India to join the satellite navigation project.",
    "Kenya invited Ghana to sign a data agreement.",
])
def test_an_invitation_to_make_the_act_stays_an_offer(text):
    assert [act.status for act in acts_of(text)] == ["proposed"]


@pytest.mark.parametrize("text, status", [
    ('"The data centre is expected to be completed and put into operation in June," an official said.', "planned"),
    ("The satellite station will be built and put into operation by 2027.", "planned"),
    ("The satellite station will be put into service next year.", "planned"),
    # told done: running
    ("The satellite station was built and put into operation in 2019.", "in-force"),
])
def test_a_thing_put_into_operation_ahead_is_planned_even_under_a_coordinated_future(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize("text, status", [
    ("Ghana will host a signing ceremony for the data memorandum with Togo on Friday.", "planned"),
    ("The president will hold a Ghana-Togo summit and a memorandum of understanding signing ceremony on Friday.",
     "planned"),
    # held: done
    ("Ghana hosted a signing ceremony for the data memorandum with Togo on Friday.", "signed"),
])
def test_a_signing_ceremony_a_verb_ahead_will_hold_is_still_to_come(text, status):
    assert [act.status for act in acts_of(text)] == [status]
