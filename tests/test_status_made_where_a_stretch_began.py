"""An act whose making is told as where a stretch in the perfect began ("progress has been made since the two countries
signed a partnership in 2015", "trade has grown since Chile and Peru signed a trade agreement") runs since then: in
force (extract/status_aspect.py _SINCE_MADE_BEFORE). A signing told on its own, or a causal "since" ahead, is not.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract.status import find_status


@pytest.mark.parametrize("text, expected", [
    ("Good progress has been made since the two countries signed a strategic partnership in 2015.", "in-force"),
    ("Lithium trade has grown since Chile and Peru signed a trade agreement in 2009.", "in-force"),
    ("Ties have improved since Chile signed an agreement on data with Peru.", "in-force"),
    ("Chile and Peru signed a lithium agreement in May.", "signed"),
    ("Since they signed the deal, Chile and Peru will now build a plant.", "signed"),
])
def test_a_making_where_a_stretch_in_the_perfect_began_is_in_force(text, expected):
    assert find_status(text) == expected
