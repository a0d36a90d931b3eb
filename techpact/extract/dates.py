"""Dates named in a sentence, resolved against the publication date."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
_DATE = re.compile(
    rf"\b(?:\d{{1,2}} {_MONTHS},? \d{{4}}|{_MONTHS} \d{{1,2}},? \d{{4}}|{_MONTHS} \d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})\b"
    r"|\b(?:last|next|this) (?:year|month|week)\b|\byesterday\b|\btoday\b",
)


@lru_cache(maxsize=4096)
def parse_date(text: str, relative_to: dt.date | None = None) -> dt.date | None:
    """A date from free text ("12 March 2025", "next year"), or None."""
    import dateparser  # imported on use: it is slow to import and most runs need it rarely

    settings = {"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["year"] if re.search(r"\d{4}", text) else []}
    if relative_to:
        settings["RELATIVE_BASE"] = dt.datetime.combine(relative_to, dt.time())
    try:
        parsed = dateparser.parse(text, languages=["en"], settings=settings)
    except (ValueError, OverflowError):
        return None
    return parsed.date() if parsed else None


def first_date(sentence: str, relative_to: dt.date | None) -> dt.date | None:
    """The first date a sentence names; relative ones need the publication date."""
    for match in _DATE.finditer(sentence):
        if not match.group()[0].isdigit() and match.group().split()[0].lower() in ("last", "next", "this", "yesterday", "today") and not relative_to:
            continue
        found = parse_date(match.group(), relative_to)
        if found:
            return found
    return None
