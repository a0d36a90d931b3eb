"""A state named only inside a quotation attributed to a speaker ('"Egypt is also an important partner," Ruto said')
forms no pair with the speaker's state: "the two countries" or "the two sides" told next still stand for the pair the
story named before. A quoted act of the speaker's ('"We signed a memorandum with Egypt," Ruto said') is still read.
Passages written for these tests (a sample of a passage generator over what stands between the lead and the act)."""

from __future__ import annotations

import pytest

from .extraction import party_sets, sets

LEAD = "Kenyan President William Ruto arrived in Addis Ababa on Sunday for a two-day state visit. "


@pytest.mark.parametrize(("middle", "act"), [
    ('"Egypt is also an important partner," Ruto said. ', "The two sides signed a memorandum on artificial intelligence."),
    ("“We admire what Rwanda has achieved,” Ruto told reporters. ", "The two countries inked an agreement on data centres."),
    ('"Our ties with Uganda remain strong," said Ruto. ', "The two sides signed a roadmap on 5G."),
])
def test_a_state_in_a_quote_forms_no_pair_with_the_speaker(middle, act):
    assert party_sets(LEAD + middle + act) == sets("ETH+KEN")


def test_an_act_told_in_a_quote_is_still_read():
    assert party_sets('"We signed a memorandum on artificial intelligence with Egypt," Ruto said on Monday. Kenyan '
                      "President William Ruto spoke in Nairobi.") == sets("EGY+KEN")
