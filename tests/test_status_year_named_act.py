"""An act named only by the year of its making as its attribute ("the 2020 US-Mexico-Canada agreement"), whose
sentence tells nothing else of its status, stands when that year is before the news: in force, not signed. A year of
the news itself, or no news date, leaves it signed. Sentences written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from .extraction import acts_of

_NEWS = dt.date(2024, 5, 2)


@pytest.mark.parametrize("text", [
    "Critics say the rules break with the 2019 Kenya-Ghana agreement on data flows.",
    "Exporters fear the measures undermine policy enshrined in their 2015 treaty between Peru and Chile.",
])
def test_an_act_named_by_an_earlier_year_stands(text):
    assert [act.status for act in acts_of(text, issued=_NEWS)] == ["in-force"]


@pytest.mark.parametrize("text, issued", [
    ("Critics say the rules break with the 2024 Kenya-Ghana agreement on data flows.", _NEWS),
    ("Critics say the rules break with the 2019 Kenya-Ghana agreement on data flows.", None),
])
def test_an_act_named_by_the_news_year_or_with_no_news_date_stays_signed(text, issued):
    assert [act.status for act in acts_of(text, issued=issued)] == ["signed"]


def test_a_wish_of_people_in_a_relative_clause_tells_nothing_of_the_act():
    text = ("The rules pleased lawmakers who want to curb big tech firms, but angered exporters who say they break "
            "with the 2019 Kenya-Ghana agreement on data flows.")
    assert [act.status for act in acts_of(text, issued=_NEWS)] == ["in-force"]


@pytest.mark.parametrize("text", [
    "Kenya wants to sign a data agreement with Ghana.",
    "Kenya, which wants to sign a data agreement with Ghana, sent a delegation.",
])
def test_a_wish_of_a_state_is_still_a_plan(text):
    assert [act.status for act in acts_of(text)] == ["planned"]
