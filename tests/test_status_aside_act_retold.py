"""An act named in an aside about its party and retold by the clause's own verb after the aside takes that verb's status:
"Chile, which had long sought a lithium deal with Peru, finally signed it" is signed, not the wish of the aside
(extract/status_aside.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def statuses(text: str) -> list[str]:
    return [a.status for a in extract_facts(Document(text=text, source="test.txt")).agreements]


@pytest.mark.parametrize("text", [
    "Chile, which had long sought a lithium agreement with Peru, finally signed the agreement on Monday.",
    "Chile, which had long sought a lithium agreement with Peru, signed it on Monday.",
    "Chile, which was keen to sign a lithium agreement with Peru, finally signed it on Monday.",
])
def test_the_act_retold_after_the_aside_takes_the_clauses_verb(text):
    assert statuses(text) == ["signed"]


def test_an_act_only_in_the_aside_keeps_the_asides_status():
    text = "Chile and Peru, which have had a strategic partnership since 2016, discussed lithium prices on Monday."
    assert statuses(text) == ["in-force"]
