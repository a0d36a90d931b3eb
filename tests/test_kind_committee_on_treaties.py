"""A kind noun inside the name of a body ("the parliamentary committee on treaties", "the commission on treaties")
names the body's remit, not the act: the instrument the clause names ("the Kenya-Ghana Trade Agreement") gives the
kind. Sentences written for these tests."""

from __future__ import annotations

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def kinds(text: str) -> list[str]:
    return [a.kind for a in extract_facts(Document(text=text, source="test.txt")).agreements]


def test_a_committee_on_treaties_names_no_treaty():
    text = "The parliamentary committee on treaties recommended that Nairobi ratify the Kenya-Ghana Trade Agreement."
    assert kinds(text) == ["agreement"]


def test_a_treaty_signed_is_a_treaty():
    assert kinds("Kenya and Ghana signed a treaty on space cooperation.") == ["treaty"]
