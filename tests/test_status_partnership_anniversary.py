"""The anniversary of a partnership's making ("next year will be the 20th anniversary of the elevation of the
Chile-Peru ties to a comprehensive strategic partnership") tells a partnership made long ago: it stands, whatever
tense the anniversary takes. Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def statuses(text: str) -> list[str]:
    return [a.status for a in extract_facts(Document(text=text, source="test.txt")).agreements]


@pytest.mark.parametrize("text", [
    "Next year will be the 20th anniversary of the elevation of the Chile-Peru ties to a comprehensive strategic partnership.",
    "The two leaders marked the tenth anniversary of the establishment of the Chile-Peru strategic partnership.",
])
def test_a_partnership_whose_anniversary_is_told_stands(text):
    assert statuses(text) == ["in-force"]
