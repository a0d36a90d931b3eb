"""Acts across a passage: how one act told several times stays one act, how acts of other years, instruments
and makers stay apart, and who its parties are. Rules on short passages written for the test (news wording,
never taken from the eval passages), with passages that must not fire."""

from __future__ import annotations

from collections import Counter

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def acts_of(text: str):
    return extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=None,
                                  media_type="text/plain")).agreements


def party_sets(text: str) -> Counter:
    return Counter(frozenset(a.parties) for a in acts_of(text))


def sets(*groups: str) -> Counter:
    return Counter(frozenset(group.split("+")) for group in groups)


@pytest.mark.parametrize("text, kind", [
    ("Leaders of the Collective Security Treaty Organization adopted a declaration on cyber threats.", "declaration"),
    ("North Atlantic Treaty Organization allies approved a strategy on quantum technologies.", "initiative"),
])
def test_a_kind_word_in_a_blocs_name_is_no_kind(text, kind):
    acts = acts_of(text)
    assert [a.kind for a in acts] == [kind]


@pytest.mark.parametrize("text, expected, framework", [
    ("Leaders of the CSTO member states adopted a declaration on information security on Friday. "
     "The declaration was adopted by the heads of state of Russia, Belarus and Tajikistan.", "BLR+RUS+TJK", "CSTO"),
    ("ASEAN adopted a digital strategy on Tuesday. The strategy was endorsed by the leaders of Vietnam, Thailand and "
     "Malaysia at a closed session.", "MYS+THA+VNM", "ASEAN"),
])
def test_states_said_to_have_made_a_blocs_act_are_its_parties_under_the_bloc(text, expected, framework):
    acts = acts_of(text)
    assert party_sets(text) == sets(expected)
    assert acts[0].framework == framework


def test_an_act_of_two_states_signed_by_their_ministers_keeps_its_parties():
    text = ("Chile and Peru signed a memorandum on lithium on Monday. The memorandum was signed by the ministers "
            "of mining of Chile and Peru in Lima.")
    assert party_sets(text) == sets("CHL+PER")
