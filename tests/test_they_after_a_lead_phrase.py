""""They" or "the leaders" opening a clause after a short lead phrase and a comma ("At the end of the meeting, the
leaders adopted ...", "In June, they signed ...", "On Tuesday, they agreed ...") are the pair just named, as they are
at the head of a sentence. A name before the comma is no lead phrase to skip when it is the subject. Passages written
for these tests."""

from __future__ import annotations

from collections import Counter

import pytest

from techpact.extract import cues

from .extraction import acts_of

_MET = "Egypt and Russia held talks in Moscow on Monday. "


def _acts(text: str) -> Counter:
    return Counter((a.kind, a.status) for a in acts_of(text) if set(a.parties) == {"EGY", "RUS"})


@pytest.mark.parametrize("second, act", [
    ("At the end of the meeting, the leaders adopted a joint statement on artificial intelligence.", ("joint-statement", "signed")),
    ("At the end of the meeting, they adopted a joint statement on artificial intelligence.", ("joint-statement", "signed")),
    ("After three hours of talks, the ministers signed a memorandum on nuclear energy.", ("mou", "signed")),
    ("On the sidelines of the forum, they inked an agreement on space research.", ("agreement", "signed")),
])
def test_the_pair_after_a_lead_phrase_makes_the_act(second, act):
    assert _acts(_MET + second)[act] == 1


@pytest.mark.parametrize("text", [
    "At the end of the meeting, they signed a memorandum.",
    "In June, the leaders agreed to meet again.",
    "They signed a memorandum.",
    "Separately, they signed a memorandum.",
])
def test_they_is_read_after_a_lead_phrase(text):
    assert cues.THEY.match(text)


@pytest.mark.parametrize("text", [
    "Officials said they signed a memorandum.",
    "in June, they signed a memorandum.",
    "At the end of a very long and tiring day of talks in the capital, they signed a memorandum.",
])
def test_they_is_not_read_inside_a_sentence_or_after_a_long_opening(text):
    assert not cues.THEY.match(text)
