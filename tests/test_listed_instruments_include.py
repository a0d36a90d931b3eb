"""Instruments listed after "include" are acts of their own, as after "including" or "such as": "The documents signed
by A and B on Monday include an agreement on X, a treaty on Y and a roadmap for Z", and, after a first sentence that
tells the signing, "They include ..." or "These include ...". The guide: a passage that reports several acts of the
same parties lists each. Sentences written for these tests; lists of topics, clauses, states or people after
"include" make no acts. The umbrella the list hangs on ("the documents", "several agreements") is the first instrument
listed, not one more act."""

from __future__ import annotations

from collections import Counter

import pytest

from .extraction import acts_of


def kinds_between(text: str, parties: set[str]) -> Counter:
    return Counter(a.kind for a in acts_of(text) if set(a.parties) == parties)


@pytest.mark.parametrize("text, parties, expected", [
    ("The documents signed by Kenya and Ethiopia on Monday in Nairobi include a memorandum of understanding on "
     "cybersecurity, a treaty on extradition and a roadmap for digital trade.", {"ETH", "KEN"},
     {"mou", "treaty", "initiative"}),
    ("Chile and Peru signed several agreements on Tuesday. They include an agreement on lithium mining, a treaty on "
     "legal assistance and a joint declaration on space cooperation.", {"CHL", "PER"},
     {"agreement", "treaty", "declaration"}),
    ("Vietnam and Laos signed a package of documents during the visit. These include a memorandum on energy and a "
     "treaty on the border.", {"LAO", "VNM"}, {"mou", "treaty"}),
    ("Ghana and Togo signed new deals, which include an agreement on power trade and a memorandum of understanding on "
     "digital payments.", {"GHA", "TGO"}, {"agreement", "mou"}),
])
def test_each_instrument_listed_after_include_is_an_act(text, parties, expected):
    found = kinds_between(text, parties)
    assert set(found) == expected and sum(found.values()) == len(expected)  # the umbrella is the first one listed


@pytest.mark.parametrize("text, parties", [
    ("Kenya and Ethiopia signed a memorandum on trade on Monday. They include provisions on tariffs, customs and "
     "transit.", {"ETH", "KEN"}),
    ("Chile and Peru signed an agreement on lithium on Tuesday. The deals include clauses on royalties and on water "
     "use.", {"CHL", "PER"}),
    ("Vietnam and Laos signed a memorandum on energy. These include the ministers of energy and of finance.",
     {"LAO", "VNM"}),
])
def test_topics_or_clauses_after_include_make_no_more_acts(text, parties):
    assert sum(kinds_between(text, parties).values()) == 1


def test_items_that_name_the_umbrellas_own_parties_are_still_its_instruments():
    text = ("Kenya and Ethiopia signed several agreements on Monday. They include a memorandum between the Kenyan and "
            "Ethiopian central banks on payments, a treaty on extradition and a roadmap for digital trade.")
    assert sum(kinds_between(text, {"ETH", "KEN"}).values()) == 3


def test_items_that_name_other_states_are_not_the_umbrellas_instruments():
    text = ("Russia is negotiating nuclear agreements with several African states. These include new projects (Angola "
            "and Ethiopia), a treaty with Nigeria and a memorandum of understanding with Egypt.")
    # (what the clause itself makes of the states it names is another matter: the list adds no copies of it)
    assert sum(1 for a in acts_of(text) if len(a.parties) >= 3) <= 1
