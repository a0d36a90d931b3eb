"""The agreeing told again with its day ("reached the agreement on Sunday during the summit") is the same agreeing
retold: what was agreed keeps the status its first telling gave it (extract/cues.py AGREEING_RETOLD). "Reached the
agreement on data sharing" names what was agreed, and is read as ever. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction import acts_of


@pytest.mark.parametrize("text", [
    "Leaders of Chile and Peru have agreed to increase lithium cooperation. The Chilean president reached the agreement "
    "on Sunday during the summit with the Peruvian president.",
    "Chile and Peru agreed to set up a joint lithium laboratory. The ministers reached the agreement on 5 May in Lima.",
])
def test_the_agreeing_retold_with_its_day_keeps_what_was_agreed_planned(text):
    assert {a.status for a in acts_of(text) if set(a.parties) == {"CHL", "PER"}} == {"planned"}
