"""A memorandum read in force with no cue of its own course falls back to the strongest status its sentences tell short
of in force (extract/status_issued.py). A sentence that tells it working and tells its signing too ("was signed on
July 19 and enables ...") tells it signed: a later "would lead to" does not make it planned. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def statuses(text: str) -> list[str]:
    return [a.status for a in extract_facts(Document(text=text, source="test.txt")).agreements]


@pytest.mark.parametrize("text", [
    "The memorandum between India and Brunei on space cooperation was signed on July 19 and enables India to continue "
    "to operate its ground station. The cooperation with Brunei through the memorandum would lead to the upgrade of "
    "the station.",
    "The MoU between Kenya and Japan on ICT was signed in Nairobi in May and enables Kenya to continue to operate its "
    "data centre. The cooperation with Japan through the MoU would lead to the upgrade of the centre.",
])
def test_a_memorandum_told_signed_and_working_stays_signed(text):
    assert statuses(text) == ["signed"]


def test_a_memorandum_still_to_be_drawn_up_stays_planned():
    text = ("Kenya and Ghana are expected to enter into a memorandum on ICT in the near future. "
            "The ministers agreed to develop an MoU that will define the areas of cooperation.")
    assert statuses(text) == ["planned"]
