"""A sector acronym that is only one piece of a hyphened acronym given in brackets for a name ("the Australia-India
Economic Cooperation and Trade Agreement (AI-ECTA)") signals no sector; the acronym standing alone, or hyphened in
running text ("AI-driven", "AI-RAN"), still does. Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def sectors(text: str) -> list[list[str]]:
    return [sorted(a.sectors) for a in extract_facts(Document(text=text, source="test.txt")).agreements]


def test_a_piece_of_a_bracketed_acronym_is_no_sector():
    text = "Kenya and Ghana signed the Kenya-Ghana Economic Cooperation Agreement (KG-AI-ECA) on Monday."
    assert sectors(text) == [[]]


@pytest.mark.parametrize("text", [
    "Kenya and Ghana signed a memorandum on AI.",
    "Kenya and Ghana signed an AI-driven health memorandum.",
    "Kenya and Ghana signed a memorandum on artificial intelligence (AI).",
])
def test_an_acronym_standing_alone_is_a_sector(text):
    assert sectors(text) == [["ai"]]
