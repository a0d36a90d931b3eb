"""One side's executive approving an act, told in the passive with the act as subject ("The MoU was approved by the
Union Cabinet"), is the same domestic step as the active "The cabinet approved the MoU": planned, in a sentence and after
a lead that told the act planned. Two governments approving it together, a legislature, or a signing told beside it are
not this (extract/status_approval.py). Sentences and passages written for the test, never taken from the eval passages."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.extract.status import find_status
from techpact.loaders.document import Document


@pytest.mark.parametrize("text", [
    "The agreement was approved by the cabinet on Tuesday.",
    "The MoU was approved by the Union Cabinet chaired by the prime minister.",
    "The memorandum has been cleared by Ghana’s government.",
    "Two agreements with Peru were formally approved by the Council of Ministers.",
])
def test_a_passive_approval_by_one_executive_is_planned(text):
    assert find_status(text) == "planned"


@pytest.mark.parametrize("text", [
    "The agreement was approved by both governments.",
    "The agreement was approved by the two governments in May.",
    "The MoU, which was signed in March, was approved by the cabinet.",
    "The agreement was signed in March and approved by the cabinet in May.",
])
def test_two_governments_or_a_signing_told_beside_it_is_not_one_sides_step(text):
    assert find_status(text) != "planned"


def test_after_a_planned_lead_the_passive_approval_keeps_the_act_planned():
    text = ("Ghana and Morocco agreed to sign an agreement on digital payments next month. The agreement was approved by "
            "the cabinet on Tuesday.")
    facts = extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=None, media_type="text/plain"))
    assert [a.status for a in facts.agreements if set(a.parties) == {"GHA", "MAR"}] == ["planned"]
