"""A compound joined by an en dash or a non-breaking hyphen reads as the hyphenated one (extract/dashes.py), and the
facts quote the document's own text. Sentences written for the test."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.extract.dashes import hyphenated
from techpact.loaders.document import Document
from tests.extraction import acts_of


@pytest.mark.parametrize("dash", ["\u2013", "\u2011"])
def test_an_instrument_named_with_a_joining_dash_reads_as_with_a_hyphen(dash):
    text = f"The upcoming Chile{dash}Peru lithium agreement covers refining."
    assert [(set(a.parties), a.status) for a in acts_of(text)] == [({"CHL", "PER"}, "planned")]
    hyphen = text.replace(dash, "-")
    assert [(set(a.parties), a.status) for a in acts_of(text)] == [(set(a.parties), a.status) for a in acts_of(hyphen)]


def test_the_evidence_and_the_names_quote_the_documents_own_dashes():
    text = "The Chile\u2013Peru lithium agreement is on the table."
    facts = extract_facts(Document(text=text, source="test.txt"))
    assert [span.text for span in facts.agreements[0].evidence] == [text]
    assert all(text[m.start:m.end] == m.surface for m in facts.mentions)


def test_a_dash_set_between_spaces_is_left_alone():
    assert hyphenated("Chile \u2013 and Peru \u2013 signed") == "Chile \u2013 and Peru \u2013 signed"
    assert hyphenated("the Chile\u2013Peru pact") == "the Chile-Peru pact"
