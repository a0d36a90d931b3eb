"""A bloc's seat told as an actor stands for the bloc (extract/seats.py): "Brussels" for the EU, unless the text names
Belgium another way; as a place or in a dateline it stays Belgium's. Sentences written for the test."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document

from .extraction import party_sets, sets


def mention_codes(text: str) -> set[str]:
    facts = extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=None,
                                   media_type="text/plain"))
    return {m.code for m in facts.mentions}


@pytest.mark.parametrize("text, expected", [
    ("Norway has dozens of bilateral treaties with Brussels.", ["EU+NOR"]),
    ("The EU and Korea held talks in Seoul. Brussels and Seoul then signed a digital partnership.", ["EU+KOR"]),
    # Belgium named another way: Brussels is its capital
    ("Belgian and Dutch ministers met on Monday. Brussels and The Hague signed a cyber pact.", ["BEL+NLD"]),
    ("Belgium and the Netherlands signed a cyber pact in Brussels.", ["BEL+NLD"]),
])
def test_brussels_as_an_actor_is_the_eu_unless_belgium_is_named(text, expected):
    assert party_sets(text) == sets(*expected)


def test_brussels_as_a_place_stays_belgium():
    codes = mention_codes("The EU and Korea held their digital council in Brussels on Monday.")
    assert {"BEL", "EU", "KOR"} <= codes
