"""The weekday a source spoke on ("the ministry said in a statement on Tuesday", "state media reported late on Monday")
is the day of the telling, not a time of the act: a signing told later "on Monday" is the same act's, not another
act's past (act_times.when_told). Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.extract.act_times import when_told
from techpact.loaders.document import Document

QUOTE = ('"It envisages a dialogue between the two countries\' competent bodies on cyber security issues, as well as '
         'consultations on this issue," it stated.')


def statuses(text: str) -> list[str]:
    return [a.status for a in extract_facts(Document(text=text, source="test.txt")).agreements]


@pytest.mark.parametrize("text", [
    "An agreement between Peru and Chile on cyber security confirms their partnership, the ministry said in a statement "
    "on Tuesday. " + QUOTE + " The ceremony of signing the agreement took place in Lima on Monday.",
    "An agreement between Peru and Chile on cyber security confirms their partnership, the ministry said on Tuesday. "
    + QUOTE + " The agreement was signed in Lima on Monday.",
])
def test_a_signing_on_another_day_than_the_telling_is_the_acts(text):
    assert statuses(text) == ["signed"]


@pytest.mark.parametrize("text, told", [
    ("the ministry said in a statement on Tuesday", set()),
    ("state media reported late on Monday", set()),
    ("officials told reporters on Friday that the deal was done", set()),
    ("the two sides signed the memorandum on Tuesday", {"Tuesday"}),
    ("the ministry said the pact was signed on Monday, 2019", {"Monday", "2019"}),
])
def test_the_day_of_the_telling_is_no_time_of_the_act(text, told):
    assert set(when_told(text)) == told
