"""An entry into force told in the present of a when- or if-clause ("When it comes into force, the accord will ...")
is a time ahead: it tells neither the act's making nor its force, so an act told ahead stays planned
(extract/status_concluding_ahead.py entry_in_time_ahead). In the past ("when it came into force in 2010") it runs.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract.status import find_status
from tests.extraction import acts_of


@pytest.mark.parametrize("text, expected", [
    ("When it comes into force, the accord will simplify lithium trade.", "planned"),
    ("If the treaty enters into force, both navies will share satellite data.", "planned"),
    ("When the agreement came into force in 2010, lithium trade grew.", "in-force"),
])
def test_an_entry_into_force_in_a_time_ahead_tells_no_force(text, expected):
    assert find_status(text) == expected


def test_an_act_to_be_signed_stays_planned_after_its_entry_into_force_is_told_ahead():
    text = ("Chile and Peru are expected to sign a lithium deal by the end of the year. When it comes into force, "
            "the accord will simplify lithium trade between Chile and Peru.")
    assert {a.status for a in acts_of(text) if set(a.parties) == {"CHL", "PER"}} == {"planned"}
