"""A clause dated a year or more back from the story ("in May of last year", "two years ago") tells another act than
the one in focus told this week, as a clause of another year does (act_times); sentences written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from techpact.extract import extract_facts
from techpact.extract.act_times import when_told
from techpact.loaders.document import Document

_STORY = dt.date(2022, 5, 19)


def acts(text: str) -> list[tuple[str, str | None]]:
    facts = extract_facts(Document(text=text, source="t.txt", title=None, url=None, issued=_STORY, media_type="text/plain"))
    return [(a.status, str(a.date) if a.date else None) for a in facts.agreements if set(a.parties) == {"GHA", "TGO"}]


@pytest.mark.parametrize("earlier, date", [
    ("Ghana and Togo agreed to strengthen cooperation in solar power at a summit in May of last year.", "2021-05"),
    ("Ghana and Togo agreed to strengthen cooperation in solar power two years ago.", None),
])
def test_an_agreeing_told_years_back_is_another_act_than_this_weeks(earlier, date):
    found = acts("Ghana and Togo are expected to sign an agreement on solar power on Saturday, officials said Thursday. "
                 + earlier)
    assert len(found) == 2
    assert ("planned", date) in found


def test_years_back_are_times_a_clause_tells():
    assert when_told("They agreed in May of last year.") == {"last year"}
    assert when_told("They met on Friday in 2021.") == {"Friday", "2021"}
