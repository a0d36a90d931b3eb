"""A sentence that tells an act's age ("marks the 25th anniversary of", "celebrated ten years of") dates the marking,
not the act: an act in force told so takes no date from it (extract/act_dates_spans.tells_age). A making told on a day
keeps that day. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def dates(text: str) -> list[str | None]:
    document = Document(text=text, source="test.txt", issued=dt.date(2023, 7, 28))
    return [str(a.date) if a.date else None for a in extract_facts(document).agreements]


@pytest.mark.parametrize("text", [
    "This year marks the 25th anniversary of the strategic partnership between Kazakhstan and China in energy.",
    "On Monday, Kazakhstan and China celebrated 25 years of their strategic partnership in energy.",
    "In 2023 Chile and Japan marked three decades of cooperation in astronomy.",
])
def test_an_act_whose_age_is_told_takes_no_date_from_that_sentence(text):
    assert dates(text) == [None]


def test_a_making_told_on_a_day_keeps_it():
    assert dates("Kazakhstan and China signed a strategic partnership in energy on Monday.") == ["2023-07-24"]
