"""An instrument, or its making, that a side looks forward to is still to come: planned (extract/status_variants.py,
"forward to"). Its implementation or entry into force looked forward to leaves it made. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.extraction import acts_of


def statuses(text: str, parties: set[str]) -> set[str]:
    return {a.status for a in acts_of(text) if set(a.parties) == parties}


@pytest.mark.parametrize("text, parties", [
    ("Fiji's minister said he looks forward to finalising the agreements on submarine cables with Tonga.", {"FJI", "TON"}),
    ("Peru looks forward to the Peru-Chile Digital Economy Agreement.", {"CHL", "PER"}),
    ("We look forward to further cooperation, including the Ghana-Togo solar energy pact, Ghana's minister said.", {"GHA", "TGO"}),
    ("Mongolia looked forward to an early conclusion of a space treaty with Kazakhstan.", {"KAZ", "MNG"}),
])
def test_an_instrument_looked_forward_to_is_planned(text, parties):
    assert statuses(text, parties) == {"planned"}


@pytest.mark.parametrize("text, parties", [
    ("Fiji and Tonga signed a cable agreement. Fiji looks forward to the agreement bringing faster internet.", {"FJI", "TON"}),
    ("Peru signed an AI memorandum with Chile and looks forward to working together.", {"CHL", "PER"}),
])
def test_other_things_looked_forward_to_leave_the_act_signed(text, parties):
    assert statuses(text, parties) == {"signed"}
