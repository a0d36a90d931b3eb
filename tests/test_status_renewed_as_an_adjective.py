""""Renewed" told as an adjective of the act ("this renewed collaboration", "the renewed partnership") names what the act
is, not a renewal that happened: no status of its own, so a later line does not turn an act told ahead into a signed
one (extract/status.py). The verb ("renewed their agreement", "was renewed") still tells a renewal. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from techpact.extract.status import find_status
from tests.extraction import acts_of


@pytest.mark.parametrize("text, expected", [
    ("This renewed Chile-Peru collaboration is seen as a response to rising demand.", None),
    ("The renewed partnership covers lithium refining.", None),
    ("Chile and Peru renewed their science agreement.", "signed"),
    ("The agreement was renewed in May.", "signed"),
])
def test_renewed_as_an_adjective_tells_no_renewal(text, expected):
    assert find_status(text) == expected


def test_an_act_told_ahead_stays_planned_after_its_renewed_collaboration_is_described():
    text = ("A letter of intent on lithium refining is set to be signed by Chile and Peru on 13 May. "
            "This renewed Chile-Peru collaboration is seen as a response to rising demand.")
    assert {a.status for a in acts_of(text) if set(a.parties) == {"CHL", "PER"}} == {"planned"}
