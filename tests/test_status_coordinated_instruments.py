"""An instrument coordinated after the verb of the clause before it ("will sign a protocol on customs and a memorandum
on AI") has the status that verb gives, not the default of its kind, when its own words tell none. Sentences written
for these tests, a sample of a generator that varies the object slot of each status shape."""

from __future__ import annotations

import pytest

from .extraction import acts_of


def statuses(text: str) -> list[tuple[str, str]]:
    return sorted((act.kind, act.status) for act in acts_of(text))


@pytest.mark.parametrize(("text", "status"), [
    ("Ghana and Togo agreed to sign a protocol on customs and a memorandum of understanding on data next month.", "planned"),
    ("Chile and Peru have agreed to sign a treaty on space research and a memorandum on lithium.", "planned"),
    ("Ghana and Togo agreed to conclude an agreement on trade and a memorandum on cybersecurity on Monday.", "planned"),
    ("Chile and Peru have not signed a protocol on customs and a memorandum of understanding on 5G networks.", "rejected"),
    ("Ghana and Togo never signed a treaty on fisheries and a memorandum on data protection.", "rejected"),
])
def test_both_coordinated_instruments_take_the_status_of_their_verb(text, status):
    assert {found for _, found in statuses(text)} == {status}
    assert len(statuses(text)) == 2


def test_an_instrument_with_a_verb_of_its_own_keeps_its_own_status():
    text = "Ghana and Togo signed a memorandum on cybersecurity and agreed to set up a working group on data."
    assert statuses(text) == [("mou", "signed"), ("working-group", "planned")]


def test_instruments_listed_after_a_signing_are_all_signed():
    text = "Chile and Peru signed an agreement on trade, a pact on lithium and a treaty on space research."
    assert {status for _, status in statuses(text)} == {"signed"}
    assert len(statuses(text)) == 3
