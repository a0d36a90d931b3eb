"""A verb of concluding in the progressive, with an instrument as its object, tells an act not yet made: planned
("are finalising an MoU", "were concluding a pact", "are currently sealing a deal"); the simple past is made. So is work
begun on an instrument (its drafting), one on an agenda or under study (still to be taken up). Sentences written for
these tests, a sample of a generator that varies the verb slot of the two-state shapes."""

from __future__ import annotations

import pytest

from techpact.extract.status import find_status

from .extraction import acts_of


@pytest.mark.parametrize("text", [
    "Ghana and Togo are finalising a memorandum of understanding on cybersecurity.",
    "Chile and Peru are finalizing the text of an agreement on lithium.",
    "Chile and Peru are currently finalising a deal on green hydrogen.",
    "Ghana and Togo were concluding a data protection pact when the talks stalled.",
    "Officials from Chile and Peru are sealing a treaty on space research.",
    "Ghana and Togo are finalising a joint statement on digital payments.",
])
def test_concluding_in_the_progressive_is_planned(text):
    assert find_status(text) == "planned"


def test_an_act_being_finalised_between_two_states_is_planned():
    acts = acts_of("Ghana and Togo are finalising a memorandum of understanding on cybersecurity.")
    assert [(sorted(act.parties), act.status) for act in acts] == [(["GHA", "TGO"], "planned")]


@pytest.mark.parametrize(("text", "status"), [
    ("Ghana and Togo finalised a memorandum of understanding on cybersecurity.", "signed"),
    ("Chile and Peru have concluded an agreement on lithium.", "signed"),
    ("Ghana and Togo sealed a deal on digital payments on Monday.", "signed"),
])
def test_concluding_in_a_simple_or_perfect_tense_is_made(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize("text", [
    "The Ghanaian president is concluding a three-day visit to Togo.",
    "Ghana and Togo are finalising the venue for the summit.",
])
def test_concluding_something_that_is_no_instrument_tells_no_status(text):
    assert find_status(text) is None


@pytest.mark.parametrize("text", [
    "Ghana and Togo have begun work on an agreement on cybersecurity.",
    "Chile and Peru started work on a new treaty on space research.",
    "The two ministries commenced work on the text of a memorandum between Chile and Peru.",
])
def test_work_begun_on_an_instrument_is_its_drafting(text):
    assert {act.status for act in acts_of(text)} == {"planned"}


def test_work_begun_under_an_instrument_is_not_its_drafting():
    assert {act.status for act in acts_of("Chile and Peru began work on a railway under their 2019 agreement.")} != {"planned"}


@pytest.mark.parametrize("text", [
    "The agenda of the Chile-Peru summit includes a memorandum on lithium.",
    "A memorandum on lithium between Chile and Peru is on the agenda of the summit.",
])
def test_an_instrument_on_an_agenda_is_still_to_be_taken_up(text):
    assert {act.status for act in acts_of(text)} == {"planned"}


@pytest.mark.parametrize("text", [
    "Chile and Peru are studying a currency swap arrangement.",
    "Chile and Peru agreed to study a memorandum on lithium.",
])
def test_an_instrument_under_study_is_weighed_not_made(text):
    assert {act.status for act in acts_of(text)} == {"planned"}


@pytest.mark.parametrize("text", [
    "Chile and Peru signed a memorandum on the digital agenda.",
    "Chile and Peru signed a memorandum on lithium, which was on the agenda of the summit.",
])
def test_an_agenda_named_beside_an_instrument_made_leaves_it_made(text):
    assert {act.status for act in acts_of(text)} == {"signed"}
