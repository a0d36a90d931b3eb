"""An act named only in an aside "whose ..." about the parties opening the clause is their own act: what the aside tells
of it is its status ("whose agreement was signed on Monday": signed; "whose talks on a pact stalled": planned), and when
it tells nothing of its making or course ("whose 2018 agreement has led to two launches", "whose partnership drew
criticism") the act is one they already have: in force, not the default of its kind. Sentences written for these
tests."""

import pytest

from tests.extraction import acts_of


def statuses(text: str) -> set[str]:
    return {a.status for a in acts_of(text)}


@pytest.mark.parametrize("text", [
    "Ghana and Togo, whose 2018 agreement on space research has led to two joint launches, met in Accra.",
    "Chile and Peru, whose partnership in artificial intelligence drew criticism at home, met in Lima on Monday.",
    "Oman and Jordan, whose memorandum on cybersecurity dates from 2016, held talks in Muscat.",
])
def test_the_parties_own_act_told_nothing_of_in_a_whose_aside_is_in_force(text):
    assert statuses(text) == {"in-force"}


@pytest.mark.parametrize("text, status", [
    ("Ghana and Togo, whose agreement on space research was signed on Monday, met in Accra on Tuesday.", "signed"),
    ("Chile and Peru, whose talks on a pact on lithium stalled last year, met in Lima on Monday.", "planned"),
])
def test_what_a_whose_aside_tells_of_the_act_is_its_status(text, status):
    assert statuses(text) == {status}
