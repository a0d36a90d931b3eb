"""An act announced or agreed, whose own signing or launch a later clause tells still ahead ("The partnership will be
signed and launched next year"), is planned; so is a signing told as an item of plans ("Among our plans for the summit
is the signing of an agreement"). A signing told done keeps the act signed."""

import pytest

from techpact.extract import extract_facts
from techpact.extract.status import find_status
from techpact.loaders.document import Document


def statuses(text: str) -> set[str]:
    return {a.status for a in extract_facts(Document(text=text, source="test.txt")).agreements}


@pytest.mark.parametrize("text", [
    ("Ghana and Togo today announced a new partnership on solar power. Their presidents said that the partnership will"
     " be signed and launched next year."),
    "Chile and Peru agreed on a lithium partnership on Monday. The partnership is expected to be formally signed in May.",
])
def test_an_announced_act_whose_signing_is_ahead_is_planned(text):
    assert statuses(text) == {"planned"}


@pytest.mark.parametrize("text", [
    "Chile and Peru signed a memorandum on lithium on Monday. The memorandum will be published by the ministers.",
    "Chile and Peru signed a memorandum on lithium on Monday. Further agreements will be signed next year.",
    "Chile and Peru signed a memorandum on lithium on Monday. The agreement will be signed by the ministers.",
])
def test_a_signing_told_done_or_another_instrument_ahead_keeps_it_signed(text):
    assert "signed" in statuses(text)


@pytest.mark.parametrize("text", [
    "Among our plans for the summit is the signing of an agreement between Ghana and Togo.",
    "Plans include the signing of a memorandum between Chile and Peru.",
    "Their priorities include launching a joint fund with Peru.",
])
def test_a_signing_told_as_an_item_of_plans_is_planned(text):
    assert find_status(text) == "planned"


def test_a_signing_told_done_as_a_noun_stays_signed():
    assert find_status("The signing of the agreement between Ghana and Togo took place on Monday.") == "signed"
