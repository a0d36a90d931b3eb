"""Talk of an instrument still being had ("have been talking off and on since 2010 about a partnership agreement") is
talks: planned, not the signed an agreement of no status would default to (status_variants, "planned"). Talk about an
instrument told signed leaves it signed. Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def statuses(text: str) -> list[str]:
    return [a.status for a in extract_facts(Document(text=text, source="test.txt")).agreements]


@pytest.mark.parametrize("text", [
    "Chile and Korea have been talking off and on since 2015 about a comprehensive economic partnership agreement.",
    "Ghana and Egypt talked for months about a digital trade agreement.",
])
def test_talk_of_an_instrument_is_planned(text):
    assert statuses(text) == ["planned"]


@pytest.mark.parametrize("text", [
    "Chile and Korea talked about the agreement they signed in 2015.",
    "Chile and Korea signed an agreement on trade. They talked about the agreement on Monday.",
])
def test_talk_about_a_signed_instrument_leaves_it_signed(text):
    assert statuses(text) == ["signed"]
