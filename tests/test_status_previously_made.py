"""A making told done before, "previously signed", is history, as a past perfect is: an instrument told through its
course ("reviewed the implementation of the memorandum previously signed by A and B") stands, in force
(extract/status_background.py, made_as_history). Sentences written for these tests."""

from __future__ import annotations

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def statuses(text: str) -> list[str]:
    return [a.status for a in extract_facts(Document(text=text, source="test.txt")).agreements]


def test_the_course_of_an_instrument_previously_signed_is_in_force():
    text = "The two ministers reviewed the implementation of the memorandum previously signed by Saudi Arabia and Kazakhstan."
    assert statuses(text) == ["in-force"]


def test_an_instrument_originally_signed_and_implemented_is_in_force():
    text = "Peru and Chile discussed the implementation of the lithium agreement originally signed by their ministers."
    assert statuses(text) == ["in-force"]


def test_a_signing_told_now_beside_a_previous_one_is_signed():
    text = "Saudi Arabia and Kazakhstan signed a memorandum on energy on Monday, after they had previously signed a deal on solar power."
    assert statuses(text) == ["signed"]
