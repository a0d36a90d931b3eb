"""A passage's opening sentence that tells an act, then the body retelling it with its details in the next sentence or
two ("Chile has signed a memorandum with Korea on batteries. Chile on Tuesday signed an MoU with Korea on the battery
supply chain"), tells one act, not two instruments; an instrument on another topic, one told "also", or one retold
further on is read as before. Passages written for these tests."""

from collections import Counter

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def _acts(text: str) -> Counter:
    return Counter((frozenset(a.parties), a.kind, a.status) for a in extract_facts(Document(text=text, source="test.txt")).agreements)


@pytest.mark.parametrize("text", [
    "Chile has signed a memorandum of understanding with Korea on batteries. Chile on Tuesday signed an MoU with Korea "
    "on the battery supply chain to bring the two governments closer.",
    "Egypt has signed an agreement with Russia on nuclear power. Egypt on Monday signed an agreement with Russia to "
    "build the nuclear plant at Dabaa.",
])
def test_the_body_retelling_its_lead_is_one_act(text):
    assert sum(_acts(text).values()) == 1


@pytest.mark.parametrize("text", [
    "Kenya signed a memorandum with Ghana on AI. Kenya also signed a memorandum with Ghana on data centres.",
    "Kenya signed a memorandum with Ghana on AI. On Friday, Kenya signed a second memorandum with Ghana, on data centres.",
])
def test_instruments_on_other_topics_or_told_also_stay_apart(text):
    assert sum(_acts(text).values()) == 2
