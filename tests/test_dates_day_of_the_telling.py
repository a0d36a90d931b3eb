"""An act dated only by the weekday its source spoke on ("..., state media reported late on Monday") takes the date
of its signing when a later sentence of the act tells it ("They signed the agreement Saturday in Beijing"): the day of
the telling is not the day of the act (__init__._add_details, act_times.without_telling_day). Sentences written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document

ISSUED = dt.date(2019, 4, 29)  # a Monday


def dates(text: str) -> list[str]:
    return [str(a.date) for a in extract_facts(Document(text=text, source="test.txt", issued=ISSUED)).agreements]


@pytest.mark.parametrize("text", [
    "Nepal has signed an agreement with India on satellite data, state media reported late on Monday. "
    "The two countries signed the agreement Saturday in Kathmandu.",
    "Nepal has signed an agreement with India on satellite data, the ministry said on Monday. "
    "The agreement was signed in Kathmandu on Saturday.",
])
def test_the_signing_day_told_later_dates_the_act(text):
    assert dates(text) == ["2019-04-27"]


@pytest.mark.parametrize("text, expected", [
    ("Nepal has signed an agreement with India on satellite data, the ministry said on Monday.", ["2019-04-29"]),
    ("Nepal signed an agreement with India on satellite data on March 3, the ministry said on Monday. "
     "The agreement was signed in Kathmandu on Saturday.", ["2019-03-03"]),
])
def test_a_date_told_with_the_act_itself_stays(text, expected):
    assert dates(text) == expected


def test_a_signing_ceremony_told_as_held_dates_the_act():
    assert dates("An agreement between Nepal and India on satellite data strengthens their ties, the ministry said in a "
                 "statement on Monday. The ceremony of signing the agreement took place in Kathmandu on Saturday.") == ["2019-04-27"]
