"""An offer not accepted is refused, not taken up: "did not accept B's offer of a pact", "refused to accept B's proposal",
"cannot accept B's proposal" make a rejected proposal between the two, while "accepted B's offer" is agreed and still
ahead (planned). Sentences written for these tests, a sample of a generator that varies the verb slot of the rejected
shapes."""

from __future__ import annotations

import pytest

from .extraction import acts_of


def acts(text: str) -> list[tuple[list[str], str, str]]:
    return [(sorted(act.parties), act.kind, act.status) for act in acts_of(text)]


@pytest.mark.parametrize("text", [
    "Ghana did not accept Togo's offer of a memorandum on data protection.",
    "Chile refused to accept Peru's proposal for a lithium pact.",
    "Ghana has not accepted Togo's offer of an agreement on cybersecurity.",
    '"We cannot accept Togo\'s proposal for a treaty on fisheries data," Ghana\'s foreign minister said.',
])
def test_an_offer_not_accepted_is_a_rejected_proposal(text):
    [(parties, kind, status)] = acts(text)
    assert status == "rejected" and kind == "proposal"
    assert len(parties) == 2


@pytest.mark.parametrize("text", [
    "Ghana accepted Togo's offer of a memorandum on data protection.",
    "Chile agreed to Peru's proposal for a lithium pact.",
])
def test_an_offer_accepted_is_agreed_and_still_ahead(text):
    assert [status for _, _, status in acts(text)] == ["planned"]
