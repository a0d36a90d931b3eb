"""An instrument of accession: "signed a memorandum of obligations to join the SCO", "the treaty on Armenia's accession to
the EAEU", "an agreement on joining the bloc". The bloc after "join" or "accession to" is then a side of the instrument,
not only the circle the state enters (extraction rules, ours)."""

from __future__ import annotations

import re

_INSTRUMENT_THEN_JOINING = re.compile(
    r"\b(?:memorand(?:um|a)|MoUs?|treat(?:y|ies)|agreements?|protocols?|roadmaps?|road maps?|documents?|deals?|accords?)\s+"
    r"(?:[\w’'-]+\s+){0,4}?(?:to\s+join|on\s+(?:joining|(?:[\w’'-]+\s+)?accession\s+to)|of\s+accession\s+to"
    r"|for\s+(?:joining|accession\s+to))\s+(?:the\s+)?$", re.IGNORECASE)
_WINDOW = 90


def accession_instrument(text: str, local: int) -> bool:
    """Whether the bloc named at local is what an instrument just named makes a state join: a side of that instrument."""
    return bool(_INSTRUMENT_THEN_JOINING.search(text, max(0, local - _WINDOW), local))
