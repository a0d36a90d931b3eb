"""A document named with no status of its own, then told by its terms and benefits in the future ("The cooperation will
benefit both nations", "Both sides will work together on ..."), stays made: those clauses say what it brings, not that
it is still to come (extract/status_terms.py). Passages written for the test, never taken from the eval passages."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def statuses(text: str, parties: set[str]) -> list[str]:
    facts = extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=None, media_type="text/plain"))
    return sorted(a.status for a in facts.agreements if set(a.parties) == parties)


@pytest.mark.parametrize("text, parties", [
    ("Ghana has signed a memorandum of understanding on digital payments. In the memorandum, Ghana and Morocco have "
     "agreed to encourage cooperation in fintech. The cooperation will benefit both nations.", {"GHA", "MAR"}),
    ("Peru has signed an agreement on space research. Under the agreement, Lima and Santiago will cooperate in satellite "
     "data. Both sides will work together on remote sensing.", {"PER", "CHL"}),
    ("Norway has concluded a memorandum on cybersecurity. In the memorandum, Norway and Estonia agreed to promote "
     "cooperation in cyber defence. The two countries have identified areas of cooperation that will benefit their "
     "citizens.", {"NOR", "EST"}),
    ("Thailand has signed a memorandum on semiconductors. Under the memorandum, Bangkok and Tokyo will cooperate in chip "
     "design. It will also enable the exchange of engineers.", {"THA", "JPN"}),
    ("Egypt has inked a pact on renewable energy. Under the pact, Cairo and Athens will cooperate in green hydrogen. The "
     "collaboration will also cover solar power. The ministers also discussed regional issues.", {"EGY", "GRC"}),
])
def test_terms_and_benefits_told_ahead_keep_a_document_made(text, parties):
    assert statuses(text, parties) == ["signed"]


@pytest.mark.parametrize("text, parties, expected", [
    # the making of the act itself still ahead
    ("In a memorandum on digital payments, Ghana and Morocco have agreed to encourage cooperation in fintech. The "
     "memorandum is expected to be signed in June.", {"GHA", "MAR"}, ["planned"]),
    ("Ghana and Morocco agreed to sign a memorandum on digital payments. The memorandum will cover mobile money. The "
     "cooperation will benefit both nations.", {"GHA", "MAR"}, ["planned"]),
    ("Ghana and Morocco are negotiating an agreement on digital payments. The agreement will benefit both nations.",
     {"GHA", "MAR"}, ["planned"]),
    # not a document: ties talked about stay planned
    ("Ghana and Morocco discussed a partnership on digital payments. The partnership will benefit both nations.",
     {"GHA", "MAR"}, ["planned"]),
    # a second document to be signed is an act of its own
    ("Ghana has signed a memorandum of understanding on digital payments. In the memorandum, Ghana and Morocco have "
     "agreed to encourage cooperation in fintech. The two sides will sign a second memorandum next month.",
     {"GHA", "MAR"}, ["planned", "signed"]),
])
def test_a_document_still_to_be_made_stays_planned(text, parties, expected):
    assert statuses(text, parties) == expected
