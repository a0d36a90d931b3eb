"""One side encouraging another to act ("encouraged the US to collaborate with ASEAN on digital transformation") is
urging it: an offer, proposed (extract/status_variants.py "press|encourag"). An act or the sides encouraging others is
no offer between them. Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract.status import find_status


@pytest.mark.parametrize("text, expected", [
    ("In the field of digitalisation, he encouraged Japan to collaborate with Vietnam to advance digital infrastructure.", "proposed"),
    ("Kenya encourages Rwanda to invest in its satellite programme.", "proposed"),
    ("Chile is encouraging Peru to work with it on lithium refining.", "proposed"),
    ("The agreement encourages the two sides to share data.", None),
    ("Both sides encouraged their companies to invest.", None),
])
def test_encouraging_the_other_side_to_act_is_an_offer(text, expected):
    assert find_status(text) == expected
