"""Members a sentence counts and the next sentence names: "Nine EU member states launched the coalition on
Wednesday. Ministers of Austria, Belgium, ... and the Netherlands issued a statement ..." (the named states are the
counted members when there are exactly as many of them)."""

from __future__ import annotations

import re

from techpact.extract.facts import Mention, Span
from techpact.extract.membership_matches import NOT_MEMBER
from techpact.ontology.reference import is_bloc

_I = re.IGNORECASE
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
            "twelve": 12}
_NUMBER = r"(?P<n>" + "|".join(_NUMBERS) + r"|\d{1,2})"
# A cheap look at the raw sentence before its skeleton is made.
_GATE = re.compile(r"\b" + _NUMBER + r"\s+(?:\S+\s+){1,3}?(?:member|countries|nations|states)", _I)
# "nine EU member states", "five BRICS countries", "three of the bloc's members".
_COUNTED = re.compile(r"\b" + _NUMBER + r"\s+(?:of\s+(?:the\s+)?)?§B(?P<b>\d+)§(?:['’]s)?[\s-]+(?:member[\s-]+(?:states|countries"
                      r"|nations)|members|countries|nations|states)\b", _I)
# The end of the next sentence: a full stop before a capital, a quote or the end of the text.
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z\"“]|\s*$)")
_AHEAD = 600  # about one long sentence of wire copy
_LISTABLE = ("name", "official")


def counted_members_ahead(span: Span, skeleton_text: str, blocs: list[str], has_list: bool,
                          document_mentions: list[Mention], text: str) -> list[tuple[str, str]]:
    """(state, bloc) for the states the next sentence names when this one counts exactly that many members of a bloc
    and names no state of its own. skeleton_text and blocs are the sentence's skeleton (memberships.sentence_skeleton)."""
    if has_list:
        return []
    found = []
    for match in _COUNTED.finditer(skeleton_text):
        before = skeleton_text[max(0, match.start() - 25):match.start()]
        if NOT_MEMBER.search(match.group()) or NOT_MEMBER.search(before):
            continue
        count = _NUMBERS.get(match.group("n").lower()) or int(match.group("n"))
        states = _next_sentence_states(span, document_mentions, text)
        if len(states) == count >= 2:
            found += [(state, blocs[int(match.group("b"))]) for state in states]
    return found


def may_count(sentence: str) -> bool:
    """Whether a sentence may count a bloc's members (most do not)."""
    return bool(_GATE.search(sentence))


def _next_sentence_states(span: Span, document_mentions: list[Mention], text: str) -> list[str]:
    start = span.end
    end_match = _SENTENCE_END.search(text, start + 1, start + _AHEAD)
    end = end_match.end() if end_match else min(len(text), start + _AHEAD)
    named = [m for m in document_mentions if start <= m.start < end and not is_bloc(m.code)]
    if any(m.how not in _LISTABLE and m.how not in ("leader", "demonym") for m in named):
        return []  # a capital or a dateline among them: not a plain list of members
    return list(dict.fromkeys(m.code for m in named if m.how in _LISTABLE))
