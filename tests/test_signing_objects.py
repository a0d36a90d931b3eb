"""The instrument whose signing a clause tells is the clause's act over a kind noun named before it (signing_objects):
"the partnership with Korea will be pushed to new heights with the signing of new partnership agreements" tells
agreements; a clause with one kind noun keeps it."""

import pytest

from techpact.extract import extract_facts
from techpact.extract.signing_objects import signed_object
from techpact.loaders.document import Document


def kinds(text: str) -> list[str]:
    facts = extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=None,
                                   media_type="text/plain"))
    return [a.kind for a in facts.agreements if len(a.parties) >= 2]


@pytest.mark.parametrize("text, kind", [
    ("Chile's science partnership with Korea will be taken further with the signing of three new memoranda on AI.", "mou"),
    ("The Chile-Korea partnership grew with the signing of a treaty on data flows.", "treaty"),
])
def test_signing_objects_the_instrument_signed_is_the_act(text, kind):
    assert kinds(text) == [kind]


@pytest.mark.parametrize("text, kind", [
    ("Chile and Korea launched a strategic partnership on Monday.", "partnership"),
    ("Chile and Korea signed a memorandum on AI after the signing ceremony.", "mou"),
])
def test_signing_objects_one_kind_noun_stays(text, kind):
    assert kinds(text) == [kind]


def test_signing_objects_without_a_signing_phrase_the_kind_stays():
    assert signed_object("a partnership with Korea", "partnership", 2) == ("partnership", 2)
