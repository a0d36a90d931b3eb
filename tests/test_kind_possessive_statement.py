"""A statement named by whose it is ("the G7 Digital Ministers’ Statement", "the Quad Leaders' Statement") is a
statement the parties issue, as "the Joint Statement" is: kind joint-statement. Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def kinds(text: str) -> list[str]:
    return [a.kind for a in extract_facts(Document(text=text, source="test.txt")).agreements]


@pytest.mark.parametrize("text", [
    "The G20 Energy Ministers’ Statement on hydrogen was adopted in Goa on Saturday.",
    "The Quad Leaders' Statement on critical technology was issued on Friday.",
    "Brazil and Chile signed the Foreign Ministers' Statement on lithium in Santiago.",
])
def test_a_possessive_statement_is_a_joint_statement(text):
    assert kinds(text) == ["joint-statement"]
