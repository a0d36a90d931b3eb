"""Memberships the passage states (eval guide), in the everyday word for a new member: "BRICS newcomer Ethiopia",
"BRICS newcomers Egypt and Iran"; newcomers to talks are no members."""

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def members(text: str) -> set[tuple[str, str]]:
    facts = extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=None,
                                   media_type="text/plain"))
    return {(m.state, m.bloc) for m in facts.memberships}


@pytest.mark.parametrize("text, expected", [
    ("BRICS newcomer Ethiopia sent its foreign minister.", {("ETH", "BRICS")}),
    ("BRICS newcomers Egypt and Iran attended the summit in Kazan.", {("EGY", "BRICS"), ("IRN", "BRICS")}),
    ("NATO newcomer Sweden will host the drills.", {("SWE", "NATO")}),
])
def test_a_bloc_newcomer_is_a_member(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize("text", [
    "The newcomers to the talks, Egypt and Iran, sat with BRICS leaders.",
    "Newcomers Egypt and Iran joined the talks, held on the sidelines of the BRICS summit.",
])
def test_newcomers_to_talks_are_no_members(text):
    assert not members(text)
