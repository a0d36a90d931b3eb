"""The making of an act told in the present of a time ahead or a condition ("once the memorandum is signed", "before
the agreement is concluded", "after the accord is signed") has not happened: planned (extract/status_aspect.py
_ONCE_BEFORE, extract/status_discourse.py). In the past ("after the agreement was signed") it has. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from techpact.extract.status import find_status
from tests.extraction import acts_of


@pytest.mark.parametrize("text, expected", [
    ("Once the memorandum is signed, Chilean engineers will train in Peru.", "planned"),
    ("Work on the satellite will start after the accord is formally signed.", "planned"),
    ("The crew cannot be named before the agreement is concluded, the minister said.", "planned"),
    ("As soon as the treaty is signed, both navies will share data.", "planned"),
    ("Work on the satellite started after the accord was signed in May.", "signed"),
    ("When the two ministers signed the memorandum, the engineers began work.", "signed"),
])
def test_a_making_told_in_the_present_of_a_time_ahead_is_not_done(text, expected):
    assert find_status(text) == expected


def test_a_later_clause_of_a_time_ahead_leaves_an_act_told_ahead_planned():
    text = ("Ghana and Togo may sign an agreement on solar power next month. There is no point in naming the "
            "engineers before the agreement is concluded, the minister said.")
    assert {a.status for a in acts_of(text) if set(a.parties) == {"GHA", "TGO"}} == {"planned"}
