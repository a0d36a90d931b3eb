"""The plain reading also leaves out the time phrases of wire copy that it missed: abbreviated months ("on Jan. 1", "on
Sept. 30"), a year with early/late/mid ("in early 2024"), "as of", "since" and "effective" with a date ("Egypt has since
January been a member of BRICS", "Egypt as of January 1 is a member"), and a joining "effective January 1" still closes
its clause. Found by a time-phrase-by-position generator (/tmp-side): 31 of 123 missed before. Sentences written for these
tests, with look-alikes that must not fire."""

from __future__ import annotations

import pytest

from .extraction import each, members


@pytest.mark.parametrize(("text", "expected"), [
    ("Egypt on Jan. 1 joined BRICS.", each("BRICS", "EGY")),
    ("Bolivia in early 2024 joined Mercosur.", each("MERCOSUR", "BOL")),
    ("Sweden in late 2023 became a member of NATO.", each("NATO", "SWE")),
    ("Egypt as of January 1 is a member of BRICS.", each("BRICS", "EGY")),
    ("Egypt has since January been a member of BRICS.", each("BRICS", "EGY")),
    ("Egypt joined BRICS effective January 1.", each("BRICS", "EGY")),
    ("Iran, which on Sept. 30 formally joined the SCO, signed a deal.", each("SCO", "IRN")),
])
def test_a_wire_time_phrase_between_the_words_leaves_the_membership(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize("text", [
    "Egypt will as of January 1 be a member of BRICS.",
    "Egypt has since January sought to join BRICS.",
    "Egypt in early 2024 applied to join BRICS.",
    "Ukraine has since 2008 wanted to join NATO.",
    "Egypt was on Jan. 1 invited to join BRICS.",
    "Egypt effective January 1 became a partner of BRICS.",
])
def test_a_wire_time_phrase_does_not_make_a_look_alike_a_membership(text):
    assert members(text) == set()
