"""An instrument named by its signing in a year before the story's is an older act, not the act in focus told with no
time (extract/earlier_signings.py), and is dated by that signing; a ratification told as the means of a thing ahead
("agreed to boost trade by ratifying the agreement") is still to come (extract/status_aspect.py). Sentences written
for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from techpact.extract.status import find_status
from tests.extraction import acts_of


def _acts(text: str, issued: dt.date | None = dt.date(2024, 10, 7)):
    return sorted((a.kind, a.status, str(a.date) if a.date else None) for a in acts_of(text, issued))


def test_an_instrument_signed_in_an_earlier_year_is_another_act():
    text = ("On the sidelines of the summit, the coast guards of Ghana and Togo signed a memorandum of understanding on "
            "maritime data. During the talks, the two presidents agreed to boost trade by ratifying the bilateral "
            "digital trade agreement signed in September 2023.")
    acts = _acts(text)
    assert [kind for kind, _, _ in acts] == ["agreement", "mou"]
    assert ("agreement", "signed", "2023-09") in acts


@pytest.mark.parametrize("text", [
    # the same year as the story: the act in focus told again
    "Ghana and Togo signed a memorandum of understanding on maritime data. The memorandum, signed in May 2024, covers "
    "port systems.",
    # the act in focus told with its own time is told apart by that time, as before
    "Ghana and Togo signed a memorandum of understanding on maritime data in 2024. They also discussed the memorandum.",
])
def test_an_instrument_of_the_story_year_or_told_again_is_the_same_act(text):
    assert len(_acts(text)) == 1


def test_a_new_act_beside_an_older_one_named_by_its_signing_takes_no_date_of_it():
    acts = _acts("Building on the accord signed in 2019, Ghana and Togo signed an accord on data centres.", issued=None)
    assert ("agreement", "signed", "2019") not in acts


@pytest.mark.parametrize("text", [
    "The leaders agreed to boost trade by ratifying the free trade agreement signed in 2023.",
    "The two sides will deepen their ties by ratifying the data pact.",
])
def test_a_ratification_told_as_the_means_of_a_thing_ahead_is_not_done(text):
    assert find_status(text) == "signed"


def test_a_ratification_done_by_a_means_is_in_force():
    assert find_status("Ghana completed the process by ratifying the data pact in May.") == "in-force"
