"""Allies counted and named in a passage about an alliance are its members (membership_allies.py): "Seventeen allied
countries agreed to launch the fund. They include: L", "Three allies -- L -- signed". Sentences written for these
tests, with look-alikes: a count the list does not meet, a bloc that is no alliance, and allies never named."""

from __future__ import annotations

import pytest

from .extraction import each, members

_NATO = "NATO ministers met in Brussels to help the alliance invest in new technology. "


@pytest.mark.parametrize(("text", "expected"), [
    (_NATO + "Thirteen allied countries agreed to fund start-ups. They include: Belgium, Estonia, Germany, Greece, "
     "Hungary, Italy, Latvia, Lithuania, Luxembourg, Poland, Portugal, Romania and Slovakia.",
     each("NATO", "BEL", "EST", "DEU", "GRC", "HUN", "ITA", "LVA", "LTU", "LUX", "POL", "PRT", "ROU", "SVK")),
    (_NATO + "Three allies -- Norway, Denmark and Iceland -- signed a letter on undersea cables.",
     each("NATO", "NOR", "DNK", "ISL")),
    (_NATO + "Four allied nations backed the plan. These are Canada, Spain, Croatia and Albania.",
     each("NATO", "CAN", "ESP", "HRV", "ALB")),
])
def test_counted_allies_named_in_an_alliance_passage_are_members(text, expected):
    assert expected <= members(text)


@pytest.mark.parametrize("text", [
    _NATO + "Four allied countries agreed to fund start-ups. They include: Belgium, Estonia and Germany.",
    "Mercosur leaders met in Montevideo. Three allied countries agreed on payments. They include: Brazil, Chile and "
    "Peru.",
    _NATO + "Three allied countries agreed to fund start-ups. Officials from Japan, Korea and India watched.",
])
def test_a_count_not_met_a_bloc_that_is_no_alliance_or_allies_not_named_are_no_members(text):
    found = members(text)
    assert not {pair for pair in found if pair[0] in ("BEL", "EST", "DEU", "BRA", "CHL", "PER", "JPN", "KOR", "IND")}
