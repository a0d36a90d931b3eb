""""Ended" inside a hyphened adjective ("the Open-Ended Working Group", "an open-ended dialogue") tells no end
(status.py, the "ended" rule). "Ended" as a verb still does. Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def statuses(text: str) -> list[str]:
    return [a.status for a in extract_facts(Document(text=text, source="test.txt")).agreements]


@pytest.mark.parametrize("text", [
    "Russia and ASEAN discussed cooperation within the Open-Ended Working Group on ICT security.",
    "Brazil and India launched an open-ended dialogue on artificial intelligence.",
])
def test_open_ended_tells_no_end(text):
    assert "ended" not in statuses(text) and statuses(text)


def test_ended_as_a_verb_still_ends():
    assert statuses("Brazil and India ended their dialogue on artificial intelligence.") == ["ended"]
