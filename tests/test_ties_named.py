"""A partnership a speaker calls "our partnership" is the relationship talked about, not a new act; one the speaker's
side makes ("launched our new partnership") or an instrument after the noun ("our partnership agreement") still is.
Sentences written for the test."""

from __future__ import annotations

import pytest

from tests.extraction import party_sets, sets


@pytest.mark.parametrize("text", [
    '"The new campus will let Kenyan and Ghanaian students meet and strengthen this pillar of our people-to-people '
    'partnership," the Kenyan minister said.',
    '"Visits like this one deepen our comprehensive partnership," the Peruvian envoy told reporters in Chile.',
])
def test_our_partnership_in_a_speakers_words_is_no_act(text):
    assert party_sets(text) == sets()


@pytest.mark.parametrize("text, expected", [
    ('"Kenya and Ghana have launched our new digital partnership," the minister said.', ["GHA+KEN"]),
    ('"Peru and Chile signed our partnership agreement today," the minister said.', ["CHL+PER"]),
    ("Kenya and Ghana launched a digital partnership on Monday.", ["GHA+KEN"]),
])
def test_a_partnership_made_or_named_as_an_instrument_keeps_its_act(text, expected):
    assert party_sets(text) == sets(*expected)
