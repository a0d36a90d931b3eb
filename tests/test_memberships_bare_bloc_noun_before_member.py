"""The bare noun "bloc" or "alliance" before "member" points back to the passage's bloc as "the bloc" does: "Iran, a bloc
member, ...", "fellow bloc member Hungary", "Bloc members Egypt and Iran", "Alliance member Poland". Found by varying the
bloc's form in the passing-membership generator (/tmp-side): every prenominal "bloc member" was missed. Sentences written
for these tests, with look-alikes that must not fire."""

from __future__ import annotations

import pytest

from .extraction import each, members


@pytest.mark.parametrize(("text", "expected"), [
    ("The SCO met in Astana. Iran, a bloc member, signed a deal with Pakistan.", each("SCO", "IRN")),
    ("The SCO met in Astana. The minister said fellow bloc member Iran signed a deal.", each("SCO", "IRN")),
    ("BRICS leaders met in Kazan. Bloc members Egypt and Iran backed the plan.", each("BRICS", "EGY", "IRN")),
    ("NATO ministers met in Brussels. Alliance member Poland sent more troops.", each("NATO", "POL")),
    ("The EU adopted the rules. Hungary, a bloc member state since 2004, objected.", each("EU", "HUN")),
])
def test_a_bare_bloc_noun_before_member_is_the_passages_bloc(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize("text", [
    "The SCO met in Astana. Turkey, a non-bloc member, signed a deal.",
    "The SCO met in Astana. Iran, a former bloc member, signed a deal.",
    "The SCO met in Astana. Turkey, a would-be bloc member, signed a deal.",
    "Iran, a bloc member, signed a deal with Pakistan.",
    "NATO ministers met in Brussels. Ukraine, an aspiring alliance member, sent a delegation.",
])
def test_no_passage_bloc_or_a_former_or_would_be_member_states_none(text):
    assert members(text) == set()
