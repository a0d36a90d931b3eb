"""An act named by its sides (their hyphened compound in its title, or "between A and B" after it) that no verb right
before its name makes, plans or ends stands: in force, though its clause reads as planned (named_standing). One named
being signed, set up or launched anew, the subject of its own verb, or in a clause telling a signing keeps the status
read. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def acts(text: str) -> list[tuple[list[str], str, str]]:
    return [(sorted(a.parties), a.kind, a.status) for a in extract_facts(Document(text=text, source="test.txt")).agreements]


@pytest.mark.parametrize("text, parties, kind", [
    ("In the Comprehensive Strategic Partnership between Kenya and Ghana, Kenya will finance a data centre.",
     ["GHA", "KEN"], "partnership"),
    ("The president hailed the satellite as a fruit of the Egypt-Russia strategic partnership.", ["EGY", "RUS"], "partnership"),
    ("Officials held a review meeting of the Chile-Peru initiative on lithium on Monday.", ["CHL", "PER"], "initiative"),
    ("The results of the Chile-Peru Digital Partnership Council's meeting were published on Monday.", ["CHL", "PER"],
     "partnership"),
])
def test_an_act_named_by_its_sides_and_not_made_stands(text, parties, kind):
    assert (parties, kind, "in-force") in acts(text)


def test_an_act_named_again_after_its_making_is_the_act_told():
    text = "Kenya and Ghana signed a memorandum on AI. Officials said the Kenya-Ghana Joint Memorandum would fund start-ups."
    assert acts(text) == [(["GHA", "KEN"], "mou", "signed")]


@pytest.mark.parametrize("text, kind, status", [
    ("Kenya and Ghana signed the Kenya-Ghana Digital Partnership on Monday.", "partnership", "signed"),
    ("Kenya and Ghana agreed to set up the Kenya-Ghana Joint Commission on data.", "working-group", "planned"),
    ("Kenya and Ghana launched the new Kenya-Ghana Digital Partnership.", "partnership", "signed"),
    ("The Kenya-Ghana Joint Commission on data will meet for the first time in May.", "working-group", "planned"),
])
def test_an_act_named_being_made_or_subject_of_its_verb_keeps_its_status(text, kind, status):
    assert acts(text)[0] == (["GHA", "KEN"], kind, status)
