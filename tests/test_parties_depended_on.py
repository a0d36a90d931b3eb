"""A state a side is said to be dependent or reliant on ("does not become overly dependent on traditional markets such
as the United States") is the object of that dependence, not a side of an act (extract/roles.py NOT_PARTY_BEFORE).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction import acts_of


@pytest.mark.parametrize("text, outside", [
    ("The strategy is crucial to ensure Peru does not become overly dependent on traditional markets such as the United States.", "USA"),
    ("Peru signed a lithium memorandum with Chile to become less reliant on China.", "CHN"),
    ("Kenya and Ghana launched a data initiative, as Ghana remains dependent on Nigeria for cloud services.", "NGA"),
])
def test_a_state_depended_on_is_no_party(text, outside):
    assert all(outside not in a.parties for a in acts_of(text))
