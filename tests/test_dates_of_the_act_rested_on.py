"""The date of the older act a new one rests on is that act's, not the new one's: "signed an agreement on Monday,
building on a memorandum signed in 2022" dates the memorandum 2022 and leaves the agreement to its own day; "an
extension of an accord concluded in 2015" likewise. Sentences written for these tests; an act told with its own year
("have a memorandum signed in 2015") keeps it."""

from __future__ import annotations

import datetime as dt

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def _dates(text: str, issued: dt.date | None = None) -> dict[tuple[str, str], str | None]:
    facts = extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=issued, media_type="text/plain"))
    return {(a.kind, a.status): (str(a.date) if a.date else None) for a in facts.agreements}


@pytest.mark.parametrize("text, older", [
    ("Ghana and Togo signed an agreement on power trade in March 2024, building on a memorandum signed in 2022.",
     ("mou", "in-force")),
    ("Chile and Peru signed a deal on lithium in May 2025, building upon an accord concluded in 2019.",
     ("agreement", "in-force")),
])
def test_the_older_acts_year_dates_the_older_act_only(text, older):
    found = _dates(text)
    assert found[older].startswith(("2022", "2019"))
    assert found[("agreement", "signed")].startswith(("2024-03", "2025-05"))


def test_a_new_act_told_only_with_the_older_acts_year_has_no_date_of_its_own():
    found = _dates("Ghana and Togo signed an agreement on power trade on Monday, building on a memorandum signed in 2022.")
    assert found[("agreement", "signed")] is None and found[("mou", "in-force")] == "2022"


def test_an_act_told_with_its_own_year_keeps_it():
    assert _dates("Ghana and Togo have a memorandum signed in 2015 on energy.") == {("mou", "in-force"): "2015"}
