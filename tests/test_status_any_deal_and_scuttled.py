"""An instrument told as "any deal", the subject of what may come, is not made yet: planned ("Any deal for Kenya to buy
satellites from India may take years"); one the clause tells was not made stays what its verb says ("did not sign any
agreement"). An act scuttled or torpedoed was refused, in either voice. Sentences written for these tests."""

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def _statuses(text: str) -> set[str]:
    return {a.status for a in extract_facts(Document(text=text, source="test.txt")).agreements}


@pytest.mark.parametrize("text", [
    "Any deal for Kenya to buy observation satellites from India may take years.",
    "Any agreement between Chile and Argentina on lithium is still months away.",
    "Officials said any future pact between Egypt and Jordan on data centres faces hurdles.",
])
def test_any_deal_is_one_still_to_come(text):
    assert _statuses(text) == {"planned"}


def test_a_deal_made_as_the_first_of_any_kind_stays_made():
    assert _statuses("Chile and Argentina signed an agreement on lithium, the first of any such pact in the region.") \
        == {"signed"}


@pytest.mark.parametrize("text", [
    "In 2005, a satellite agreement between Peru and Russia was scuttled by the Peruvian Congress.",
    "Previously, such a nuclear deal between Vietnam and Japan was torpedoed when it met resistance.",
    "Hungary scuttled the EU's cybersecurity pact with Moldova.",
])
def test_an_act_scuttled_or_torpedoed_was_refused(text):
    assert _statuses(text) == {"rejected"}
