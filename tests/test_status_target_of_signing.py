"""A making set as a target ("set a target of signing a digital economy agreement by 2026", "with the goal of
concluding a treaty") is still ahead: planned, not the signed its gerund alone would give. Sentences written for these
tests."""

import pytest

from techpact.extract.status import find_status


@pytest.mark.parametrize("text", [
    "Kenya and Vietnam set a target of signing a digital economy agreement by 2026.",
    "Chile and Peru opened talks with the goal of concluding a lithium treaty next year.",
    "Ghana and Togo agreed on the aim of finalising a memorandum on fintech.",
])
def test_a_making_set_as_a_target_is_planned(text):
    assert find_status(text) == "planned"
