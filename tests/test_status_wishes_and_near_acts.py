"""One side's wish for an instrument with the other ("Vietnam wants a free trade deal with Kenya") or its courting of
the other ("is courting Kenya for a partnership") is its offer: proposed. An instrument told as nearly there ("an
agreement on minerals was within reach", "a pact on chips is also in sight") is planned, not signed. Sentences written
for these tests."""

import pytest

from tests.extraction import acts_of


def statuses(text: str) -> list[str]:
    return [a.status for a in acts_of(text)]


@pytest.mark.parametrize("text", [
    "Vietnam wants a free trade deal with Kenya that covers e-commerce, its trade minister said.",
    "Chile is courting Peru for a partnership in lithium processing.",
    "Oman wanted a cybersecurity agreement with Jordan, officials said.",
])
def test_one_sides_wish_or_courting_is_its_offer(text):
    assert statuses(text) == ["proposed"]


@pytest.mark.parametrize("text", [
    "Kenya and Vietnam said an agreement on critical minerals was within reach.",
    "Ghana and Togo say a deal on digital payments is now in sight.",
])
def test_an_instrument_nearly_there_is_planned(text):
    assert statuses(text) == ["planned"]


def test_a_deal_signed_beside_one_in_sight_stays_signed():
    assert statuses("Kenya and Vietnam signed a deal on AI on Monday; a pact on chips is also in sight.") == ["signed", "planned"]


def test_courting_with_no_act_sought_is_no_offer():
    assert statuses("The US is courting India as a counterweight to China.") == []
