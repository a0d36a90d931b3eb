"""A new plan told after the lead ("They also plan to sign an agreement on mining next year") is not the act a headline
told as signed: an instrument of the lead told separately is the headline's act only when no other status is told
(agreements.AgreementReader._headline_act). Passages written for the test, never taken from the eval passages."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def statuses(text: str) -> list[str]:
    facts = extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=None, media_type="text/plain"))
    return sorted(a.status for a in facts.agreements if set(a.parties) == {"GHA", "MAR"})


def test_a_plan_told_after_a_signed_headline_is_an_act_of_its_own():
    text = ("Ghana, Morocco sign roadmap on digital payments\nGhana and Morocco launched a roadmap on digital payments on "
            "Monday. They also plan to sign an agreement on mining next year.")
    assert "planned" in statuses(text)


@pytest.mark.parametrize("text, expected", [
    ("Ghana, Morocco sign deals on payments and mining\nGhana and Morocco signed a memorandum on digital payments on "
     "Monday. They also signed an agreement on mining.", ["signed", "signed"]),
    ("Ghana, Morocco to sign deals on payments and mining\nGhana and Morocco agreed to sign a memorandum on digital "
     "payments. They also plan to sign an agreement on mining next year.", ["planned", "planned"]),
])
def test_an_instrument_of_the_headline_told_with_its_status_is_still_the_headlines(text, expected):
    assert statuses(text) == expected
