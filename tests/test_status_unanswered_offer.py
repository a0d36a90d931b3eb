"""An offer never answered is no refusal: "never heard back", "did not hear back from" name no backing denied, so
the offer stays proposed (extract/status.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.extract.status import find_status
from techpact.loaders.document import Document


@pytest.mark.parametrize("text, expected", [
    ("Chile sent Peru a draft lithium accord, only to never hear back from Lima.", "proposed"),
    ("Chile sent Peru a draft lithium accord but has not heard back from Lima.", "proposed"),
    ("Chile offered Peru a space partnership and never got back a reply.", "proposed"),
])
def test_an_offer_never_answered_stays_proposed(text, expected):
    acts = extract_facts(Document(text=text, source="test.txt")).agreements
    assert [a.status for a in acts] == [expected]


@pytest.mark.parametrize("text", [
    "Peru did not back the lithium accord with Chile.",
    "Peru would never back a space partnership with Chile.",
])
def test_a_backing_denied_is_still_a_refusal(text):
    assert find_status(text) == "rejected"
