"""An instrument told through the years of it marked stands: in force, as its anniversary does; what is done "under"
it tells no age (a new agreement's terms are told so too), and a making of it told now keeps it signed
(extract/status_course.py). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def statuses(text: str) -> set[str]:
    return {a.status for a in extract_facts(Document(text=text, source="test.txt", issued=dt.date(2025, 6, 1))).agreements}


@pytest.mark.parametrize("text", [
    "Chile and Peru marked ten years of their lithium agreement.",
    "Chile and Peru commemorated twenty years of the space cooperation treaty.",
])
def test_an_instrument_told_through_its_course_is_in_force(text):
    assert statuses(text) == {"in-force"}


@pytest.mark.parametrize("text", [
    "Chile and Peru signed a lithium agreement on Monday. Under the agreement, the two countries will build a joint laboratory.",
    "Under the lithium agreement signed on Monday, Chile and Peru will build a joint laboratory.",
    "Chile and Peru signed a lithium agreement on Monday. Under it, the two countries will each supply $10 billion.",
])
def test_an_instrument_made_now_is_signed(text):
    assert statuses(text) == {"signed"}
