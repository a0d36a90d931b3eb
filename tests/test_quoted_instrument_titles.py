"""Instruments a sentence names by their titles in quotation marks, two or more of them, are as many acts ('the law
"On the denunciation of the agreement on X" and the law "On the denunciation of the agreement on Y"', 'several
documents, including the "Agreement on ..." and the "Memorandum of Understanding on ..."'), each of the kind its title
names; words said in quotation marks are no titles. Passages written for these tests."""

from collections import Counter

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def _acts(text: str) -> Counter:
    return Counter((frozenset(a.parties), a.kind, a.status)
                   for a in extract_facts(Document(text=text, source="test.txt")).agreements)


def test_laws_denouncing_agreements_by_their_titles_end_each_agreement():
    text = ("Georgia's president on Monday signed into law three bills denouncing Georgian-Armenian transport agreements. "
            "The president signed the law \"On the denunciation of the Georgian-Armenian agreement on rail transit\", "
            "the law \"On the denunciation of the Georgian-Armenian agreement on road haulage\" and the law \"On the "
            "denunciation of the Georgian-Armenian agreement on customs data exchange\".")
    found = _acts(text)
    assert found[(frozenset({"ARM", "GEO"}), "agreement", "ended")] >= 3
    assert set(found) == {(frozenset({"ARM", "GEO"}), "agreement", "ended")}


def test_quoted_titles_after_including_are_acts_of_their_own_kinds():
    text = ("Ghana and Senegal signed several documents on Tuesday, including the \"Agreement on Cooperation in Digital "
            "Payments\", the \"Memorandum of Understanding on Satellite Data\" and the \"Memorandum on a Joint AI "
            "Centre\".")
    found = _acts(text)
    pair = frozenset({"GHA", "SEN"})
    assert found[(pair, "agreement", "signed")] == 1 and found[(pair, "mou", "signed")] == 2


def test_words_said_in_quotation_marks_are_no_titles():
    text = ("Ghana and Senegal signed an agreement on digital payments. \"The Agreement will help our traders,\" the "
            "Ghanaian minister said. \"We will sign a Memorandum on satellites next year,\" she added.")
    found = _acts(text)
    assert found[(frozenset({"GHA", "SEN"}), "agreement", "signed")] == 1
    assert sum(found.values()) <= 2


def test_titles_in_curly_quotation_marks_are_read_alike():
    text = ("Georgia's president on Monday signed into law three bills denouncing Georgian-Armenian transport agreements. "
            "The president signed the law “On the denunciation of the Georgian-Armenian agreement on rail transit”, "
            "the law “On the denunciation of the Georgian-Armenian agreement on road haulage” and the law “On the "
            "denunciation of the Georgian-Armenian agreement on customs data exchange”.")
    assert _acts(text)[(frozenset({"ARM", "GEO"}), "agreement", "ended")] >= 3
