"""Status holds whatever adverbs and time phrases news puts between an auxiliary and its verb ("will on Monday sign",
"have also been cooperating", "are reportedly working on"); words that change what is said ("not", "soon", "yet") are
kept. Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract.status import find_status
from techpact.extract.status_plain import without_modifiers

_FRAMES = [
    ("Ghana and Peru will {}sign an agreement on space cooperation.", "planned"),
    ("Ghana and Peru are expected to {}sign a memorandum on data.", "planned"),
    ("Ghana and Peru are set to {}conclude a treaty on nuclear energy.", "planned"),
    ("Ghana and Peru have {}signed an agreement on space cooperation.", "signed"),
    ("Ghana and Peru have {}been cooperating on space since 2010.", "in-force"),
]
_MODIFIERS = ["", "also ", "formally ", "on Monday ", "next week ", "in the coming weeks ", "later this year ",
              "on Tuesday formally ", "once again ", "in March ", "jointly "]


@pytest.mark.parametrize(("text", "status"), [(frame.format(modifier), status)
                                              for frame, status in _FRAMES for modifier in _MODIFIERS])
def test_status_holds_with_a_modifier_between_auxiliary_and_verb(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize(("text", "plain"), [
    ("Ghana will not yet sign the pact.", "Ghana will not yet sign the pact."),
    ("Ghana has reportedly signed the pact.", "Ghana has signed the pact."),
    ("Ghana will soon sign the pact.", "Ghana will soon sign the pact."),
    ("Ghana will on Monday sign the pact.", "Ghana will sign the pact."),
    ("The pact is in Force.", "The pact is in Force."),
    ("Officials were in Accra on Monday.", "Officials were in Accra on Monday."),
])
def test_only_modifiers_before_a_verb_are_left_out(text, plain):
    assert without_modifiers(text) == plain
