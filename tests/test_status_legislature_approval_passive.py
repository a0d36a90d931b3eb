"""A legislature approving an act, told in the passive with the act as subject ("The agreement was approved by
parliament"), is its ratification as in the active "Parliament approved the agreement": in force, in a sentence and after
a signed lead. An executive's approval, a vote still ahead, or one denied are not (status_shapes._LEGISLATURE_APPROVED).
Sentences and passages written for the test, never taken from the eval passages."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.extract.status import find_status
from techpact.loaders.document import Document


@pytest.mark.parametrize("text", [
    "The agreement was approved by parliament.",
    "The agreement was approved by the National Assembly on Tuesday.",
    "The pact has been overwhelmingly backed by lawmakers.",
    "The agreement was approved by both parliaments in March.",
    "The treaty was endorsed by Ghana's parliament last week.",
])
def test_a_passive_approval_by_a_legislature_is_in_force(text):
    assert find_status(text) == "in-force"


@pytest.mark.parametrize("text", [
    "The agreement was approved by the cabinet.",
    "The agreement will be approved by parliament next month.",
    "The agreement is expected to be approved by parliament.",
    "The agreement was not approved by parliament.",
])
def test_an_executive_approval_or_a_vote_ahead_or_denied_is_not_in_force(text):
    assert find_status(text) != "in-force"


def test_after_a_signed_lead_the_passive_ratification_puts_the_act_in_force():
    text = "Ghana and Morocco signed an agreement on digital payments in 2023. The agreement was approved by parliament in May."
    facts = extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=None, media_type="text/plain"))
    assert [a.status for a in facts.agreements if set(a.parties) == {"GHA", "MAR"}] == ["in-force"]
