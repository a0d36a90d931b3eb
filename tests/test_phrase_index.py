"""The gazetteer's phrase index finds names as whole words, longest first, never overlapping."""

from __future__ import annotations

from techpact.extract.gazetteer import PhraseIndex

_NAMES = PhraseIndex({"South": "S", "South Africa": "ZAF", "Africa": "AF", "Korea": "KOR", "Indonesia": "IDN",
                      "EU": "EU", "US": "USA", "e-CNY": "CNY", "(bad": "X"}, fold=False)
_WORDS = PhraseIndex({"ai": "ai", "artificial intelligence": "ai", "5G": "telecom", "Data": "data", "data": "other"},
                     fold=True)


def _values(index: PhraseIndex, text: str) -> list:
    return [value for _, _, _, value in index.find(text)]


def test_the_longest_phrase_starting_at_a_place_wins():
    assert _values(_NAMES, "South Africa and Korea signed.") == ["ZAF", "KOR"]
    assert _values(_NAMES, "South Sudan") == ["S"]


def test_phrases_count_only_as_whole_words():
    assert _values(_NAMES, "USAID and EUROPE; the Southern states") == []
    assert _values(_WORDS, "He said again: AI, then 5g.") == ["ai", "telecom"]
    assert _values(_WORDS, "maintain trains") == []


def test_a_phrase_after_a_hyphen_counts_only_in_compounds_of_names():
    assert _values(_NAMES, "the Korea-Indonesia pact, a non-EU state, the EU-US talks") == ["KOR", "IDN", "EU", "USA"]
    assert _values(_NAMES, "states of the region--Korea and the US") == ["KOR", "USA"]


def test_found_phrases_carry_their_place_and_surface_as_written():
    assert _WORDS.find("New ARTIFICIAL Intelligence rules") == [(4, 27, "ARTIFICIAL Intelligence", "ai")]


def test_names_folding_alike_keep_the_first_value_and_phrases_must_start_with_a_word():
    assert _values(_WORDS, "DATA") == ["data"]
    assert _values(_NAMES, "(bad news") == []
    assert PhraseIndex({}, fold=True).find("anything") == []
