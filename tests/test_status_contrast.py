"""An instrument concluded and then nothing more ("..., but did not sign any agreement") is signed; a denial of reports
that two named states signed is no act. Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract import cues, extract_facts
from techpact.loaders.document import Document


def _acts(text: str) -> list[tuple[list[str], str, str]]:
    return [(sorted(a.parties), a.kind, a.status) for a in extract_facts(Document(text=text, source="t.txt")).agreements]


@pytest.mark.parametrize("text", [
    "Chile signed an MoU on AI with Peru but did not sign any agreement on lithium.",
    "Chile inked a memorandum with Peru, but the two failed to conclude a second deal.",
    "Chile signed an MoU with Peru, but Bolivia did not sign any document.",
])
def test_an_instrument_signed_before_but_nothing_more_is_signed(text):
    assert cues.find_status(text) == "signed"


@pytest.mark.parametrize("text", [
    "Chile did not sign the agreement with Peru.",
    "Chile and Peru did not sign any agreement, but talks will continue.",
])
def test_a_refusal_without_an_instrument_concluded_before_it_stays_a_refusal(text):
    assert cues.find_status(text) == "rejected"


@pytest.mark.parametrize("text", [
    "Cairo denied reports that Egypt and Turkey had signed a defence pact.",
    "The ministry dismissed claims that Chile and Peru had inked a lithium deal.",
])
def test_a_denial_that_two_named_states_signed_is_no_act(text):
    assert _acts(text) == []
