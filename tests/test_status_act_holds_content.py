"""The act told again as the subject of a verb in the simple present ("The agreement formalizes the country's
intention", "The memorandum establishes a framework") says what the act holds, not that it was concluded: an act the
sides will sign stays planned, and one they signed stays signed. Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def acts(text: str) -> list[tuple[list[str], str | None, str | None]]:
    return [(sorted(a.parties), a.kind, a.status) for a in extract_facts(Document(text=text, source="test.txt")).agreements]


@pytest.mark.parametrize("content", [
    "The agreement formalizes Ghana's wish to join the satellite programme.",
    "The memorandum establishes a framework for joint research on batteries.",
    "This agreement also lays down rules for sharing satellite data.",
    "The document seals years of talks on solar power.",
])
def test_an_act_to_be_signed_stays_planned_when_its_content_is_told(content):
    text = f"Ghana and Kenya will sign a memorandum of understanding on space cooperation next month. {content}"
    assert acts(text) == [(["GHA", "KEN"], "mou", "planned")]


def test_an_act_signed_stays_signed_when_its_content_is_told():
    text = ("Ghana and Kenya signed a memorandum of understanding on space cooperation on Monday. "
            "The memorandum establishes a framework for joint research.")
    assert acts(text) == [(["GHA", "KEN"], "mou", "signed")]


def test_a_signing_told_of_the_act_again_still_makes_it():
    text = ("Ghana and Kenya will sign a memorandum of understanding on space cooperation. "
            "The memorandum was signed on Friday in Accra.")
    assert acts(text) == [(["GHA", "KEN"], "mou", "signed")]
