"""An act told as one of what the sides made just before ("These include ...", "Among them is ...") takes that
making's status when its own sentence tells none (extract/status_included.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction import acts_of


def _partnerships(text: str) -> list[str]:
    return [a.status for a in acts_of(text) if a.kind == "partnership"]


@pytest.mark.parametrize("text", [
    "Ghana and Togo announced new initiatives on Monday. These include the Coastal Health Network, a partnership to "
    "train nurses.",
    "Ghana and Togo signed four agreements in Lome. Among them is a partnership on solar power.",
    "Ghana and Togo launched several initiatives at the summit. They also included a partnership on fisheries data.",
])
def test_an_act_listed_among_those_made_is_made(text):
    assert _partnerships(text) == ["signed"]


@pytest.mark.parametrize("text, status", [
    # the making is still ahead: so is what it holds
    ("Ghana and Togo will launch new initiatives next year. These include a partnership on solar power.", "planned"),
    # a status told in the listing sentence itself stands
    ("Ghana and Togo signed four agreements. Among them is a partnership on solar power that is to be launched in May.",
     "planned"),
    # no inclusion: the kind's default
    ("Ghana and Togo signed four agreements. A partnership on solar power is a priority for both.", "planned"),
])
def test_a_listed_act_ahead_or_with_its_own_status_keeps_it(text, status):
    assert _partnerships(text) == [status]
