"""A quantifier floated after a subject list leaves the membership: "Egypt, Ethiopia and Iran all joined BRICS in 2024",
"Egypt and Iran have all joined BRICS", "Egypt and Iran were both admitted to BRICS", "each joined" ("all but joined" is
no joining). Found by a bloc-side and list-side joining generator (/tmp-side): every floated "all" was missed. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from .extraction import each, members


@pytest.mark.parametrize(("text", "expected"), [
    ("Egypt, Ethiopia and Iran all joined BRICS in 2024.", each("BRICS", "EGY", "ETH", "IRN")),
    ("Egypt and Iran have all joined BRICS.", each("BRICS", "EGY", "IRN")),
    ("Finland and Sweden were both admitted to NATO.", each("NATO", "FIN", "SWE")),
    ("Egypt and Iran each joined BRICS in 2024.", each("BRICS", "EGY", "IRN")),
    ("BRICS met in Kazan. Egypt and Iran all joined the bloc last year.", each("BRICS", "EGY", "IRN")),
])
def test_a_floated_quantifier_leaves_the_joining(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize("text", [
    "Egypt and Iran have all but joined BRICS.",
    "Egypt and Iran all applied to join BRICS.",
    "Egypt and Iran were both invited to join BRICS.",
    "Serbia and Albania all hope to join the EU.",
    "Egypt and Iran will all join BRICS next year.",
])
def test_a_floated_quantifier_before_a_look_alike_states_none(text):
    assert members(text) == set()
