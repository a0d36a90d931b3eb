"""A small count of instruments whose purposes the sentence tells one by one, each with its own "to", makes as many acts
as the count (extraction rules, ours).

counted_instruments reads topics told with "on" ("two MoUs, one on energy and the other on cyber"); news also tells
what each instrument is for: "The central banks signed two MoUs to promote the use of local currencies and to link
their payment systems". Each purpose with its own "to" is one instrument; the count must match. Purposes sharing one
"to" ("two agreements to finance and build the plant", "to boost trade and investment") are not told one by one.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
# The first purpose right after the counted noun (a few words may come between: "in Abu Dhabi", "on Monday").
_FIRST = re.compile(r"^(?:\s+[\w-]+){0,4}?\s+to\s+(?!the\b|a\b|an\b|\d)[a-z]\w*", _I)
# Each further purpose: ", and to link", "and to cooperate", ", to promote".
_FURTHER = re.compile(r"(?:,|\band)\s+(?:and\s+)?to\s+(?!the\b|a\b|an\b|\d)[a-z]\w*", _I)


def purposes(rest: str) -> int:
    """How many purposes, each with its own "to", the words after a counted instrument noun tell (0 when none)."""
    first = _FIRST.match(rest)
    if first is None:
        return 0
    return 1 + len(_FURTHER.findall(rest, first.end()))
