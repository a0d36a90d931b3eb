"""The European Union told by its former name, the European Community (or Communities), as acts made before 2009 and
the documents on them name it, is the EU: a mention and a party. Sentences written for these tests."""

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


@pytest.mark.parametrize("text, parties", [
    ("The agreement on fusion research between the European Community and Ukraine was signed in 2002.", {"EU", "UKR"}),
    ("The European Communities and Korea concluded a cooperation agreement on satellite navigation in 2006.", {"EU", "KOR"}),
])
def test_the_european_community_is_the_eu(text, parties):
    facts = extract_facts(Document(text=text, source="test.txt"))
    assert "EU" in {m.code for m in facts.mentions}
    assert [set(a.parties) for a in facts.agreements] == [parties]
