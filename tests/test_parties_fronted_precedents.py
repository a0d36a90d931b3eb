"""States named in a fronted precedent ("Following Sweden and Finland, Denmark has also concluded an agreement with
the United States", "After China, Russia signed ...") did the like before: they are no side of the act the clause
tells, which stays the main clause's. An opening that names no state list ("Following talks in Beijing, ...") keeps
its sides. Sentences written for these tests."""

import pytest

from .extraction import party_sets, sets


@pytest.mark.parametrize("text, expected", [
    ("Following Sweden and Finland, NATO member Denmark has also concluded an agreement on defence cooperation with "
     "the United States.", ["DNK+USA"]),
    ("After Kenya, Rwanda signed a space agreement with Israel on Monday.", ["ISR+RWA"]),
    ("OSLO (agency) - Following Estonia, Latvia and Lithuania, Poland has now signed a cyber pact with Japan.",
     ["JPN+POL"]),
    ("Just like the Philippines, Vietnam has signed a memorandum on chips with the United States.", ["USA+VNM"]),
])
def test_states_of_a_fronted_precedent_are_no_side(text, expected):
    assert party_sets(text) == sets(*expected)


def test_an_opening_that_names_no_state_list_keeps_the_sides():
    assert party_sets("Following talks in Beijing, China and Brazil signed a satellite agreement.") == sets("BRA+CHN")
