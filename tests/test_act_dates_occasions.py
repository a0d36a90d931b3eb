"""An act told at an occasion takes the occasion's date, whichever of its sentences names that occasion (sentences
written for the test, never taken from the eval passages)."""

from __future__ import annotations

import datetime as dt

import pytest

from techpact.extract import extract_facts
from techpact.extract.act_dates_occasions import told_at_occasion_held
from techpact.loaders.document import Document

ISSUED = dt.date(2024, 10, 9)


def dated(text: str) -> set[tuple[str, str | None]]:
    facts = extract_facts(Document(text=text, source="t", issued=ISSUED))
    return {(a.status, str(a.date) if a.date else None) for a in facts.agreements}


@pytest.mark.parametrize("text", [
    "The presidents of Ghana and Togo held a meeting in Accra on 3 October. Ghana and Togo agreed to deepen cooperation "
    "on satellite data. Several memoranda of understanding were signed during a meeting between the two presidents. It "
    "was the first visit since the two countries opened a joint commission in 1998.",
    "Ghana's president was in Lome on 3 October for a meeting with his Togolese counterpart. Ghana and Togo agreed on a "
    "memorandum on satellite data, a step long in the making. The memorandum was signed during a meeting between the "
    "two presidents. The two countries opened a joint commission in 1998.",
])
def test_act_dates_occasions_an_occasion_named_in_a_later_sentence_dates_the_act(text):
    assert ("signed", "2024-10-03") in dated(text)


def test_act_dates_occasions_an_adopted_plan_at_the_meeting_is_of_the_meeting_s_day():
    text = ("Ghana and Togo adopt a plan for satellite data\n"
            "On 2 October 2024, Accra hosted the third meeting of the heads of the space agencies of Ghana and Togo. "
            "During the meeting, Ghana and Togo adopted an action plan on satellite data.")
    assert ("signed", "2024-10-02") in dated(text)


@pytest.mark.parametrize("text", [
    "Several memoranda were signed during a meeting between the two presidents.",
    "On the sidelines of the summit, the coast guards of Ghana and Togo signed a memorandum.",
    "The two ministers agreed in the course of their talks to set up a working group.",
])
def test_act_dates_occasions_told_at_an_occasion(text):
    assert told_at_occasion_held(text, "signed")


@pytest.mark.parametrize("text, status", [
    ("The memorandum was signed during Ghana's previous visit to Togo.", "signed"),
    ("Fulfilling a commitment made at the summit, Ghana and Togo signed a memorandum.", "signed"),
    ("The memorandum will be signed during the upcoming visit to Togo.", "planned"),
    ("Ghana and Togo, which cooperate under a 2010 agreement, met at the forum.", "in-force"),
    ("Ghana and Togo are to sign a memorandum at the summit.", "planned"),
])
def test_act_dates_occasions_not_told_at_the_occasion_held(text, status):
    assert not told_at_occasion_held(text, status)


def test_act_dates_occasions_an_act_told_after_the_dated_occasion_is_of_that_occasion():
    text = ("Ghana's president hosted the leaders of Togo and Benin in Accra on 3 October for the second Gulf of Guinea "
            "Summit. To take their agenda forward, the leaders of Ghana, Togo and Benin adopted the Accra Declaration on "
            "satellite data.")
    assert dated(text) == {("signed", "2024-10-03")}


def test_act_dates_occasions_an_occasion_told_after_the_act_or_still_ahead_dates_nothing():
    text = ("Ghana and Togo adopted the Accra Declaration on satellite data. The text was drafted by officials. "
            "Ghana's president will host a summit with Togo on 3 December.")
    assert dated(text) == {("signed", None)}
