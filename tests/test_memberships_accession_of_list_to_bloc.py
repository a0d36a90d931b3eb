"""An accession told as a noun with its states and bloc names them members when it is done: "The addition of Egypt and Iran
to BRICS took effect in January", "The accession of Finland to NATO was completed", "With the accession of Egypt and Iran,
BRICS now has nine members". Found by a bloc-side joining generator (/tmp-side). Sentences written for these tests, with
look-alikes that must not fire (an accession to come or under discussion)."""

from __future__ import annotations

import pytest

from .extraction import each, members


@pytest.mark.parametrize(("text", "expected"), [
    ("The addition of Egypt and Iran to BRICS took effect in January.", each("BRICS", "EGY", "IRN")),
    ("The accession of Finland to NATO was completed on Tuesday.", each("NATO", "FIN")),
    ("The entry of Croatia into the EU became effective in 2013.", each("EU", "HRV")),
    ("With the accession of Egypt and Iran, BRICS now has nine members.", each("BRICS", "EGY", "IRN")),
    ("The addition of Egypt and Ethiopia to the BRICS group took effect on January 1.", each("BRICS", "EGY", "ETH")),
])
def test_a_done_accession_of_states_to_a_bloc(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize("text", [
    "With the accession of Ukraine, NATO would have 33 members.",
    "The accession of Ukraine to NATO would take effect after the war.",
    "The addition of Egypt to BRICS is under discussion.",
    "The accession of Serbia to the EU was delayed again.",
])
def test_an_accession_to_come_or_discussed_is_none(text):
    assert members(text) == set()
