"""Several acts between the same parties are each listed (eval guide): leaders who agree on one act "and witnessed
the signing" (or "the exchange") of an instrument tell a second act, as "and signed" does; so does a second verb in
the future ("... and will sign a treaty on AI")."""

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def acts(text: str) -> set[tuple[frozenset, str, str]]:
    facts = extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=None,
                                   media_type="text/plain"))
    return {(frozenset(a.parties), a.kind, a.status) for a in facts.agreements if len(a.parties) >= 2}


@pytest.mark.parametrize("text, first, second", [
    ("India and the UAE agreed to launch a partnership on AI and witnessed the signing of an MoU on payments.",
     ("partnership", "planned"), ("mou", "signed")),
    ("The leaders of Ghana and Togo agreed to set up a working group on cybersecurity and witnessed the exchange of a "
     "memorandum on digital ID.", ("working-group", "planned"), ("mou", "signed")),
])
def test_witnessing_a_signing_after_another_act_is_a_second_act(text, first, second):
    found = acts(text)
    assert {(kind, status) for _, kind, status in found} == {first, second}


@pytest.mark.parametrize("text", [
    "The presidents of Kenya and Angola held talks and witnessed the signing of an agreement on ICT.",
    "Kenya and Angola signed a memorandum on ICT, and the two presidents witnessed the signing.",
])
def test_witnessing_the_one_signing_told_is_one_act(text):
    assert len(acts(text)) == 1


@pytest.mark.parametrize("text, planned", [
    ("Turkey and Azerbaijan signed a memorandum on cybersecurity on Monday and will sign a treaty on AI next year.",
     "treaty"),
    ("Ghana and Togo signed an agreement on payments and intend to set up a working group on cyber security.",
     "working-group"),
])
def test_a_second_verb_in_the_future_tells_a_planned_act(text, planned):
    found = acts(text)
    assert ("signed" in {status for _, _, status in found}
            and any(kind == planned and status == "planned" for _, kind, status in found))


def test_a_future_verb_about_the_act_signed_is_no_second_act():
    assert len(acts("Kenya and Rwanda signed an MoU on data centres and will implement it within a year.")) == 1
