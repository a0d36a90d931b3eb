"""A bloc's growth told with its new size or another growth verb names its new members: "BRICS grew to nine members with the
addition of Egypt and Iran", "doubled in size in 2024, adding L", "NATO expanded to 32 members with the accession of
Sweden", "since the addition of L"; what grows must be the bloc ("Trade grew in 2024, adding L" names no members). Found by
a bloc-side joining generator (/tmp-side). Sentences written for these tests, with look-alikes that must not fire."""

from __future__ import annotations

import pytest

from .extraction import each, members


@pytest.mark.parametrize(("text", "expected"), [
    ("BRICS grew to nine members with the addition of Egypt and Iran.", each("BRICS", "EGY", "IRN")),
    ("BRICS doubled in size in 2024, adding Egypt, Ethiopia and Iran.", each("BRICS", "EGY", "ETH", "IRN")),
    ("NATO expanded to 32 members with the accession of Sweden.", each("NATO", "SWE")),
    ("Since the addition of Egypt and Iran, BRICS has grown.", each("BRICS", "EGY", "IRN")),
    ("BRICS met in Kazan. It grew in 2024, adding Egypt and Iran.", each("BRICS", "EGY", "IRN")),
])
def test_a_blocs_growth_names_its_new_members(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize("text", [
    "BRICS may grow to ten members with the addition of Indonesia.",
    "BRICS met in Kazan. Trade grew in 2024, adding Egypt and Iran.",
    "BRICS met in Kazan. Exports doubled, adding Egypt as a buyer.",
    "The EU doubled its aid, adding Kenya and Ghana to the list.",
])
def test_a_growth_to_come_or_of_something_else_names_none(text):
    assert members(text) == set()
