"""A state-owned lender named after its state ("the Export-Import Bank of China", "China's Exim Bank", "the China
Development Bank", "the Industrial and Commercial Bank of China") is a company: a government's loan or deal with it is
no interstate act (the guide: a government and a foreign company). A central bank acting for its state ("the People's
Bank of China", "the Bank of Russia") still is. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .extraction import party_sets, sets


@pytest.mark.parametrize("text", [
    "Kenya signed a $1 billion loan agreement with the Export-Import Bank of China on Monday.",
    "Kenya signed a loan agreement with China's Exim Bank to build a data centre.",
    "Ethiopia signed an MoU with the China Development Bank on fibre networks.",
    "Zambia inked a deal with the Industrial and Commercial Bank of China on digital payments.",
    "Sri Lanka signed a credit line agreement with India's Exim Bank for solar projects.",
])
def test_a_state_owned_lender_is_no_state(text):
    assert not [s for s in party_sets(text) if len(s) >= 2]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Central Bank of Kenya signed a memorandum with the People's Bank of China on digital payments.", ["CHN+KEN"]),
    ("The Central Bank of Egypt signed an agreement with the Bank of Russia on payment cards.", ["EGY+RUS"]),
])
def test_a_central_bank_still_acts_for_its_state(text, expected):
    assert party_sets(text) == sets(*expected)
