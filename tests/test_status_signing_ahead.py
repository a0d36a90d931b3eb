"""A signing named as the noun an event is to end with is still ahead: planned, as "will sign" is (status_signing_ahead).
Told done ("concluded with the signing of"), it is signed. Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def statuses(text: str) -> list[str]:
    return [a.status for a in extract_facts(Document(text=text, source="test.txt")).agreements]


@pytest.mark.parametrize("text", [
    "The visit of Ghana's president to Togo is expected to conclude with the signing of two agreements on solar power.",
    "Talks between Chile and Peru will end with the signing of a memorandum on lithium.",
    "The Kenya-India summit is set to see the signing of a memorandum on mobile payments.",
])
def test_a_signing_an_event_is_to_end_with_is_planned(text):
    assert set(statuses(text)) == {"planned"}


def test_a_signing_an_event_ended_with_is_signed():
    text = "The visit of Ghana's president to Togo concluded with the signing of two agreements on solar power."
    assert set(statuses(text)) == {"signed"}
