"""A partnership named as what a thing reflects, shows or is an example of, whose level or significance is valued, or
to which a side attaches importance, exists: it stands (in force), with or without a determiner before its name when
its sides' hyphened names or the words only a standing tie carries ("comprehensive strategic") are there. A new one
so named keeps the status read. Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def acts(text: str) -> list[tuple[list[str], str, str]]:
    return [(sorted(a.parties), a.kind, a.status) for a in extract_facts(Document(text=text, source="test.txt")).agreements]


@pytest.mark.parametrize("text, parties", [
    ("The Chilean minister called the new observatory a reflection of the comprehensive strategic partnership between "
     "Chile and Peru.", ["CHL", "PER"]),
    ("Officials hailed the cable as a manifestation of Kenya-Ghana comprehensive strategic partnership.", ["GHA", "KEN"]),
    ("Oman attaches great importance to its strategic partnership with Qatar, the minister said.", ["OMN", "QAT"]),
    ("We value the level of comprehensive strategic partnership between Egypt and Jordan, the president said.",
     ["EGY", "JOR"]),
])
def test_a_partnership_shown_or_valued_stands(text, parties):
    assert acts(text) == [(parties, "partnership", "in-force")]


def test_a_new_partnership_named_so_keeps_its_status():
    text = "The ministers discussed the significance of a new partnership between Chile and Peru."
    assert all(status != "in-force" for _, _, status in acts(text))
