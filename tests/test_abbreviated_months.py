"""Dates as the text states them (eval guide), in the wire style that abbreviates a month with a full stop ("on Dec.
8", "Sept. 8, 2023", "in Feb. 2022"): the day and year after the stop belong to the date, never dropped for a
month of the passage's year."""

from __future__ import annotations

import datetime as dt

import pytest

from techpact.extract import extract_facts
from techpact.extract.dates import first_date
from techpact.loaders.document import Document

ISSUED = dt.date(2024, 12, 10)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The accord was signed on Dec. 8.", "2024-12-08"),
    ("The accord was signed on Sept. 8, 2023, in Lima.", "2023-09-08"),
    ("The memorandum was inked on Nov. 28 in Hanoi.", "2024-11-28"),
    ("The deal, reached on Aug. 30, 2022, took effect later.", "2022-08-30"),
    ("The sides agreed in Feb. 2022 to share satellite data.", "2022-02"),
    ("They met during Jan. 2023 and again in March.", "2023-01"),
    ("The treaty was ratified on Jan. 15, 2020, by both houses.", "2020-01-15"),
])
def test_an_abbreviated_month_keeps_its_day_and_year(sentence, expected):
    assert str(first_date(sentence, ISSUED)) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The accord was signed in Dec. Officials then left.", "2024-12"),
    ("The deal was reached in March.", "2024-03"),
])
def test_a_month_alone_is_still_a_month(sentence, expected):
    assert str(first_date(sentence, ISSUED)) == expected


def test_an_act_signed_on_an_abbreviated_day_is_dated_so():
    facts = extract_facts(Document(text="Singapore and Australia signed a digital economy agreement on Dec. 8.",
                                   source="test.txt", title=None, url=None, issued=ISSUED, media_type="text/plain"))
    assert [str(a.date) for a in facts.agreements] == ["2024-12-08"]
