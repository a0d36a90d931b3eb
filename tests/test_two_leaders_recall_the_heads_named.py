""""The two leaders" means the heads of state or government a passage named as people a few clauses before ("Kenyan
President X held talks with Ethiopian Prime Minister Y"), not the last two states named together (a third state in a
quote or in a background act in between). Passages written for these tests (a sample of a passage generator over what
stands between the lead and the act sentence)."""

from __future__ import annotations

import pytest

from .extraction import party_sets, sets

LEAD = ("Kenyan President William Ruto held talks with Ethiopian Prime Minister Abiy Ahmed in Addis Ababa on Monday. ")
ACT = "The two leaders signed a memorandum of understanding on artificial intelligence."


@pytest.mark.parametrize(("middle", "expected"), [
    ("\"Egypt is also an important partner,\" Ruto said. ", ["ETH+KEN"]),
    ("Kenya signed a similar deal with Egypt last year. ", ["ETH+KEN", "EGY+KEN"]),
    ("Trade between the two countries reached $2 billion last year. ", ["ETH+KEN"]),
])
def test_the_two_leaders_are_the_heads_named_before(middle, expected):
    assert party_sets(LEAD + middle + ACT) == sets(*expected)


def test_heads_named_by_title_after_the_state_count_too():
    text = ("Egypt's president met the Emirati president in Cairo on Monday. Saudi Arabia is also an important partner, "
            "officials said. The two leaders signed a roadmap on data centres.")
    assert party_sets(text) == sets("ARE+EGY")


def test_ministers_named_in_a_list_are_still_recalled_by_their_noun():
    text = ("Foreign ministers from Kenya, Uganda and Tanzania met in Arusha on Monday. Ethiopia sent an observer. "
            "The ministers signed a protocol on digital trade.")
    assert party_sets(text) == sets("KEN+TZA+UGA")
