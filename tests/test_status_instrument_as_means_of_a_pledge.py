"""An instrument named as the means of what the sides pledge ("committed to coordinate their policies on
semiconductors through a dedicated Memorandum of Understanding") is still ahead: planned, not the pledge read as a
made act (status_pledges.pledge_status). A memorandum told signed stays signed. Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def acts(text: str) -> list[tuple[str, str]]:
    return [(a.kind, a.status) for a in extract_facts(Document(text=text, source="test.txt")).agreements]


@pytest.mark.parametrize("text", [
    "Japan and Chile committed to coordinate their policies on lithium through a dedicated Memorandum of Understanding.",
    "Kenya and India pledged to expand cooperation in fintech via a new agreement.",
])
def test_an_instrument_as_the_means_of_a_pledge_is_ahead(text):
    assert [status for _, status in acts(text)] == ["planned"]


def test_a_memorandum_told_signed_stays_signed():
    assert ("mou", "signed") in acts("Japan and Chile committed to cooperate on lithium in a memorandum signed on Monday.")
