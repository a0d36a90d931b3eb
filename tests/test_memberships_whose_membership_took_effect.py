"""A state with an apposition telling its own accession done ("Iran, whose membership of the SCO took effect in 2023, ...",
"Sweden, whose NATO accession was completed in March, ...") is a member. Found by the second passing-membership generator
(/tmp-side): every such apposition was missed. Sentences written for these tests, with look-alikes that must not fire (a
bid, an accession to come, one approved only in principle, a suspended membership)."""

from __future__ import annotations

import pytest

from .extraction import each, members


@pytest.mark.parametrize(("text", "expected"), [
    ("Iran, whose membership of the SCO took effect in 2023, signed a trade deal with Pakistan.", each("SCO", "IRN")),
    ("Sweden, whose NATO accession was completed in March, sent troops to Latvia.", each("NATO", "SWE")),
    ("Egypt, whose BRICS membership became effective on January 1, will host the meeting.", each("BRICS", "EGY")),
    ("The SCO met in Astana. Belarus, whose membership of the bloc was formally approved in July, signed.", each("SCO", "BLR")),
    ("Croatia (whose accession to the EU dates back to 2013) backed the plan.", each("EU", "HRV")),
])
def test_an_apposition_telling_the_states_accession_done(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize("text", [
    "Ukraine, whose NATO membership bid stalled, signed a deal.",
    "Serbia, whose accession to the EU is expected in 2030, signed a deal.",
    "Georgia, whose EU membership was suspended, signed a deal.",
    "Turkey, whose accession to the EU was approved in principle, signed a deal.",
    "Albania, whose membership of the EU would take effect in 2030, signed a deal.",
])
def test_a_bid_an_accession_to_come_or_in_principle_is_no_membership(text):
    assert members(text) == set()
