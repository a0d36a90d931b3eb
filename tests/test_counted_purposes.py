"""A small count of instruments whose purposes are told one by one, each with its own "to", makes as many acts as the
count; purposes sharing one "to", or a count they do not match, stay one act. Sentences written for the test."""

from __future__ import annotations

import pytest

from techpact.extract.counted_purposes import purposes

from .extraction import acts_of


@pytest.mark.parametrize("text, number", [
    ("The central banks of Oman and Jordan signed two MoUs to promote local currencies and to link payment systems.", 2),
    ("Ghana and Togo signed three agreements on Monday to expand trade, to link power grids and to share satellite data.",
     3),
])
def test_purposes_told_one_by_one_make_as_many_acts_as_the_count(text, number):
    assert len(acts_of(text)) == number


@pytest.mark.parametrize("text", [
    "Ghana and Togo signed three agreements to boost trade and investment.",
    "Egypt and Sudan signed three agreements to finance and build a power plant.",
    # two purposes told for a count of three: the count does not match (a count of two is two acts whatever is told)
    "Ghana and Togo signed three agreements to expand trade and to link grids.",
])
def test_purposes_sharing_one_to_or_not_matching_the_count_stay_one_act(text):
    assert len(acts_of(text)) == 1


def test_purposes_counts_each_to_after_the_noun():
    assert purposes(" in Muscat to promote X and to link Y") == 2
    assert purposes(" on trade and investment") == 0
