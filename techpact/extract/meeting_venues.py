"""States named only as the place of a meeting ("ahead of the APEC summit in South Korea", "at talks held in Qatar")
are venues, not the state a story is about (extraction rule, ours, after the guide: a state named only as a venue is
not a party). The reader keeps them apart from the actors it has seen, so that an act whose maker goes unnamed ("the
president has announced three new agreements with Malaysia, Thailand and Japan") is not given to the venue."""

from __future__ import annotations

import re

from techpact.extract.facts import Mention
from techpact.extract.parties import Clause, clause_base

# The words of a meeting, read once as a gate (note_venues) and again in the pattern below.
_MEETING_WORDS = ("summit", "conference", "forum", "meeting", "talks", "gathering", "sidelines", "session", "ministerial",
                  "expo", "games", "congress", "assembly")
# Right before the name: a meeting, then "in" ("the summit in", "talks held in", "a forum taking place in the").
_MEETING_IN = re.compile(r"\b(?:" + "|".join(_MEETING_WORDS) + r")\s+(?:(?:held|hosted|taking\s+place|being\s+held|to\s+be\s+held)\s+)?"
                         r"in\s+(?:the\s+)?$", re.IGNORECASE)


def meeting_venue(clause: Clause, mention: Mention) -> bool:
    """Whether the mention names the place of a meeting ("the APEC summit in South Korea")."""
    local = mention.start - clause_base(clause)
    before = clause.text[max(0, local - 8):local].lower()
    return ("in " in before) and bool(_MEETING_IN.search(clause.text, max(0, local - 60), local))  # (most names follow no "in")


def note_venues(venues: set[str], seen: dict[str, int], clause: Clause) -> None:
    """Keep in venues the codes named so far only as the place of a meeting (called before seen counts this clause)."""
    if not clause.actors:
        return
    low = clause.text.lower()
    if " in " not in low or not any(word in low for word in _MEETING_WORDS):  # no meeting's place told: all are actors
        if venues:
            venues.difference_update(mention.code for mention in clause.actors if mention.how != "dateline")
        return
    named = [mention for mention in clause.actors if mention.how != "dateline"]
    actors = {mention.code for mention in named if not meeting_venue(clause, mention)}
    venues.difference_update(actors)
    venues.update(mention.code for mention in named if mention.code not in actors and mention.code not in seen)
