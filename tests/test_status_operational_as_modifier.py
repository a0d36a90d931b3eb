""""Operational" tells an act running only as what the act is ("the agreement is now operational"), not as a word for
the work it covers ("the agreement is for operational cooperation, research and development"): an accord reached this
week and told by its content stays signed. Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.extract.status import find_status
from techpact.loaders.document import Document


def test_an_accord_for_operational_cooperation_is_signed():
    text = ("Chile said on Thursday that it has reached an accord with Peru on cybersecurity. "
            "The accord is for operational cooperation, research and information sharing.")
    assert [a.status for a in extract_facts(Document(text=text, source="test.txt")).agreements] == ["signed"]


@pytest.mark.parametrize("text", [
    "The Chile-Peru accord is now operational.",
    "The Chile-Peru hotline is fully operational.",
])
def test_an_act_operational_is_in_force(text):
    assert find_status(text) == "in-force"
