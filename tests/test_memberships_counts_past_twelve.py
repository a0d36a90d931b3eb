"""Counts past twelve are read as counts of members (count_words.py): "seventeen Member States have signed the
Declaration: L", "Thirteen EU member states ... Ministers of L", when the list names exactly as many states. Sentences
written for these tests, with look-alikes: a count the list does not meet, and partners rather than members."""

from __future__ import annotations

import re

import pytest

from techpact.extract.count_words import COUNT_PATTERN, COUNT_WORDS

from .extraction import each, members

_THIRTEEN = ("Austria, Belgium, Croatia, Cyprus, Denmark, Estonia, Finland, France, Greece, Ireland, Italy, Latvia "
             "and Malta")
_CODES = ("AUT", "BEL", "HRV", "CYP", "DNK", "EST", "FIN", "FRA", "GRC", "IRL", "ITA", "LVA", "MLT")


def test_count_words_spell_teens_and_compound_tens():
    assert COUNT_WORDS["seventeen"] == 17 and COUNT_WORDS["twenty-seven"] == 27 and COUNT_WORDS["twenty seven"] == 27
    assert "one" not in COUNT_WORDS
    assert list(COUNT_WORDS).index("twenty-seven") < list(COUNT_WORDS).index("twenty")


@pytest.mark.parametrize("count", ["Thirteen", "thirteen", "13"])
def test_a_count_past_twelve_before_a_colon_list_of_that_many_names_members(count):
    text = f"The EU adopted a chip plan. To date, {count} member states have signed the plan: {_THIRTEEN}."
    assert each("EU", *_CODES) <= members(text)


@pytest.mark.parametrize("text", [
    f"The EU adopted a chip plan. To date, fourteen member states have signed the plan: {_THIRTEEN}.",
    f"The EU adopted a chip plan. To date, thirteen partner countries have signed the plan: {_THIRTEEN}.",
])
def test_a_count_not_met_or_partners_name_no_members(text):
    assert not {pair for pair in members(text) if pair[1] == "EU"}


@pytest.mark.parametrize("word", list(COUNT_WORDS))
def test_the_count_pattern_reads_each_count_word_whole(word):
    match = re.match(COUNT_PATTERN + r"\s+member", f"{word} member", re.IGNORECASE)
    assert match is not None and COUNT_WORDS[match.group(0).rsplit(" member", 1)[0].lower()] == COUNT_WORDS[word]
