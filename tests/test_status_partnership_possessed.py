"""A partnership one side is said to have with the other ("Kenya's partnership with Ghana", "its alliance with Japan")
exists: in force, whatever the clause does with it. A new, planned or proposed one so told, or one a verb makes, keeps
the status read. Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def acts(text: str) -> list[tuple[list[str], str, str]]:
    return [(sorted(a.parties), a.kind, a.status) for a in extract_facts(Document(text=text, source="test.txt")).agreements]


@pytest.mark.parametrize("text, parties", [
    ("Kenya's partnership with Ghana on AI has yielded three joint projects.", ["GHA", "KEN"]),
    ("India values its partnership with Japan in critical minerals.", ["IND", "JPN"]),
    ("Chile's alliance with Peru remains strong, the minister said.", ["CHL", "PER"]),
])
def test_a_partnership_one_side_has_with_the_other_stands(text, parties):
    assert acts(text) == [(parties, "partnership", "in-force")]


@pytest.mark.parametrize("text, status", [
    ("Kenya signed a new partnership with Ghana on AI.", "signed"),
    ("Kenya launched its partnership with Ghana on AI on Monday.", "signed"),
    ("Kenya's planned alliance with Ghana would cover AI.", "planned"),
])
def test_a_partnership_new_or_made_keeps_its_status(text, status):
    assert [s for _, _, s in acts(text)] == [status]
