"""Ties "raised" or "taken" to a partnership make the partnership, as "upgraded" and "elevated" do: signed, not
planned. Sentences written for these tests; raising questions about a partnership, or ties taken to "a new level" with
no partnership named, make none."""

from __future__ import annotations

import pytest

from .extraction import acts_of


@pytest.mark.parametrize("text, parties", [
    ("Vietnam and the European Union raised their relationship to a comprehensive strategic partnership on Thursday.",
     {"EU", "VNM"}),
    ("Indonesia raised its ties with Brazil to the level of a strategic partnership, the foreign ministry said.",
     {"BRA", "IDN"}),
    ("The leaders of Egypt and India took bilateral relations to a strategic partnership during the visit.",
     {"EGY", "IND"}),
])
def test_ties_raised_to_a_partnership_make_it(text, parties):
    assert (frozenset(parties), "partnership", "signed") in {(frozenset(a.parties), a.kind, a.status) for a in acts_of(text)}


@pytest.mark.parametrize("text", [
    "The scandal raised questions about the partnership between Kenya and Ethiopia.",
    "Vietnam and Japan took their relationship to a new level.",
])
def test_no_partnership_made_without_one_named_as_the_new_level(text):
    assert not any(a.kind == "partnership" and a.status == "signed" for a in acts_of(text))
