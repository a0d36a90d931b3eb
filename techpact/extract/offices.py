"""Stretches of text where sector words name an office, not a topic: "the Ministry of Digital Development",
"defense minister", "deputy minister of communications, ..." (extraction rules, ours)."""

from __future__ import annotations

import re

_OFFICE_HEAD = re.compile(
    r"\b(?:Ministry|Ministries|Minister|Ministers|Secretary|Commissioner|Agency|Council|Commission|Committee|Institute"
    r"|Authority|Directorate|Office|Department|Bank|Centre|Center|University|Forum|Association|Corporation|Academy)\b"
    r"(?:\s+(?:of|for|on|and|the|[A-Z][\w’'&-]*)|,(?=\s+[A-Z]))*"
    r"|\b(?:minister|ministry|ministries|department|directorate|secretary|commissioner)\s+(?:of|for)\s+[^,;.()]*(?:,\s+(?!and\b|who\b|which\b)[a-z][^,;.()]*)*"
    # possessive: the word and the space before the office word are taken whole or not at all (no backtracking
    # can make this branch match, so none is tried: same matches, faster)
    r"|\b[\w-]++\s++(?=(?:[Mm]inist(?:er|ry|ries)|[Dd]irectorate|[Ff]orces|[Aa]ttach[eé])\b)"
)
_CAPITALISED_BEFORE = re.compile(r"(?:[A-Z][\w’'&-]*\s+)+$")


def office_spans(text: str) -> list[tuple[int, int]]:
    """Stretches where sector words name an office, not a topic.

    "the Ministry of Digital Development", "defense minister", "deputy minister of
    communications, ..." -- a named body takes in the capitalised words before its head.
    """
    spans = []
    for match in _OFFICE_HEAD.finditer(text):
        start = match.start()
        if match.group()[:1].isupper():
            before = _CAPITALISED_BEFORE.search(text, max(0, start - 120), start)
            if before:
                start = before.start()
        spans.append((start, match.end()))
    return spans
