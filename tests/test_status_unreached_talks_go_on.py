"""An act not yet reached while the talks on it go on ("did not reach agreement on a minerals deal but are to continue
talks") is still ahead, planned: nobody refused it. A refusal with talks still going on stays a refusal, and an act
not reached with no talks told stays rejected. Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def statuses(text: str) -> list[str]:
    return [a.status for a in extract_facts(Document(text=text, source="test.txt")).agreements]


@pytest.mark.parametrize("text", [
    "Chile and Peru did not reach agreement on a lithium deal but are to continue talks.",
    "Chile and Peru failed to conclude the lithium agreement and will continue negotiations next month.",
    "Chile and Peru could not finalise the lithium pact but agreed to resume talks in May.",
])
def test_an_act_not_reached_with_talks_going_on_is_planned(text):
    assert statuses(text) == ["planned"]


@pytest.mark.parametrize("text", [
    "Chile and Peru did not reach agreement on a lithium deal.",
    "Chile refused to sign the lithium agreement with Peru but will continue talks.",
])
def test_an_act_refused_or_not_reached_is_rejected(text):
    assert statuses(text) == ["rejected"]
