"""Stretches of text where sector words name an office, not a topic: "the Ministry of Digital Development",
"defense minister", "deputy minister of communications, ..." (extraction rules, ours)."""

from __future__ import annotations

import re

import ahocorasick

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
# Where a match of _OFFICE_HEAD can be: each holds one of these, as written, where its office word starts (the head of
# the first two branches, the office word the third one looks ahead to). Searching a whole ~3 KB story with the pattern
# costs about as much as the rest of its per-document scans together; trying it only a word before each of these gives
# the same matches (_anchored_matches).
_ANCHORS = ("Minist", "minist", "Secretary", "secretary", "Commission", "commission", "Agency", "Council", "Committee",
            "Institute", "Authority", "Directorate", "directorate", "Office", "Department", "department", "Bank", "Centre",
            "Center", "University", "Forum", "Association", "Corporation", "Academy", "Forces", "forces", "Attach", "attach")
_ANCHOR_FINDER = ahocorasick.Automaton()
for _word in _ANCHORS:
    _ANCHOR_FINDER.add_word(_word, len(_word))
_ANCHOR_FINDER.make_automaton()
_CAPITALISED_BEFORE = re.compile(r"(?:[A-Z][\w’'&-]*\s+)+$")
_CAPITALISED_BEFORE = quick_start(_CAPITALISED_BEFORE)  # the same matches, tried only where one may start


def office_spans(text: str) -> list[tuple[int, int]]:
    """Stretches where sector words name an office, not a topic.

    "the Ministry of Digital Development", "defense minister", "deputy minister of
    communications, ..." -- a named body takes in the capitalised words before its head.
    """
    spans: list[tuple[int, int]] = []
    for match in _anchored_matches(text):
        start = match.start()
        if match.group()[:1].isupper():
            before = _CAPITALISED_BEFORE.search(text, max(0, start - 120), start)
            if before:
                start = before.start()
        spans.append((start, match.end()))
    return spans


def _word_back(text: str, at: int) -> int:
    """Where the word (and the spaces) before at start: the earliest place the third branch of _OFFICE_HEAD, a word
    ([\\w-]++) and spaces (\\s++) before the office word at at, can start."""
    while at and text[at - 1].isspace():  # \s of a str pattern is str.isspace
        at -= 1
    while at and (text[at - 1].isalnum() or text[at - 1] in "_-"):  # \w is str.isalnum and "_"
        at -= 1
    return at


def _anchored_matches(text: str) -> list[re.Match]:
    """_OFFICE_HEAD.finditer(text), tried only from a word before each anchor to the anchor itself.

    Every match starts at its anchor (the head word) or in the word and spaces right before it (the third branch), and
    those places come in the order of their anchors, so trying them left to right finds the same leftmost matches;
    pattern.match at a place sees the text before it as search does ("\\b")."""
    anchors = sorted({end + 1 - length for end, length in _ANCHOR_FINDER.iter(text)})
    found: list[re.Match] = []
    done = 0  # where the last match ended: the next one starts there or after
    for anchor in anchors:
        if anchor < done:
            continue
        at = max(done, _word_back(text, anchor))
        while at <= anchor:  # a match may end right at the anchor ("Japanese |Minister"), the next start there
            match = _OFFICE_HEAD.match(text, at)
            if match:
                found.append(match)
                at = done = match.end()  # never empty: the search goes on after it, as finditer's does
            else:
                at += 1
    return found
