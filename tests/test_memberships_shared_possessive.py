"""One possessive that closes a list of states belongs to all of them: "after Egypt, Ethiopia, Iran and the UAE's accession
to BRICS", "Finland and Sweden's entry into NATO in 2024 ...", "Egypt and Ethiopia's membership of BRICS took effect".
Found by varying the list size of the joining shapes (/tmp-side generator): only the state with the "'s" was read, or none.
Sentences written for these tests, with look-alikes that must not fire."""

from __future__ import annotations

import pytest

from .extraction import each, members


@pytest.mark.parametrize(("text", "expected"), [
    ("The summit came after Egypt, Ethiopia, Iran and the UAE's accession to BRICS.", each("BRICS", "EGY", "ETH", "IRN", "ARE")),
    ("Since Finland and Sweden's accession to NATO, the alliance has grown.", each("NATO", "FIN", "SWE")),
    ("Egypt and Ethiopia's membership of BRICS took effect on January 1.", each("BRICS", "EGY", "ETH")),
    ("Finland and Sweden's entry into NATO in 2024 ended decades of neutrality.", each("NATO", "FIN", "SWE")),
    ("The talks followed Iran and Belarus's accession to the SCO.", each("SCO", "IRN", "BLR")),
])
def test_a_possessive_closing_a_list_is_every_listed_states(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize("text", [
    "Since Egypt and Ethiopia's BRICS membership bid, talks grew.",
    "Since Finland and Sweden's NATO accession would anger Moscow, they waited.",
    "Serbia and Albania's accession to the EU is years away.",
    "Talks with Russia and Iran's hopes of joining the SCO dominated.",
    "Georgia and Moldova's bid to join the EU stalled.",
])
def test_a_shared_possessive_of_a_bid_or_a_future_accession_is_no_membership(text):
    assert members(text) == set()
