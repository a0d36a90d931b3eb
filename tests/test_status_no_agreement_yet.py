"""An instrument told as not reached so far ("still no final agreement on the deal", "there is no agreement yet",
"there is still no agreement between A and B") is still being negotiated: planned, never the signed its noun alone
would give. A deal signed beside it keeps its own status. Sentences written for these tests."""

import pytest

from tests.extraction import acts_of


def statuses(text: str) -> set[str]:
    return {a.status for a in acts_of(text)}


@pytest.mark.parametrize("text", [
    "There is still no final agreement on a nuclear cooperation deal between Ghana and Togo.",
    "Chile and Peru have made progress, but there is no agreement yet on the lithium deal.",
    "There is still no agreement between Kenya and Rwanda on the data-sharing pact.",
    "Officials reported progress but still no final deal between Oman and Jordan on cybersecurity.",
])
def test_an_instrument_not_reached_so_far_is_planned(text):
    assert statuses(text) == {"planned"}


def test_a_deal_signed_beside_one_not_reached_stays_signed():
    assert "signed" in statuses("Chile and Peru signed a deal on AI; there is still no agreement on chips.")
