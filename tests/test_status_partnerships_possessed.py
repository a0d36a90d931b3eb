"""Partnerships one side is said to have with several others stand, as a single one does ("India's partnerships with
Japan and Australia in chips", like "India's partnership with Japan"); new ones wished for do not. Sentences written
for these tests."""

from __future__ import annotations

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def acts(text: str) -> list[tuple[list[str], str | None]]:
    return [(sorted(a.parties), a.status) for a in extract_facts(Document(text=text, source="test.txt")).agreements]


def test_partnerships_possessed_with_several_stand():
    text = "The minister praised Chile's partnerships with Peru and Bolivia in lithium."
    assert acts(text) == [(["CHL", "PER"], "in-force"), (["BOL", "CHL"], "in-force")]


def test_new_partnerships_wished_for_do_not_stand():
    text = "Chile wants new partnerships with Peru and Bolivia in lithium."
    assert all(status != "in-force" for _, status in acts(text))
