"""Instruments a state is said to have with others stand (in force): "India currently has MoUs with Malawi and Mali",
"Kenya has agreements with Ghana and Togo", as "has an agreement with" does for one. Instruments signed, new, or
"such deals" with other states are not held ones of these parties. Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def acts(text: str) -> list[tuple[list[str], str | None]]:
    return [(sorted(a.parties), a.status) for a in extract_facts(Document(text=text, source="test.txt")).agreements]


@pytest.mark.parametrize("text", [
    "Peru currently has MoUs with Chile and Bolivia on lithium.",
    "Peru has memoranda of understanding with Chile and Bolivia on lithium.",
    "Peru already has agreements with Chile and Bolivia on lithium.",
])
def test_instruments_held_with_others_are_in_force(text):
    assert acts(text) == [(["CHL", "PER"], "in-force"), (["BOL", "PER"], "in-force")]


@pytest.mark.parametrize("text", [
    "Peru has signed MoUs with Chile and Bolivia on lithium.",
    "Peru has new agreements with Chile and Bolivia on lithium.",
])
def test_instruments_made_now_are_not_held_ones(text):
    assert all(status != "in-force" for _, status in acts(text))


def test_such_deals_with_others_tell_nothing_of_this_pair():
    text = ("Peru and Chile are negotiating a lithium agreement. "
            "Peru already has such deals with 12 countries.")
    assert acts(text) == [(["CHL", "PER"], "planned")]
