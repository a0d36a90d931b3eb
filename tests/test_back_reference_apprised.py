"""A cabinet "apprised of an MoU signed on ..." is told of the memorandum it approved, named again with "an": the same
act, whose signing the clause dates, not a second memorandum. Sentences written for these tests."""

from __future__ import annotations

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def acts(text: str) -> list[tuple[list[str], str | None, str | None]]:
    return [(sorted(a.parties), a.kind, a.status) for a in extract_facts(Document(text=text, source="test.txt")).agreements]


def test_a_cabinet_apprised_of_the_memorandum_it_approved_tells_one_act():
    text = ("The Union Cabinet has approved a Memorandum of Understanding between India and Ghana on mining. "
            "The Cabinet was apprised of an MoU signed on August 18, 2023, between the mining ministries of the two countries.")
    assert acts(text) == [(["GHA", "IND"], "mou", "signed")]


def test_a_second_memorandum_signed_with_another_state_stays_apart():
    text = ("The Union Cabinet has approved a Memorandum of Understanding between India and Ghana on mining. "
            "India also signed an MoU with Togo on solar power.")
    assert [parties for parties, _, _ in acts(text)] == [["GHA", "IND"], ["IND", "TGO"]]
