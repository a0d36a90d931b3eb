"""An act of one state "and N other countries" whose makers a later sentence lists: the named state and exactly N
others are its parties, and the listing sentence tells more of it (counted_others). Without such a list, or with a
list of another size, no act of guessed parties is made. Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def acts(text: str) -> list[tuple[list[str], str, str]]:
    return [(sorted(a.parties), a.kind, a.status) for a in extract_facts(Document(text=text, source="test.txt")).agreements]


@pytest.mark.parametrize("text, parties, kind", [
    ("Japan and four other countries launched a quantum computing initiative on Monday in Tokyo. "
     "Japan, France, Chile, Kenya and Vietnam will share research data under the initiative.",
     ["CHL", "FRA", "JPN", "KEN", "VNM"], "initiative"),
    ("Brazil and three other nations signed a declaration on AI governance on Tuesday. "
     "The signatories, Brazil, Mexico, Chile and Peru, pledged to share research.",
     ["BRA", "CHL", "MEX", "PER"], "declaration"),
    ("Norway, along with 2 other countries, signed a memorandum on offshore wind on Friday. "
     "The talks took place in Oslo. Norway, Denmark and Iceland agreed to exchange grid data.",
     ["DNK", "ISL", "NOR"], "mou"),
])
def test_the_counted_act_is_of_the_states_listed_later(text, parties, kind):
    assert acts(text) == [(parties, kind, "signed")]


@pytest.mark.parametrize("text", [
    "Japan and four other countries launched a quantum computing initiative on Monday in Tokyo.",
    "Japan and four other countries launched a quantum computing initiative on Monday in Tokyo. "
    "Japan, France and Chile will share research data.",
])
def test_no_list_of_that_size_makes_no_act_of_guessed_parties(text):
    assert all(parties != ["JPN"] and len(parties) != 5 for parties, _, _ in acts(text))
    assert ("initiative", "signed") not in [(kind, status) for _, kind, status in acts(text)]
