"""A signing an event is to end with is still ahead (extraction rule, ours).

"The visit is expected to conclude with the signing of several agreements", "the talks will end with the signing of
two documents", "the summit is set to see the signing of a memorandum": the signing is named as a noun, and what
governs it tells it to come (a modal or a verb of expectation, then the event's verb and "with", "in" or "by"). The
act is planned, not signed, as "will sign" is. "The visit concluded with the signing of ..." is signed.
"""

from __future__ import annotations

import re

from techpact.extract.gates import Hinted

_SIGNING = ("signing", "signature", "conclusion")
# What governs the signing's noun: a modal or a verb of expectation, up to two words, then "with", "in", "by", "see" ...
_AHEAD_OF_IT = Hinted(re.compile(
    r"\b(?:will|would|shall|expected\s+to|set\s+to|scheduled\s+to|due\s+to|likely\s+to|poised\s+to|slated\s+to|is\s+to|are\s+to)"
    r"\s+(?:\w+\s+){0,2}?(?:with|in|by|see|include|feature|witness)\s+(?:the\s+)?$", re.IGNORECASE),
    "will", "would", "shall", "expected", "set", "scheduled", "due", "likely", "poised", "slated", "is", "are")


def signing_ahead(text: str, start: int, end: int) -> bool:
    """Whether the signing noun at text[start:end] is governed by a verb telling it still to come (module docstring)."""
    return text[start:end].lower().startswith(_SIGNING) and bool(_AHEAD_OF_IT.search(text, max(0, start - 80), start))
