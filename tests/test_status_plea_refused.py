"""A side asking another for an act offers it ("asked the United States for a nuclear agreement", "made a plea for",
"pleaded with Washington for"), and a refusal of that request, plea or appeal, told by its noun ("rebuffed the request",
"rebuffed Pakistan's plea for an agreement"), rejects it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def statuses(text: str) -> list[str]:
    return [a.status for a in extract_facts(Document(text=text, source="test.txt")).agreements]


@pytest.mark.parametrize("text", [
    "Nepal asked India for a hydropower agreement.",
    "Nepal asked for a new hydropower agreement with India.",
    "Nepal made a plea for a hydropower agreement with India.",
    "Nepal pleaded with India for a hydropower agreement.",
])
def test_asking_for_an_act_offers_it(text):
    assert statuses(text) == ["proposed"]


@pytest.mark.parametrize("text", [
    "Nepal asked India for a hydropower agreement, but New Delhi rebuffed the request.",
    "Nepal sought a hydropower agreement with India, but New Delhi turned down the plea.",
    "India has consistently rebuffed Nepal's plea for a hydropower agreement.",
    "India rejected Nepal's appeal for a hydropower agreement.",
])
def test_a_request_refused_is_rejected(text):
    assert statuses(text) == ["rejected"]


def test_asking_for_help_then_signing_is_a_signing():
    assert statuses("Nepal asked India for help. The two countries signed a hydropower agreement.") == ["signed"]
