"""Sides reviewing their instruments in general make no act and give the act in focus no status (extraction rules,
ours): "the two sides also reviewed ongoing bilateral initiatives", "they took stock of existing projects" report a
review of many undertakings, none of them new and none the one just launched."""

from __future__ import annotations

import re

from techpact.extract import cues
from techpact.extract.gates import Hinted

_REVIEWED = Hinted(re.compile(
    r"\b(?:review(?:ed|s|ing)?|took\s+stock\s+of|take\s+stock\s+of|taking\s+stock\s+of|assess(?:ed|es|ing)?|evaluat(?:ed|es|ing))\s+"
    r"(?:the\s+)?(?:(?:progress|implementation|status|state)\s+(?:of|in|on)\s+(?:the\s+|their\s+)?)?"
    r"(?:(?:ongoing|existing|current|various|several|other|their|many|bilateral|joint)\s+){1,3}"
    r"(?:[\w-]+\s+)?(?:initiatives|projects|programmes|programs|agreements|partnerships|mechanisms|undertakings|cooperation)\b",
    re.IGNORECASE), "review", "stock of", "assess", "evaluat")


def reviewed_at(text: str) -> tuple[int, int] | None:
    """The span of a review of the sides' instruments in general, if the clause tells one."""
    match = _REVIEWED.search(text)
    return match.span() if match else None


def past_review(text: str, kind: str | None, where: int) -> tuple[str | None, int]:
    """(kind, where) of the first kind noun outside a review in general: "reviewed existing agreements and signed a
    new memorandum" names a memorandum; "reviewed ongoing initiatives" names none."""
    span = reviewed_at(text) if kind else None
    if span is None or not span[0] <= where < span[1]:
        return kind, where
    after, at = cues.find_kind(text[span[1]:])
    return (after, span[1] + at) if after else (None, len(text) + 1)


def unreviewed(text: str, status: str | None) -> str | None:
    """The clause's status, unless only a review in general tells it ("reviewed ongoing initiatives": no status;
    "reviewed existing deals and signed a memorandum" keeps it)."""
    span = reviewed_at(text) if status else None
    if span is None:
        return status
    return status if cues.find_status(text[:span[0]] + " " + text[span[1]:]) else None
