"""An act named with its age ("their decade-old partnership", "the 20-year-old space agreement", "a years-long
partnership") is one the parties already have: in force, as "decades-old" and "long-standing" already read; a term
("a five-year agreement") is no age, and a new act made under an aged one stays signed. Sentences written for these
tests."""

import pytest

from tests.extraction import acts_of


def statuses(text: str) -> set[str]:
    return {a.status for a in acts_of(text)}


@pytest.mark.parametrize("text", [
    "Kenya and Vietnam's decade-old partnership on digital health was the focus of talks in Nairobi.",
    "The 20-year-old space agreement between Chile and Peru was discussed in Lima.",
    "Ghana and Togo praised their decade-long cooperation in agricultural technology.",
    "Oman and Jordan reviewed their ten-year-old memorandum on cybersecurity.",
])
def test_an_act_named_with_its_age_is_in_force(text):
    assert statuses(text) == {"in-force"}


@pytest.mark.parametrize("text", [
    "Kenya and Vietnam signed a five-year agreement on artificial intelligence.",
    "Chile and Peru signed a ten-year memorandum on lithium research on Monday.",
])
def test_a_term_is_no_age(text):
    assert statuses(text) == {"signed"}
