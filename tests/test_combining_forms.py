"""The first half of a compound adjective names its state ("Sino-Russian", "Indo-Japanese", "Franco-German",
"Anglo-American"), but only before a hyphen and a capitalised word: "Sino Biopharmaceutical", "the Indo-Pacific",
"Anglo-Saxon" and "Greco-Roman" name no state."""

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def facts(text: str):
    return extract_facts(Document(text=text, source="test.txt"))


@pytest.mark.parametrize("text, parties", [
    ("The Sino-Russian agreement on satellite navigation was signed in Beijing on Monday.", {"CHN", "RUS"}),
    ("An Indo-Japanese pact on semiconductors was inked on Friday.", {"IND", "JPN"}),
    ("A Franco-German initiative on quantum computing was launched in Paris.", {"DEU", "FRA"}),
    ("Anglo-American cooperation on AI safety deepened with a memorandum signed in April.", {"GBR", "USA"}),
    ("The Italo-Egyptian memorandum on undersea cables was signed on Tuesday.", {"EGY", "ITA"}),
    ("A Turco-Azerbaijani working group on cybersecurity was set up last year.", {"AZE", "TUR"}),
])
def test_a_combining_form_names_its_state_in_a_pair(text, parties):
    assert frozenset(parties) in {frozenset(a.parties) for a in facts(text).agreements}


@pytest.mark.parametrize("text, code", [
    ("Sino-US tensions rose over chips.", "CHN"),
    ("Russo-Chinese trade grew by a fifth.", "RUS"),
    ("Luso-Brazilian ties are old.", "PRT"),
])
def test_a_combining_form_is_a_mention(text, code):
    assert code in {m.code for m in facts(text).mentions}


@pytest.mark.parametrize("text", [
    "Sino Biopharmaceutical signed a licensing deal on Monday.",
    "The Indo-Pacific Economic Framework covers digital trade.",
    "The Anglo-Saxon press covered the summit.",
    "Greco-Roman wrestling returned to the programme.",
    "Franco Bernabe chairs the company.",
    "Indo fonts are not supported.",
])
def test_no_state_where_the_form_is_not_a_compound_of_states(text):
    assert not {m.code for m in facts(text).mentions} & {"CHN", "IND", "GBR", "GRC", "FRA", "USA"}
