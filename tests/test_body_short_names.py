"""A state body named again by its head noun alone (extract/body_short_names.py): "the Commission" after "the European
Commission" is the EU acting, unless another Commission was named in between; a lower-case "commission" names
nothing. Sentences written for the test."""

from __future__ import annotations

import pytest

from .extraction import party_sets, sets


@pytest.mark.parametrize("text, expected", [
    ("The European Commission wants more digital ties in Asia. Last month the Commission signed a partnership on "
     "semiconductors with Japan.", ["EU+JPN"]),
    ("The European Commission met on Monday. The Commission and India later signed a memorandum on clean hydrogen.",
     ["EU+IND"]),
    ("The Federal Communications Commission reviewed the plan. The Commission signed an agreement on spectrum with "
     "Mexico.", ["MEX+USA"]),
])
def test_the_commission_after_the_body_in_full_is_that_body(text, expected):
    assert party_sets(text) == sets(*expected)


@pytest.mark.parametrize("text", [
    # another Commission named in between takes the short name
    "The European Commission published a report. Kenya and Uganda set up a Joint Technical Commission, and the "
    "Commission signed a memorandum on fibre cables with Japan.",
    # a common noun, not the body's name
    "The European Commission published a report. A national commission in Peru signed a memorandum on cables with "
    "Japan, and the commission will meet again.",
])
def test_the_commission_names_no_eu_when_another_body_or_a_common_noun_is_meant(text):
    assert not any("EU" in parties for parties in party_sets(text))
