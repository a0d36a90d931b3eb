"""Stretches of text where sector words name an office, not a topic: "the Ministry of Digital Development",
"defense minister", "deputy minister of communications, ..." (extraction rules, ours)."""

from __future__ import annotations

import re

from techpact.extract.gates import folded
from techpact.extract.first_chars import quick_start

# A word that ends the name of an office's field: an article, a preposition, an auxiliary, a verb of the clause.
_NOT_FIELD = (r"(?:a|an|the|to|on|in|at|by|with|from|over|about|under|during|after|before|as|who|which|that|will|would|has"
              r"|have|had|is|are|was|were|can|could|shall|should|may|might|said|says|met|meets|held|holds|signs|agrees"
              r"|also|told|\w+ed)\b")
_FIELD = rf"(?!{_NOT_FIELD})[\w&-]+"
_FIELD_LOWER = rf"(?!{_NOT_FIELD})[a-z][\w&-]*"

_OFFICE_HEAD = re.compile(
    r"\b(?:Ministry|Ministries|Minister|Ministers|Secretary|Commissioner|Agency|Council|Commission|Committee|Institute"
    r"|Authority|Directorate|Office|Department|Bank|Centre|Center|University|Forum|Association|Corporation|Academy)\b"
    r"(?:\s+(?:of|for|on|and|the|[A-Z][\w’'&-]*)|,(?=\s+[A-Z]))*"
    # lower-case head: its object is names of fields, never the clause after it ("the minister of electronics and
    # information technology, signed a memorandum on ...", "the ministries of A and B signed an MoU on cybersecurity")
    r"|\b(?:minister|ministry|ministries|department|directorate|secretary|commissioner)\s+(?:of|for)\s+" + _FIELD
    + r"(?:\s+(?:of|for|and)\s+" + _FIELD + r"|\s+" + _FIELD_LOWER + r"|,\s+(?!and\b|who\b|which\b)" + _FIELD_LOWER + r")*"
    # possessive: the word and the space before the office word are taken whole or not at all (no backtracking
    # can make this branch match, so none is tried: same matches, faster)
    r"|\b[\w-]++\s++(?=(?:[Mm]inist(?:er|ry|ries)|[Dd]irectorate|[Ff]orces|[Aa]ttach[eé])\b)"
)
# One of these (lower case) stands in every match of _OFFICE_HEAD: a text that holds none is not searched.
_HEAD_WORDS = ("minist", "secretary", "commission", "committee", "agency", "council", "institute", "authority", "directorate",
               "office", "department", "bank", "centre", "center", "university", "forum", "association", "corporation",
               "academy", "forces", "attach")
_CAPITALISED_BEFORE = re.compile(r"(?:[A-Z][\w’'&-]*\s+)+$")
_CAPITALISED_BEFORE = quick_start(_CAPITALISED_BEFORE)  # the same matches, tried only where one may start


def office_spans(text: str) -> list[tuple[int, int]]:
    """Stretches where sector words name an office, not a topic.

    "the Ministry of Digital Development", "defense minister", "deputy minister of
    communications, ..." -- a named body takes in the capitalised words before its head.
    """
    spans: list[tuple[int, int]] = []
    low = folded(text)
    if not any(word in low for word in _HEAD_WORDS):
        return spans
    for match in _OFFICE_HEAD.finditer(text):
        start = match.start()
        if match.group()[:1].isupper():
            before = _CAPITALISED_BEFORE.search(text, max(0, start - 120), start)
            if before:
                start = before.start()
        spans.append((start, match.end()))
    return spans
