"""A kind noun that only modifies an instrument noun names no kind of its own (kind_heads): "partnership agreements"
are agreements, "an initiative memorandum" a memorandum; a partnership told alone stays one."""

import pytest

from techpact.extract import extract_facts
from techpact.extract.kind_heads import compound_head
from techpact.loaders.document import Document


def kinds(text: str) -> set[str]:
    facts = extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=None,
                                   media_type="text/plain"))
    return {a.kind for a in facts.agreements if len(a.parties) >= 2}


@pytest.mark.parametrize("text, kind", [
    ("Chile and Korea signed a range of new science and technology-related partnership agreements.", "agreement"),
    ("Egypt and Oman signed a comprehensive strategic partnership agreement on Monday.", "agreement"),
    ("Chile and Korea signed a partnership accord on lithium.", "agreement"),
])
def test_kind_heads_the_head_noun_gives_the_kind(text, kind):
    assert kinds(text) == {kind}


@pytest.mark.parametrize("text, kind", [
    ("Chile and Korea launched a strategic partnership on Monday.", "partnership"),
    ("Chile and Korea launched a partnership with each other on lithium agreements reached earlier.", "partnership"),
])
def test_kind_heads_a_partnership_told_alone_stays(text, kind):
    assert kind in kinds(text)


def test_kind_heads_other_kinds_are_left_alone():
    assert compound_head("a memorandum agreement", "mou", 2) == ("mou", 2)
