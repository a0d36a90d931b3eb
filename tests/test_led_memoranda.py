"""A memorandum one state signs, renews or ends on the Belt and Road Initiative is an act with China, named or not; a
deal between two named states under the initiative stays theirs. Sentences written for these tests."""

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def _acts(text: str) -> set[tuple[frozenset[str], str, str]]:
    return {(frozenset(a.parties), a.kind, a.status) for a in extract_facts(Document(text=text, source="test.txt")).agreements}


@pytest.mark.parametrize("text, party, status", [
    ("Ecuador will not renew the 2018 memorandum of understanding on the Belt and Road Initiative.", "ECU", "ended"),
    ("Portugal signed a memorandum on the Belt and Road Initiative in 2018.", "PRT", "signed"),
    ("Greece has decided not to renew its Belt and Road memorandum.", "GRC", "ended"),
])
def test_a_memorandum_on_the_initiative_is_an_act_with_china(text, party, status):
    assert _acts(text) == {(frozenset({party, "CHN"}), "mou", status)}


def test_a_deal_between_named_states_under_the_initiative_stays_theirs():
    text = "Kenya and Ghana signed a memorandum on digital trade under the Belt and Road Initiative."
    assert {parties for parties, _, _ in _acts(text)} == {frozenset({"GHA", "KEN"})}
