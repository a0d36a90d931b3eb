""""Ratify" said of a will, a commitment or a friendship ("an agreement which ratifies the will of their governments")
is a figure of speech, no ratification: it gives no in-force (extract/status.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract.status import find_status


@pytest.mark.parametrize("text, expected", [
    ("Chile and Peru signed an agreement on lithium, which they said ratifies the will of their governments to cooperate.", "signed"),
    ("The memorandum ratifies the strong commitment of both sides to data sharing.", None),
    ("Peru ratified the lithium treaty with Chile.", "in-force"),
    ("The parliament ratified the agreement with Chile.", "in-force"),
])
def test_ratifying_a_will_or_commitment_is_no_ratification(text, expected):
    assert find_status(text) == expected
