"""Instruments told as a number of documents with one of them named ("signed five agreements, including a memorandum on
AI") are told by the one named: its kind is the act's (extract/kind_documents.py). Sentences written for the test."""

from __future__ import annotations

import pytest

from tests.extraction import acts_of


@pytest.mark.parametrize("text, kinds", [
    ("Ghana and Togo on Monday signed five agreements, including a memorandum on solar power.", ["mou"]),
    ("Chile and Peru signed a number of deals, notably a treaty on lithium exploration.", ["treaty"]),
    ("Ghana and Togo signed five agreements, including a memorandum on AI and a treaty on extradition.",
     ["mou", "treaty"]),
])
def test_the_one_instrument_named_among_many_gives_the_kind(text, kinds):
    assert sorted(act.kind for act in acts_of(text)) == kinds


@pytest.mark.parametrize("text", [
    "Ghana and Togo signed five agreements, including one on solar power.",
    "Ghana and Togo signed an agreement, including a memorandum annex on solar power.",
])
def test_no_instrument_named_among_a_count_keeps_the_counted_kind(text):
    assert [act.kind for act in acts_of(text)] == ["agreement"]
