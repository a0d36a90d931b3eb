"""A partnership held, named by a long title ("Australia and the UK have a Cyber and Critical Technology Partnership"),
stands like "have a strategic partnership": in force, not planned. Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def statuses(text: str) -> list[str]:
    return [a.status for a in extract_facts(Document(text=text, source="test.txt")).agreements]


@pytest.mark.parametrize("text", [
    "Chile and Peru have a Lithium and Critical Minerals Technology Partnership.",
    "Chile and Peru have a Strategic Partnership on Clean Energy.",
    "Chile and Peru have a strategic partnership on lithium.",
])
def test_a_partnership_held_by_its_title_is_in_force(text):
    assert statuses(text) == ["in-force"]
