"""An act a story's lead tells concluded in the hot-news perfect or the headline present, with no time of its own, is
dated on the day the story was published (sentences written for the test, never taken from the eval passages)."""

from __future__ import annotations

import datetime as dt

import pytest

from techpact.extract import extract_facts
from techpact.extract.status_discourse import hot_news
from techpact.loaders.document import Document

ISSUED = dt.date(2024, 10, 1)


def dates(text: str) -> set[tuple[frozenset, str | None]]:
    facts = extract_facts(Document(text=text, source="t", issued=ISSUED))
    return {(frozenset(a.parties), str(a.date) if a.date else None) for a in facts.agreements}


@pytest.mark.parametrize("text", [
    "Ghana and Togo have signed a memorandum of understanding on satellite data.",
    "The central banks of Ghana and Togo have officially inked two agreements on payments.",
    "Ghana and Togo have launched a joint initiative on AI.",
])
def test_a_lead_act_concluded_in_the_hot_news_perfect_is_of_the_publication_day(text):
    assert dates(text) == {(frozenset({"GHA", "TGO"}), "2024-10-01")}


@pytest.mark.parametrize("text", [
    "Ghana and Togo signed a memorandum of understanding on satellite data in 2019.",
    "Ghana and Togo have previously signed a memorandum on satellite data.",
    "Ghana and Togo will sign a memorandum of understanding on satellite data.",
    "Ghana and Togo have agreed to set up a joint fund for chips.",
])
def test_a_lead_act_dated_elsewhere_told_as_past_or_ahead_gets_no_publication_day(text):
    assert ("2024-10-01" not in {date for _, date in dates(text)})


def test_an_act_told_late_in_the_story_gets_no_publication_day():
    text = ("Ghana's president arrived in Lome for a two-day visit. "
            "He met business leaders and toured the port. "
            "Officials said the talks were friendly. "
            "Ghana and Togo have signed a memorandum on satellite data.")
    assert "2024-10-01" not in {date for _, date in dates(text)}


@pytest.mark.parametrize("text, told", [
    ("Ghana, Togo sign chip deal", True),
    ("Ghana and Togo have sealed a deal on lithium.", True),
    ("Ghana and Togo to sign chip deal", False),
    ("Ghana and Togo have already signed a deal on lithium.", False),
    ("Ghana and Togo signed a deal on lithium last year.", False),
])
def test_the_hot_news_perfect_and_headline_present_are_told_apart_from_past_and_future(text, told):
    assert hot_news(text) is told


@pytest.mark.parametrize("text", [
    "Ghana and Togo signed a memorandum on AI in May. The deal will expire in 2030 unless renewed.",
    "Ghana and Togo signed a memorandum on AI in May. The memorandum expires in 2029.",
])
def test_an_end_still_ahead_does_not_date_the_act(text):
    assert {date for _, date in dates(text)} == {"2024-05"}


@pytest.mark.parametrize("text, date", [
    ("Peru's Congress on Wednesday approved the space agreement with Chile. "
     "The accord was signed by the two governments in Lima last October.", "2023-10"),
    ("Chile has extended its lithium agreement with Peru for another four years, the ministry said on Tuesday. "
     "The agreement, first signed in 2017, funds joint laboratories.", "2017"),
])
def test_an_act_in_force_by_a_later_step_is_dated_by_its_signing(text, date):
    assert {d for parties, d in dates(text) if parties == frozenset({"CHL", "PER"})} == {date}


def test_an_act_signed_and_ratified_on_told_days_keeps_the_day_of_its_first_telling_when_no_signing_is_told_apart():
    text = "Peru's Congress ratified the space agreement with Chile on Wednesday."
    assert {d for _, d in dates(text)} == {"2024-09-25"}
