""""The two" or "both" with no noun, as the subject of a verb ("The two also inked a memorandum", "Both agreed to set
up ..."), stands for the pair just named, like "the two countries"; "the two hundred delegates" or "the two deals" do
not. Passages written for these tests (a sample of a passage generator over how the act sentence names the sides)."""

from __future__ import annotations

import pytest

from .extraction import party_sets, sets


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenyan President William Ruto held talks with Ethiopian Prime Minister Abiy Ahmed in Addis Ababa on Monday. The "
     "two also inked a memorandum of understanding on artificial intelligence.", ["ETH+KEN"]),
    ("Indonesia and Vietnam held talks in Hanoi on Monday. Both agreed to set up a joint working group on semiconductors.",
     ["IDN+VNM"]),
    ("Brazil's foreign minister met his Russian counterpart in Moscow. The two then signed a roadmap on satellite "
     "navigation.", ["BRA+RUS"]),
])
def test_the_two_alone_before_a_verb_stands_for_the_pair(text, expected):
    assert party_sets(text) == sets(*expected)


@pytest.mark.parametrize("text", [
    "Kenya and Ethiopia held talks in Nairobi on Monday. The two hundred delegates attended a dinner.",
    "Kenya and Ethiopia held talks in Nairobi on Monday. The two deals drew criticism from opposition lawmakers.",
])
def test_the_two_before_a_noun_that_is_no_pair_makes_no_act(text):
    assert not [s for s in party_sets(text) if len(s) >= 2]
