"""A state's membership that "became official" is in force, as one that "took effect" or "became effective" is: "Indonesia's
membership in BRICS became official on January 1", "Iran, whose SCO membership became official in July, ...". Found by
the joining generator's wordings (/tmp-side). Sentences written for these tests, with look-alikes that must not fire."""

from __future__ import annotations

import pytest

from .extraction import each, members


@pytest.mark.parametrize(("text", "expected"), [
    ("Indonesia's membership in BRICS became official on January 1.", each("BRICS", "IDN")),
    ("Sweden's accession to NATO became official on Thursday.", each("NATO", "SWE")),
    ("Iran, whose SCO membership became official in July, signed a deal.", each("SCO", "IRN")),
])
def test_a_membership_that_became_official(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize("text", [
    "Indonesia's membership in BRICS will become official on January 1.",
    "Ukraine's bid to join NATO became official last year.",
    "Serbia's candidacy for the EU became official in 2012.",
])
def test_a_membership_to_come_or_a_bid_made_official_is_none(text):
    assert members(text) == set()
