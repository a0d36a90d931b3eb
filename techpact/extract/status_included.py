"""An act told as one of what the sides made just before takes that making's status (extraction rules, ours).

A summit story lists its outcomes after telling them made: "The leaders signed five agreements on Monday. Among them
is a partnership to fight cancer", "The Quad announced a number of projects. These include the Cancer Moonshot, a
partnership to save lives". The listed act's own sentence tells no status, and its kind's default (a partnership:
planned) would say it is still ahead; it is one of those made, and has the status they were told with.
"""

from __future__ import annotations

import re

from techpact.extract.facts import Agreement
from techpact.ontology.vocabulary import STATUS_RANK

# A sentence opening on what was told before, as some of it: "These include", "They also included", "Among them is".
_ONE_OF_THOSE = re.compile(r"\W*(?:(?:these|they|those)\s+(?:also\s+)?includ(?:e|ed)|among\s+(?:them|these|those|the\s+(?:outcomes|"
                           r"agreements|documents|deals|initiatives|announcements|projects)))\b", re.IGNORECASE)


def included_status(agreement: Agreement, before: list[Agreement]) -> str | None:
    """The status of the nearest act of the same parties told before (before, in text order), when the act's first
    sentence tells it as one of those ("These include ...", "Among them is ...") and tells no status of its own."""
    if agreement.status or not agreement.evidence or not _ONE_OF_THOSE.match(agreement.evidence[0].text):
        return None
    for other in reversed(before):
        if set(other.parties) == set(agreement.parties) and other.status:
            # a making told before: made, offered or planned (not an act running, ended or refused)
            return other.status if STATUS_RANK[other.status] < STATUS_RANK["in-force"] else None
    return None
