"""A signing told at a time just past, then what it will bring ("The signing of the agreement this week will see the
two countries intensify cooperation"), was made: the future is its effect's; a signing ahead ("next week will allow",
"this week will take place") stays planned. Sentences written for these tests."""

import datetime as dt

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def _statuses(text: str) -> set[str]:
    doc = Document(text=text, source="test.txt", issued=dt.date(2024, 3, 9))
    return {a.status for a in extract_facts(doc).agreements}


@pytest.mark.parametrize("text", [
    "The signing of a landmark agreement between Norway and Vietnam this week will see the two countries expand "
    "cooperation on offshore wind.",
    "The signing of the memorandum between Kenya and Morocco yesterday will allow joint research on satellites.",
])
def test_a_signing_just_past_then_its_effect_was_made(text):
    assert _statuses(text) == {"signed"}


@pytest.mark.parametrize("text", [
    "The signing of a landmark agreement between Norway and Vietnam next week will see the two countries expand "
    "cooperation on offshore wind.",
    "The signing of the memorandum between Kenya and Morocco this week will take place in Rabat.",
])
def test_a_signing_still_ahead_stays_planned(text):
    assert _statuses(text) == {"planned"}
