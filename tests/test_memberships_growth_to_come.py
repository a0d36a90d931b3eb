"""A bloc's growth still to come makes no members: "BRICS may expand to include Egypt and Iran", "plans to expand to include
L", "is set to expand", "is expanding to include L", "will soon expand to include L"; a growth told done still does ("BRICS
expanded to include L", "has expanded to include L", "the expansion of BRICS to include L"). Found by the look-alikes of a
bloc-side joining generator (/tmp-side). Sentences written for these tests."""

from __future__ import annotations

import pytest

from .extraction import each, members


@pytest.mark.parametrize("text", [
    "BRICS may expand to include Egypt and Iran.",
    "The bloc plans to expand to include Egypt. BRICS met in Kazan.",
    "BRICS is set to expand to include Saudi Arabia.",
    "BRICS is expanding to include Egypt and Ethiopia.",
    "BRICS will soon expand to include Egypt.",
    "ASEAN could enlarge to include Timor-Leste.",
    "NATO would not expand to include Ukraine.",
])
def test_a_growth_still_to_come_makes_no_member(text):
    assert members(text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("BRICS expanded to include Egypt and Iran.", each("BRICS", "EGY", "IRN")),
    ("BRICS has expanded to include Egypt.", each("BRICS", "EGY")),
    ("BRICS, which expanded in 2024 to include Egypt, met in Kazan.", each("BRICS", "EGY")),
    ("ASEAN later grew to include Vietnam and Laos.", each("ASEAN", "VNM", "LAO")),
])
def test_a_growth_told_done_names_members(text, expected):
    assert members(text) == expected
