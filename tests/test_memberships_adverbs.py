"""Membership constructions hold whatever adverbs news puts between their words ("has now officially joined", "was
later formally admitted"), and founders may follow the founding verb with "with", "among" or "between" as well as
"by"; a listed state may carry a word of how it stands to the others ("and neighbouring Uzbekistan"). Sentences
written for these tests, each shape with look-alikes that must not fire."""

from __future__ import annotations

import pytest

from .extraction import each, members

_ADVERBS = ["now", "also", "already", "formally", "officially", "recently", "now officially", "finally", "still",
            "effectively", "thus", "subsequently", "eventually", "currently", "duly"]
_SHAPES = [
    ("Ghana has {} joined the AU.", each("AU", "GHA")),
    ("Peru {} became a member of APEC in 1998.", each("APEC", "PER")),
    ("Chile is {} a member of APEC.", each("APEC", "CHL")),
    ("Bolivia was {} admitted to Mercosur.", each("MERCOSUR", "BOL")),
    ("Laos, which {} joined ASEAN in 1997, signed the deal.", each("ASEAN", "LAO")),
]


@pytest.mark.parametrize(("text", "expected"), [(shape.format(adverb), expected)
                                                for shape, expected in _SHAPES for adverb in _ADVERBS])
def test_membership_shapes_hold_with_an_adverb_between_their_words(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize("text", [
    "Ghana has not joined the AU.",
    "Peru was formerly a member of APEC.",
    "Chile is no longer a member of APEC.",
    "Bolivia has reportedly applied to Mercosur.",
    "Laos will soon decide whether to join ASEAN.",
    "Chile has now officially asked to join APEC.",
])
def test_words_that_change_what_is_said_of_a_membership_still_undo_it(text):
    assert not members(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("The EAEU was originally formed with Russia, Belarus and Kazakhstan.", each("EAEU", "RUS", "BLR", "KAZ")),
    ("The CSTO was established in 2002 among Russia, Armenia and Belarus.", each("CSTO", "RUS", "ARM", "BLR")),
    ("AUKUS was formed between Australia, the United Kingdom and the United States in 2021.",
     each("AUKUS", "AUS", "GBR", "USA")),
    ("The Quad was formed with the aim of countering China.", set()),
    ("The EU was formed with a view to ending wars between France and Germany.", set()),
    ("Mercosur was created with Brazil in mind, Uruguay said.", set()),
])
def test_founders_named_with_with_among_or_between(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia and its ally Belarus are members of the CSTO.", each("CSTO", "RUS", "BLR")),
    ("India and arch-rival Pakistan joined the SCO in 2017.", each("SCO", "IND", "PAK")),
    ("Qatar and oil-rich Kuwait, both members of the GCC, signed a deal on AI.", each("GCC", "QAT", "KWT")),
    ("SCO members Kazakhstan and neighbouring Uzbekistan signed a deal on AI.", each("SCO", "KAZ", "UZB")),
    ("Kenya, a partner of the EU, and Ghana signed a deal.", set()),
    ("The US and its partners Japan and Australia met Quad officials.", set()),
])
def test_a_listed_state_may_carry_a_word_of_how_it_stands_to_the_others(text, expected):
    assert members(text) == expected
