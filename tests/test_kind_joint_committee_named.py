"""A joint committee or commission with words of its name between "joint" and its head noun ("a joint ICT committee",
"a joint economic commission") is a working group, as "a joint committee" is (extract/cues.py), so it is found in the
passive too. Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def acts(text: str) -> list[tuple[str, str]]:
    return [(a.kind, a.status) for a in extract_facts(Document(text=text, source="test.txt")).agreements]


@pytest.mark.parametrize("text, status", [
    ("A joint ICT committee was established by Kenya and Japan in 2018.", "signed"),
    ("The joint ICT committee set up by Kenya and Japan in 2018 meets twice a year.", "in-force"),
    ("An intergovernmental space commission was set up by Brazil and China in 2019.", "signed"),
])
def test_a_named_joint_body_is_a_working_group(text, status):
    assert acts(text) == [("working-group", status)]
