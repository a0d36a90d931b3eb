"""A meeting "also attended by" a list is attended by the state named in the clause before too (attendance._ALSO_BY):
the listed states and that one are the group whose act the passage told; sentences written for the test."""

from __future__ import annotations

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def party_sets(text: str) -> set[frozenset]:
    facts = extract_facts(Document(text=text, source="t.txt", title=None, url=None, issued=None, media_type="text/plain"))
    return {frozenset(a.parties) for a in facts.agreements}


def test_a_meeting_also_attended_by_a_list_is_attended_by_the_one_named_before_too():
    assert party_sets(
        "The Quad leaders pledged to secure chip supply chains. \"Supply chains are vital,\" said US President Joe Biden "
        "during the summit in Washington. The meeting was also attended by Australian Prime Minister Scott Morrison, "
        "Indian Prime Minister Narendra Modi, and Japanese Prime Minister Yoshihide Suga.") == {
        frozenset({"AUS", "IND", "JPN", "USA"})}


def test_a_meeting_attended_by_a_list_is_attended_by_the_list_alone():
    assert party_sets(
        "The Quad leaders pledged to secure chip supply chains. \"Supply chains are vital,\" said US President Joe Biden "
        "in Washington. The meeting was attended by Australian Prime Minister Scott Morrison, Indian Prime Minister "
        "Narendra Modi, and Japanese Prime Minister Yoshihide Suga.") == {frozenset({"AUS", "IND", "JPN"})}
