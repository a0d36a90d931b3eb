"""Words of the status classes that news uses and the rules lacked: an act that remains (is still) valid is in force; one
abrogated or repudiated has ended (threatening to repudiate it leaves it in force); an offer brushed off was refused.
Sentences written for these tests."""

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def _statuses(text: str) -> set[str]:
    return {a.status for a in extract_facts(Document(text=text, source="test.txt")).agreements}


@pytest.mark.parametrize("text, status", [
    ("The memorandum between Ghana and Benin on mobile payments remains valid.", "in-force"),
    ("The 2016 space agreement between Kenya and Italy is still valid, officials said.", "in-force"),
    ("Ecuador abrogated its nuclear cooperation agreement with Russia.", "ended"),
    ("In 2019 Bolivia repudiated the lithium deal it had signed with Germany.", "ended"),
    ("Ecuador decided to abrogate its nuclear cooperation agreement with Russia.", "ended"),
    ("Ecuador threatened to repudiate its nuclear cooperation agreement with Russia.", "in-force"),
    ("Vietnam brushed off Japan's offer of a semiconductor pact.", "rejected"),
])
def test_status_words_of_each_class(text, status):
    assert _statuses(text) == {status}


def test_a_valid_point_is_not_an_act_in_force():
    assert _statuses("Ghana and Benin signed a memorandum on mobile payments, a valid step, officials said.") == {"signed"}


def test_an_act_valid_for_a_term_is_told_by_its_making():
    text = "Ghana and Benin signed a memorandum on mobile payments. The memorandum is valid for five years."
    assert _statuses(text) == {"signed"}
