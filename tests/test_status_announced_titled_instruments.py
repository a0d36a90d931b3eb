"""An instrument announced by its full title is made (signed), however many adjectives and title words stand between
the verb and its kind noun ("announced the new and ambitious Chile-Peru Partnership for the Future"); plans
announced for an instrument stay plans. Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def statuses(text: str) -> set[str]:
    return {a.status for a in extract_facts(Document(text=text, source="test.txt")).agreements}


@pytest.mark.parametrize("text", [
    "Chile and Peru announced the new and ambitious Chile-Peru Partnership for the Future.",
    "Kenya and Ghana announced the bold new Kenya-Ghana Digital Initiative on Monday.",
    "Oman and Qatar announced their joint Gulf Data Corridor Programme.",
])
def test_an_instrument_announced_by_its_full_title_is_made(text):
    assert statuses(text) == {"signed"}


@pytest.mark.parametrize("text", [
    "Chile and Peru announced plans for a partnership on lithium.",
    "Kenya and Ghana announced talks on a future Digital Partnership.",
])
def test_plans_announced_for_an_instrument_stay_plans(text):
    assert "signed" not in statuses(text)
