"""An earlier act told in a sentence of its own takes that sentence's date, never the story's dateline day (sentences
written for the test, never taken from the eval passages)."""

from __future__ import annotations

import datetime as dt

import pytest

from techpact.extract import extract_facts
from techpact.extract.act_dates_earlier import earlier_act_date
from techpact.extract.facts import Agreement, Span
from techpact.loaders.document import Document

ISSUED = dt.date(2024, 10, 9)


def dated(text: str) -> set[tuple[str, str | None]]:
    facts = extract_facts(Document(text=text, source="t", issued=ISSUED))
    return {(a.kind, str(a.date) if a.date else None) for a in facts.agreements}


@pytest.mark.parametrize("text, date", [
    ("ACCRA, Oct 9 (Reuters) - Ghana and Togo launched a joint space office on Wednesday. In 2019, Ghana and Togo had "
     "reached a preliminary agreement on satellite data.", "2019"),
    ("ACCRA, Oct 9 (Reuters) - Ghana and Togo launched a joint space office on Wednesday. On 4 March, the two space "
     "agencies announced that Ghana and Togo had signed a memorandum on satellite data.", "2024-03-04"),
])
def test_act_dates_earlier_an_earlier_act_in_its_own_sentence_takes_its_date_not_the_dateline(text, date):
    found = dated(text)
    assert ("initiative", "2024-10-09") in found
    assert any(when == date for kind, when in found if kind != "initiative")


def _act(text: str, status: str = "signed") -> Agreement:
    act = Agreement(kind="mou", status=status, parties=["GHA", "TGO"])
    act.add_evidence(Span(0, len(text), text))
    return act


def test_act_dates_earlier_no_date_when_the_sentence_tells_another_act_too_or_the_act_is_in_force():
    text = "In 2019, Ghana and Togo had signed a memorandum on satellite data."
    assert str(earlier_act_date(_act(text), True, ISSUED)) == "2019"
    assert earlier_act_date(_act(text), False, ISSUED) is None
    assert earlier_act_date(_act(text, "in-force"), True, ISSUED) is None


def test_act_dates_earlier_no_date_after_the_story():
    assert earlier_act_date(_act("Ghana and Togo had signed a memorandum whose first satellite flies next year."), True, ISSUED) is None
