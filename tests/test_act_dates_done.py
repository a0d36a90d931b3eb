"""A done act is never dated after the story that tells it, and one announced in the lead's perfect is of the story's
day (sentences written for the test, never taken from the eval passages)."""

from __future__ import annotations

import datetime as dt

import pytest

from techpact.extract import extract_facts
from techpact.extract.act_dates_done import after_story, announced_now
from techpact.extract.facts import PartialDate
from techpact.loaders.document import Document

ISSUED = dt.date(2024, 10, 9)


def dated(text: str) -> set[tuple[str, str | None]]:
    facts = extract_facts(Document(text=text, source="t", issued=ISSUED))
    return {(a.status, str(a.date) if a.date else None) for a in facts.agreements}


@pytest.mark.parametrize("text", [
    "To open the first ground station next year, Ghana and Togo signed a memorandum on satellite data on 3 October.",
    "Ghana and Togo signed a memorandum on satellite data; the joint satellite is to be launched in 2027, and the deal "
    "was signed on 3 October.",
])
def test_act_dates_done_a_date_after_the_story_is_passed_over_for_the_act_s_own(text):
    assert ("signed", "2024-10-03") in dated(text)


def test_act_dates_done_a_signed_act_takes_no_date_after_the_story():
    text = ("Officials from the two countries met in Accra to review their work. "
            "Ghana and Togo signed a memorandum on satellite data, and the first joint ground station will open next year.")
    assert dated(text) == {("signed", None)}


def test_act_dates_done_a_planned_act_keeps_its_date_ahead():
    assert ("planned", "2025") in dated("Ghana and Togo will sign a memorandum on satellite data next year.")


@pytest.mark.parametrize("text", [
    "Ghana has announced a partnership with Togo on satellite data.",
    "Ghana and Togo have jointly announced a new initiative on artificial intelligence.",
])
def test_act_dates_done_an_instrument_announced_in_the_lead_perfect_is_of_the_story_s_day(text):
    assert announced_now(text)
    assert ("2024-10-09" in {date for _, date in dated(text)})


@pytest.mark.parametrize("text", [
    "Ghana has announced plans for a partnership with Togo on satellite data.",
    "Ghana had announced a partnership with Togo on satellite data.",
    "Ghana has previously announced a partnership with Togo on satellite data.",
])
def test_act_dates_done_plans_or_past_announcements_are_not_of_the_story_s_day(text):
    assert not announced_now(text)


def test_act_dates_done_after_story_at_the_story_s_precision():
    assert after_story(PartialDate(2025), ISSUED)
    assert not after_story(PartialDate(2024), ISSUED)
    assert not after_story(PartialDate(2024, 10), ISSUED)
    assert after_story(PartialDate(2024, 10, 10), ISSUED)
    assert not after_story(PartialDate(2025), None)
