"""After "Separately," or "In addition," a clause whose subject is "they" or "the two ministers" tells one more act of the
pair just named, not the same act again nor another story. Sentences written for these tests; a clause after
"Separately," that names its own sides keeps them."""

from __future__ import annotations

from collections import Counter

import pytest

from .extraction import acts_of

_FIRST = "Kenya and Ethiopia signed a memorandum of understanding on energy on Monday. "


def _sets(text: str) -> Counter:
    return Counter(frozenset(a.parties) for a in acts_of(text))


@pytest.mark.parametrize("second", [
    "Separately, they signed a memorandum of understanding on cybersecurity.",
    "Separately, the two ministers signed a memorandum on space research.",
    "In addition, the leaders adopted a joint declaration on digital payments.",
    "Additionally, they inked an agreement on data centres.",
])
def test_one_more_act_of_the_pair_after_separately(second):
    assert _sets(_FIRST + second)[frozenset({"ETH", "KEN"})] == 2


def test_separately_with_sides_of_its_own_keeps_them():
    found = _sets(_FIRST + "Separately, Japan signed a memorandum of understanding on semiconductors with South Korea.")
    assert found[frozenset({"ETH", "KEN"})] == 1 and found[frozenset({"JPN", "KOR"})] == 1
