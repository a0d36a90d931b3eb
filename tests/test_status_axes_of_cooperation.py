""""Axes" is the plural of axis as often as a verb of ending: "a programme revolving around several axes" ends nothing,
"Peru axes the lithium deal with Chile" ends an act (status.py, the ended rule of base forms). Sentences written for the
test."""

from __future__ import annotations

import pytest

from techpact.extract.status import find_status

from .extraction import acts_of


@pytest.mark.parametrize("text", [
    "Kenya and Ghana are taking steps to achieve a partnership programme revolving around several axes.",
    "The memorandum between Chile and Peru rests on three axes: research, training and data.",
    "Officials from Ghana and Togo discussed the main axes of their cooperation on solar energy.",
])
def test_axes_as_a_plural_noun_tells_no_end(text):
    assert find_status(text) != "ended"
    assert "ended" not in [act.status for act in acts_of(text)]


@pytest.mark.parametrize("text", [
    "Peru axes the lithium agreement with Chile.",
    "Peru axes lithium deal with Chile",
    "Ghana axes its solar energy programme with Togo.",
])
def test_axes_as_a_verb_with_an_act_as_object_ends_it(text):
    assert find_status(text) == "ended"
