"""Dates inside a phrase opened by "since", and month names written in lower case.

"Since its inauguration in 2009, the meeting has been held yearly", "the first visit since the establishment of
diplomatic ties in 1980": the date is inside a phrase that starts a span ("since ..."), so it dates the start of
something else, never the act the sentence tells (dates._belongs_elsewhere already passes over a date right after
"since"). Used by dates.py, so this module imports nothing from it.

"This year marks the 25th anniversary of their partnership", "celebrated ten years of the agreement on Monday": a
sentence that tells an act's age dates the marking of it, never the act's making (tells_age).

"held on february 4", "signed 12 september 2023": a month name in lower case is a month when a day or a year goes
with it; "may" and "march" stay words ("they may 4 times", "march 10 km").
"""

from __future__ import annotations

import re

# "since" + a noun phrase with no clause break, then the date (its "in"/"on" is the date match's own, or before it).
_SINCE_PHRASE_BEFORE = re.compile(r"\bsince\s+(?:the|its|their|his|her|our|a|an)\s+[^,;.()\"“”]{0,100}?\s(?:(?:in|on)\s+)?"
                                  r"(?:(?:early|late|mid-?|the end of)\s+)?$", re.I)
_WORD_MONTHS = ("may", "march")
# An act's age told: "the 25th anniversary of", "ten years of the partnership", "three decades of cooperation".
_AGE_TOLD = re.compile(r"\b(?:anniversary\s+of|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
                       r"|twenty-five|thirty|forty|fifty|sixty|seventy)\s+(?:years|decades)\s+(?:of|since)\b)", re.I)


def inside_since_phrase(before: str) -> bool:
    """Whether the text right before a date opens a "since ..." phrase the date closes."""
    return "since" in before[-130:].lower() and bool(_SINCE_PHRASE_BEFORE.search(before[-130:]))


def tells_age(sentence: str) -> bool:
    """Whether the sentence tells the age of an act ("marks the 25th anniversary of", "celebrated ten years of"): its
    date is the marking's, not the act's."""
    return bool(_AGE_TOLD.search(sentence))


def lower_case_month(word: str, with_number: bool) -> bool:
    """Whether a month name written in lower case is a month: with a day or a year, and not "may" or "march"."""
    return with_number and word.rstrip(".") not in _WORD_MONTHS
