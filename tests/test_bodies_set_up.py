"""A body an instrument sets up is an act of its own: "signed a memorandum on setting up an expert group" tells a
signed memorandum and a planned working group of the same parties. Not a body the parties already have, a joint
venture, or an instrument still being discussed."""

from collections import Counter

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def acts(text: str) -> Counter:
    facts = extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=None,
                                   media_type="text/plain"))
    return Counter((frozenset(a.parties), a.kind, a.status) for a in facts.agreements)


@pytest.mark.parametrize("text, parties, kind", [
    ("Uzbekistan and South Korea signed a memorandum of understanding on setting up of an Uzbek-Korean expert group "
     "in the field of e-government.", {"KOR", "UZB"}, "mou"),
    ("Uzbekistan and South Korea signed a memorandum of understanding (MoU) on the establishment of a joint working "
     "group on e-government.", {"KOR", "UZB"}, "mou"),
    ("Azerbaijan and Turkey signed an agreement to establish a joint working group on digital transformation.",
     {"AZE", "TUR"}, "agreement"),
    ("Kenya and Ghana inked a memorandum to create a joint committee on cybersecurity on Friday.", {"GHA", "KEN"},
     "mou"),
    ("Egypt and Jordan signed a protocol providing for the formation of an intergovernmental commission on digital "
     "trade.", {"EGY", "JOR"}, "agreement"),
])
def test_an_instrument_that_sets_up_a_body_tells_the_body_too(text, parties, kind):
    found = acts(text)
    assert found[(frozenset(parties), kind, "signed")] == 1
    assert found[(frozenset(parties), "working-group", "planned")] == 1


@pytest.mark.parametrize("text, parties", [
    ("Kenya and Ghana signed a memorandum at the meeting of their joint working group on cybersecurity.",
     {"GHA", "KEN"}),
    ("Kenya and Ghana signed a deal to set up a joint venture for cloud services.", {"GHA", "KEN"}),
    ("Kenya and Ghana signed a memorandum on digital trade; the expert group they set up in 2019 met in Accra.",
     {"GHA", "KEN"}),
])
def test_no_new_body_when_the_instrument_does_not_set_one_up(text, parties):
    found = acts(text)
    assert found[(frozenset(parties), "working-group", "planned")] == 0


def test_an_instrument_still_proposed_sets_up_nothing_yet():
    text = "India proposed to Brazil a memorandum on setting up a joint working group on space."
    assert all(kind != "working-group" for _, kind, _ in acts(text))


@pytest.mark.parametrize("text", [
    "Chile and Peru signed a memorandum on lithium on Monday. The two countries are poised to set up a joint working "
    "group on battery refining, the statement said.",
    "Chile and Peru signed a memorandum on lithium on Monday. Both sides will establish a joint committee on refining.",
])
def test_a_body_the_pair_will_set_up_after_their_act_is_a_working_group_ahead(text):
    assert acts(text)[(frozenset({"CHL", "PER"}), "working-group", "planned")] == 1

