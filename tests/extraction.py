"""What the extractor reads from a text of a test's own, in the shapes the rule tests compare: acts, their party sets,
memberships."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from techpact.extract import extract_facts
from techpact.extract.gazetteer import gazetteer
from techpact.extract.memberships import find_memberships
from techpact.extract.sentences import split_sentences
from techpact.loaders.document import Document


def acts_of(text: str, issued: dt.date | None = None):
    """The agreements extracted from text as a document of its own (issued: its publication day, when it has one)."""
    return extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=issued,
                                  media_type="text/plain")).agreements


def party_sets(text: str) -> Counter:
    """How many acts the text tells between each set of parties."""
    return Counter(frozenset(a.parties) for a in acts_of(text))


def sets(*groups: str) -> Counter:
    """Party sets written "A+B", as party_sets counts them ("" stands for none)."""
    return Counter(frozenset(group.split("+")) for group in groups if group)


def members(text: str) -> set[tuple[str, str]]:
    """(state, bloc) memberships the sentences of text state."""
    mentions = gazetteer().find_actors(text)
    found = set()
    for span in split_sentences(text):
        in_sentence = [m for m in mentions if span.start <= m.start < span.end]
        found |= {(m.state, m.bloc) for m in find_memberships(span, in_sentence, mentions, text)}
    return found


def each(bloc: str, *states: str) -> set[tuple[str, str]]:
    """Each state a member of bloc."""
    return {(state, bloc) for state in states}
