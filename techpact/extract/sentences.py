"""Sentence splitting with character offsets, so evidence can point into the text."""

from __future__ import annotations

import re

from techpact.extract.facts import Span
from techpact.extract.first_chars import quick_start

# A sentence ends at . ! ? (optionally closed by a quote or bracket) before whitespace and
# a capital, digit or opening quote -- unless the period ends a known abbreviation or an initial.
#
# A page scraped with its spaces lost glues two sentences ("for an indefinite period.On May 1, the ministers ..."): a
# period right after a lower-case word (or a year: "signed in September 2018.The Cabinet ...") and right before a
# capitalised word ends a sentence too.
_BOUNDARY = re.compile(r"""[.!?](?:[\"'”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])|(?:(?<=[a-z]{2}[.!?])|(?<=\b(?:19|20)\d\d[.!?]))(?=[A-Z][a-z]+\b))""")
_ABBREVIATIONS = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|Gen|Col|Lt|Gov|Sen|Rep|No|Vol|Inc|Ltd|Co|Corp|vs|etc|e\.g|i\.e|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
    r"|\b[A-Z](?:\.[A-Z])*)\.$"
)
_ABBREVIATIONS = quick_start(_ABBREVIATIONS)  # the same matches, tried only where one may start
# Every match ends the text before the boundary, and one that does starts within its last 5 characters ("Sept.", or the
# last "X." of initials "U.S.": wherever a chain of initials matches, its last initial does): searching only there finds
# a match where searching the whole sentence does, without trying it at every capital of the sentence.
_TAIL = 6
# The number of a list item opening its line: "  1. Memorandum of Cooperation on ...".
_ITEM_NUMBER = re.compile(r"\s*\d{1,2}\.")
_ITEM_LINE = re.compile(r"\d{1,2}\.\s+\S")  # an item already joined to its number


def split_sentences(text: str) -> list[Span]:
    """Split text into sentences; line breaks always end a sentence (headings, paragraphs)."""
    spans: list[Span] = []
    for line in re.finditer(r"[^\n]+", text):
        offset = line.start()
        chunk = line.group()
        start = 0
        for boundary in _BOUNDARY.finditer(chunk):
            head = chunk[start : boundary.start() + 1]
            if _ABBREVIATIONS.search(head, max(0, len(head) - _TAIL)) or (start == 0 and _listed(head, spans)):
                continue  # "Sept.", "U.S."; "1." opening a line of a list: the item goes on after its number
            _append(spans, chunk, offset, start, boundary.end())
            start = boundary.end()
        _append(spans, chunk, offset, start, len(chunk))
    return spans


def _listed(head: str, spans: list[Span]) -> bool:
    """Whether head, opening a line, is the number of a list item: the line before ends with a colon ("The agreements
    signed are:") or is an item itself. A numbered line after a paragraph is a heading ("2. Promoting trade"), a
    sentence of its own as before."""
    return bool(_ITEM_NUMBER.fullmatch(head) and spans and (spans[-1].text.endswith(":") or _ITEM_LINE.match(spans[-1].text)))


def _append(spans: list[Span], chunk: str, offset: int, start: int, end: int) -> None:
    piece = chunk[start:end]
    stripped = piece.strip()
    if not stripped:
        return
    lead = len(piece) - len(piece.lstrip())
    begin = offset + start + lead
    spans.append(Span(begin, begin + len(stripped), stripped))
