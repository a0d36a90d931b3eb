"""A work plan or an implementation plan is an initiative, as an action plan is; an exchange of notes is an agreement
(the instrument two governments sign by exchanging letters)."""

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


@pytest.mark.parametrize("text, kind", [
    ("Egypt and Japan agreed on a work plan for research on artificial intelligence.", "initiative"),
    ("Kenya and Rwanda adopted an implementation plan on e-government.", "initiative"),
    ("The exchange of notes between Chile and Peru on satellite data took place in Lima.", "agreement"),
    ("Vietnam and Laos signed an exchange of diplomatic notes on cross-border payments.", "agreement"),
])
def test_plans_and_exchanges_of_notes_have_their_kind(text, kind):
    assert {a.kind for a in extract_facts(Document(text=text, source="test.txt")).agreements} == {kind}


def test_a_states_own_work_plan_is_no_act():
    assert not extract_facts(Document(text="Egypt said its work plan for AI was ready.", source="test.txt")).agreements
