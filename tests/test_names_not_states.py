"""Words that look like a state's name but name none: the English word "island" (one source spells Iceland
"Ísland"), and institutions built on a prefix ("Inter-American", "Pan-American") that belong to no one state."""

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def mentioned(text: str) -> set[str]:
    return {m.code for m in extract_facts(Document(text=text, source="test.txt")).mentions}


@pytest.mark.parametrize("text", [
    "Fiji and Solomon Island officials discussed where they can work together on fisheries data.",
    "The island nation of Tuvalu signed a cable deal with Australia.",
    "The Inter-American Development Bank will co-finance the hydrogen plant in Chile.",
    "The Pan-American Health Organization shared vaccine data with Brazil.",
])
def test_a_look_alike_word_names_no_state(text):
    assert not mentioned(text) & {"ISL", "USA"}


@pytest.mark.parametrize("text, code", [
    ("Iceland and Norway signed a memorandum on geothermal power.", "ISL"),
    ("The Icelandic government agreed to host the data centre.", "ISL"),
    ("American and Chilean officials signed the hydrogen memorandum.", "USA"),
    ("The Sino-American dialogue on AI resumed in Geneva.", "USA"),
])
def test_the_state_itself_is_still_named(text, code):
    assert code in mentioned(text)
