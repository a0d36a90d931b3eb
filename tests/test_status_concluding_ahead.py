"""A concluding still ahead, though told with a word of concluding: under a modal with words between ("would be the
signing of", "must now be approved"), in a present-tense clause of time ("before it is signed"), as expected or eyed
("Signing Eyed By June"), hedged ("provisionally agreed", "according to a draft"): planned. A concluding verb in the
past told of the act stays signed ("signed ... and will implement"); "concluded" with no object ends a meeting."""

import pytest

from techpact.extract import extract_facts
from techpact.extract.status import find_status
from techpact.extract.status_concluding_ahead import concluding_ahead, meeting_ended, statement_told_ahead
from techpact.loaders.document import Document


def _statuses(text: str) -> set[str]:
    return {a.status for a in extract_facts(Document(text=text, source="test.txt")).agreements}


@pytest.mark.parametrize("text", [
    "The highlight of the trip will be the signing of a memorandum on fisheries between Peru and Chile.",
    "The fisheries accord between Peru and Chile must now be approved by both parliaments.",
    "The pact between Peru and Chile will then be formally adopted by the joint commission.",
    "Peru and Chile will hold another round of talks before the memorandum is signed in June.",
    "Peru-Chile Fisheries Accord Signing Eyed By June",
    "Peru and Chile tentatively agreed on a fisheries roadmap on Tuesday.",
    "Peru and Chile agreed on a fisheries roadmap, according to a draft communique seen by reporters.",
    "Peru will build ten fish hatcheries on the coast, establish a joint research centre with Chile and train inspectors.",
])
def test_a_concluding_told_ahead_or_hedged_is_planned(text):
    assert find_status(text) == "planned"


@pytest.mark.parametrize("text", [
    "Peru and Chile signed a fisheries memorandum on Monday and will implement it next year.",
    "Peru and Chile agreed on a fisheries roadmap on Tuesday.",
    "The memorandum between Peru and Chile was signed before the summit opened.",
    "The memorandum between Peru and Chile was concluded on Friday in Lima.",
    "Peru's cabinet approved the fisheries accord with Chile, signed in May.",
    "Peru and Chile will expand trade, signed the fisheries accord in May.",
])
def test_a_concluding_told_as_done_stays_signed(text):
    assert find_status(text) == "signed"


def test_a_meeting_that_concluded_concludes_no_act():
    text = "Peru and Chile have agreed to support the creation of a fisheries partnership at the summit, which concluded on Friday."
    assert find_status(text) == "planned"
    at = text.index("concluded")
    assert meeting_ended(text, at, at + len("concluded"))
    passive = "The treaty was concluded on Friday."
    assert not meeting_ended(passive, passive.index("concluded"), passive.index("concluded") + len("concluded"))


@pytest.mark.parametrize("text", [
    "Peru's president will visit Chile next month and will announce in a joint statement a plan to protect fisheries.",
    "The main event of the visit would be the signing of a joint declaration between Peru and Chile on fisheries.",
])
def test_a_statement_still_to_be_made_is_planned(text):
    assert statement_told_ahead(text)
    assert _statuses(text) == {"planned"}


def test_a_statement_issued_stays_signed():
    text = "Peru and Chile issued a joint statement on Monday saying they will protect fisheries."
    assert not statement_told_ahead(text)
    assert _statuses(text) == {"signed"}


def test_hostility_told_as_a_circumstance_keeps_the_act():
    text = ("Peru and Chile, despite sanctions pressure, will sign a declaration between Peru and Chile on fisheries "
            "at the summit.")
    assert _statuses(text) == {"planned"}


def test_concluding_ahead_reads_the_words_around_the_cue():
    text = "The deal must now be approved by parliament."
    at = text.index("approved")
    assert concluding_ahead(text, at, at + len("approved"))
    done = "The deal was approved by parliament."
    at = done.index("approved")
    assert not concluding_ahead(done, at, at + len("approved"))


def test_approving_an_act_still_proposed_concludes_nothing():
    text = "Peru on Monday approved the text of the proposed Peru-Chile agreement on fisheries."
    at = text.index("approved")
    assert concluding_ahead(text, at, at + len("approved"))
    assert find_status(text) != "signed"
    signed = "Peru and Chile on Monday signed the proposed agreement on fisheries."
    assert find_status(signed) == "signed"
