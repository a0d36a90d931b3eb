"""One document the sides sign, brought in with "a" ("signed a strategic cooperation document", "inked a document on
AI"), is an agreement made (the guide's generic instrument); "signed the document" points back to an act already
told and makes none. Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def acts(text: str) -> list[tuple[list[str], str, str]]:
    return [(sorted(a.parties), a.kind, a.status) for a in extract_facts(Document(text=text, source="test.txt")).agreements]


@pytest.mark.parametrize("text", [
    "Kenya and Ghana signed a document on artificial intelligence.",
    "Kenya and Ghana signed a strategic cooperation document on nuclear energy.",
    "Kenya and Ghana inked a joint document on Thursday calling for a data centre.",
])
def test_a_document_the_sides_sign_is_an_agreement(text):
    assert acts(text) == [(["GHA", "KEN"], "agreement", "signed")]


def test_the_document_signed_points_back_to_the_act_told():
    text = "Kenya and Ghana signed a memorandum on AI. The two ministers signed the document in Nairobi."
    assert acts(text) == [(["GHA", "KEN"], "mou", "signed")]
