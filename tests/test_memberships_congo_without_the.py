"""The two Congos as wire copy names them without "the" before "Congo" ("the Democratic Republic of Congo", "the Republic of
Congo") are states the gazetteer knows, and their memberships are read. Found by varying the state's name in a
state-and-bloc-form generator (/tmp-side): every "Democratic Republic of Congo" was missed. Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract.gazetteer import gazetteer

from .extraction import each, members


@pytest.mark.parametrize(("text", "code"), [
    ("The Democratic Republic of Congo signed the deal.", "COD"),
    ("The Republic of Congo signed the deal.", "COG"),
    ("The Democratic Republic of the Congo signed the deal.", "COD"),
])
def test_each_congo_is_named_with_or_without_the(text, code):
    assert [m.code for m in gazetteer().find_actors(text)] == [code]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Democratic Republic of Congo, a member of the African Union, signed a deal with Kenya.", each("AU", "COD")),
    ("The Republic of Congo is a member of the AU.", each("AU", "COG")),
])
def test_a_congos_membership_is_read(text, expected):
    assert members(text) == expected
