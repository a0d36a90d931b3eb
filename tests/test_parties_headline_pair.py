""""The two countries" before the text names a pair of its own means the two states its headline names ("13 agreements
signed between Turkey and Turkmenistan"); a headline that names one state, three, or a bloc gives nobody.
Sentences and headlines written for these tests."""

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document

_BODY = ("Nine agreements were signed between the two countries in the presence of President Smith and President "
         "Jones on Monday.")


def party_sets(text: str, title: str) -> list[set[str]]:
    facts = extract_facts(Document(text=text, source="test.txt", title=title, url=None, issued=None,
                                   media_type="text/plain"))
    return [set(a.parties) for a in facts.agreements]


def test_the_two_countries_under_a_headline_naming_two_states_are_those_states():
    assert party_sets(_BODY, "Nine agreements signed between Peru and Ecuador") == [{"ECU", "PER"}]


@pytest.mark.parametrize("title", [
    "Nine agreements signed in Lima",
    "Peru signs nine agreements",
    "Peru, Ecuador and Chile: nine agreements signed",
    "Peru and the EU sign nine agreements",
])
def test_a_headline_naming_no_pair_of_states_gives_nobody(title):
    assert party_sets(_BODY, title) == []


def test_a_pair_the_text_names_comes_before_the_headline():
    text = "Chile and Bolivia held talks in La Paz. The two countries signed a memorandum on lithium."
    assert party_sets(text, "Peru and Ecuador watch their neighbours") == [{"BOL", "CHL"}]
