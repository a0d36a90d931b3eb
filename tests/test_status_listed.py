"""An instrument told as an item of a list takes the status its lead tells ("The two sides will sign the following
documents: 1. ...": still ahead; "The Council of Ministers ratified the following: - ...": in force), and the lead is
its evidence. An item under a lead that tells no status keeps its kind's status."""

import pytest

from .extraction import acts_of

AHEAD = """The two sides will sign the following documents during the visit:

1. Memorandum of understanding on cooperation in digital government between Egypt and Oman.
2. Agreement between Egypt and Kenya on air services."""

RATIFIED = """The Council of Ministers ratified the following:
- A memorandum of understanding on cooperation in cybersecurity between Saudi Arabia and Jordan.
- An agreement on scientific research between Saudi Arabia and Morocco."""

INLINE = """The ministers met in Doha on Monday. Third, the cabinet approved the ratification of the following: 1- Memorandum of understanding on cooperation in education between Qatar and Nigeria.
2- Agreement between Qatar and Kenya on labour."""

NO_STATUS_LEAD = """Key outcomes
• Memorandum of understanding on health between India and Ghana.
• Agreement on visas between India and Peru."""


def _statuses(text: str) -> dict[frozenset, str]:
    return {frozenset(act.parties): act.status for act in acts_of(text)}


@pytest.mark.parametrize("text, parties, status", [
    (AHEAD, {"EGY", "OMN"}, "planned"), (AHEAD, {"EGY", "KEN"}, "planned"),
    (RATIFIED, {"SAU", "JOR"}, "in-force"), (RATIFIED, {"SAU", "MAR"}, "in-force"),
    (INLINE, {"QAT", "KEN"}, "in-force"),
])
def test_an_item_takes_the_status_its_lead_tells(text, parties, status):
    assert _statuses(text)[frozenset(parties)] == status


def test_the_lead_is_evidence_of_each_item():
    for act in acts_of(AHEAD):
        assert [span.text for span in act.evidence][-1] == "The two sides will sign the following documents during the visit"
        assert all(AHEAD[span.start:span.end] == span.text for span in act.evidence)


def test_an_item_under_a_lead_telling_no_status_keeps_its_kinds_status():
    assert set(_statuses(NO_STATUS_LEAD).values()) == {"signed"}
