"""A story dated to its month only ("DATE: 2024-10") gives "on Friday", "today" or "yesterday" that month, never a
day counted back from the 1st (sentences written for the test, never taken from the eval passages)."""

from __future__ import annotations

import datetime as dt

import pytest

from techpact.extract import extract_facts
from techpact.extract.act_dates_precision import news_date
from techpact.loaders.issued import IssuedMonth, IssuedYear, partial_issued
from techpact.loaders.document import Document
from techpact.loaders.records import parse_issued


def dates(text: str, issued: dt.date | None) -> set[str | None]:
    facts = extract_facts(Document(text=text, source="t", issued=issued))
    return {str(a.date) if a.date else None for a in facts.agreements}


def test_act_dates_precision_a_month_or_year_header_is_kept_as_such():
    assert isinstance(parse_issued("2024-10"), IssuedMonth)
    assert isinstance(parse_issued("2024"), IssuedYear)
    assert parse_issued("2024-10-03") == dt.date(2024, 10, 3) and not isinstance(parse_issued("2024-10-03"), IssuedMonth)
    assert partial_issued("12 March 2024") is None


@pytest.mark.parametrize("text", [
    "Ghana and Togo signed a memorandum of understanding on satellite data on Thursday.",
    "Ghana and Togo today signed a memorandum of understanding on satellite data.",
    "Ghana and Togo signed a memorandum of understanding on satellite data yesterday.",
    "Ghana and Togo have signed a memorandum of understanding on satellite data.",
])
def test_act_dates_precision_a_weekday_in_a_story_dated_to_its_month_is_that_month(text):
    assert dates(text, partial_issued("2024-10")) == {"2024-10"}


def test_act_dates_precision_a_full_date_in_the_text_keeps_its_day():
    text = "Ghana and Togo signed a memorandum of understanding on satellite data on 28 September 2024."
    assert dates(text, partial_issued("2024-10")) == {"2024-09-28"}


def test_act_dates_precision_a_story_dated_to_the_day_still_counts_back_the_weekday():
    text = "Ghana and Togo signed a memorandum of understanding on satellite data on Monday."
    assert dates(text, dt.date(2024, 10, 3)) == {"2024-09-30"}


def test_act_dates_precision_last_month_is_counted_from_the_month():
    text = "Ghana and Togo signed a memorandum of understanding on satellite data last month."
    assert dates(text, partial_issued("2024-10")) == {"2024-09"}


def test_act_dates_precision_news_date_at_each_precision():
    assert str(news_date(IssuedYear(2024, 1, 1))) == "2024"
    assert str(news_date(IssuedMonth(2024, 10, 1))) == "2024-10"
    assert str(news_date(dt.date(2024, 10, 3))) == "2024-10-03"
