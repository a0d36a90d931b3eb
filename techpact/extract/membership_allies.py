"""Allies counted and named: in a passage about an alliance ("NATO", which calls itself the alliance), "Seventeen allied
countries agreed to help launch the fund. They include: Belgium, ..." or "Five allies -- L -- signed" names members of
the alliance, when the list holds exactly as many states as the count says."""

from __future__ import annotations

import re

from techpact.extract.count_words import COUNT_PATTERN, COUNT_WORDS
from techpact.extract.facts import Mention, Span
from techpact.extract.membership_ahead import next_sentence
from techpact.extract.membership_skeleton import sentence_skeleton
from techpact.ontology import reference
from techpact.ontology.reference import is_bloc

_I = re.IGNORECASE
# "Seventeen allied countries", "five NATO allies", "the 12 allied nations" (never "non-allied", "allied forces").
_COUNTED = re.compile(r"(?<![\w-])(?P<n>" + COUNT_PATTERN + r"|\d{1,2})\s+(?:[\w-]+\s+){0,2}?"
                      r"(?:allied\s+(?:countries|nations|states|governments)|allies)\b", _I)
# The list after the count in the same sentence ("Five allies -- L -- signed", "five allies: L"), or opening the next
# one ("They include: L", "These are L").
_SAME = re.compile(r"^\s*(?:[—–:(]|--|,\s*(?:namely|including)\s)\s*(?:the\s+)?§L(?P<l>\d+)§", _I)
_NEXT = re.compile(r"^\W*(?:they|these|those)(?:\s+(?:countries|nations|allies|states))?\s+(?:include|included|are|were|comprise)"
                   r"\s*:?\s*(?:the\s+)?§L(?P<l>\d+)§", _I)
_ALLIANCE = re.compile(r"\balliance\b", _I)


def may_count_allies(sentence: str) -> bool:
    """Whether a sentence may count allies (most do not)."""
    return "allie" in sentence and _COUNTED.search(sentence) is not None


def counted_allies(span: Span, mentions: list[Mention], document_mentions: list[Mention], text: str,
                   default_bloc: str | None) -> list[tuple[str, str]]:
    """(state, bloc) for the allies a sentence counts and names (then or in the next sentence), the bloc being the
    passage's when it is an alliance (so called by one of its names or by the passage)."""
    if default_bloc is None or not (any("alliance" in label.lower() for label in reference.blocs()[default_bloc].labels)
                                    or _ALLIANCE.search(text)):
        return []
    counted = _COUNTED.search(span.text)
    if counted is None:
        return []
    number = counted.group("n").lower()
    count = int(number) if number.isdigit() else COUNT_WORDS[number]
    skeleton = sentence_skeleton(span, mentions, default_bloc)
    at = skeleton.text.lower().find(counted.group(0).lower())
    listed = _SAME.match(skeleton.text[at + len(counted.group(0)):]) if at >= 0 else None
    if listed is None:
        following = next_sentence(span, text)
        ahead = [m for m in document_mentions if following.start <= m.start < following.end]
        after = sentence_skeleton(following, ahead, default_bloc)
        listed, skeleton = _NEXT.match(after.text), after
    if listed is None:
        return []
    states = list(dict.fromkeys(m.code for m in skeleton.lists[int(listed.group("l"))] if not is_bloc(m.code)))
    return [(state, default_bloc) for state in states] if len(states) == count else []
