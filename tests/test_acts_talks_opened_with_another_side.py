"""A second verb phrase that opens talks with another side ("signed a data agreement with Rwanda and started talks
with Ghana", "will sign a memorandum with Brazil and hold negotiations with India") tells a second act with that side,
not one act of all three (extract/cues.py TALKS_OPENED, extract/__init__.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction import acts_of


@pytest.mark.parametrize("text, first, second", [
    ("Kenya signed a data agreement with Rwanda and started talks with Ghana on a space memorandum.",
     {"KEN", "RWA"}, {"GHA", "KEN"}),
    ("Peru will sign a lithium memorandum with Chile and hold negotiations with Bolivia to expand technological cooperation.",
     {"CHL", "PER"}, {"BOL", "PER"}),
])
def test_talks_opened_with_another_side_are_a_second_act(text, first, second):
    parties = [set(a.parties) for a in acts_of(text)]
    assert first in parties and second in parties and first | second not in parties
