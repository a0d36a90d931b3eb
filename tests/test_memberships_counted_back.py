"""A counted noun that makes up a bloc points back to the nearest list of that many states, even some sentences before
(membership_counted_back.py): "Leaders of Brazil, Argentina, Paraguay, Uruguay and Venezuela met ... The five
countries which currently make up Mercosur ...". Sentences written for these tests, with look-alikes: no list of that
size before, and a count that is not said to make up the bloc."""

from __future__ import annotations

from .extraction import each, members

_OPENING = ("The summit opened in Montevideo on Monday with leaders of Brazil, Argentina, Paraguay, Uruguay and Venezuela. "
            "The agenda was long. Trade had slowed. Officials from Chile also came. ")


def test_the_counted_countries_that_make_up_the_bloc_are_the_list_of_that_size_before():
    text = _OPENING + "The five countries which currently make up Mercosur have 280 million people."
    assert each("MERCOSUR", "BRA", "ARG", "PRY", "URY", "VEN") <= members(text)


def test_no_list_of_that_size_before_gives_no_members():
    text = _OPENING + "The four countries which currently make up Mercosur have 280 million people."
    assert not {pair for pair in members(text) if pair[1] == "MERCOSUR"}


def test_a_count_not_said_to_make_up_the_bloc_gives_no_members():
    text = _OPENING + "The five countries discussed ties with Mercosur."
    assert not {pair for pair in members(text) if pair[1] == "MERCOSUR"}


def test_two_states_some_sentences_before_are_not_looked_for():
    text = "China and Pakistan signed a deal. India objected. Both are SCO members."
    assert members(text) == set()
