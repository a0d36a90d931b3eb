"""Counterparts of a side left unnamed are not one act together (extraction rules, ours).

News often tells the deals of a side it does not name by a state's name in that sentence: "It has signed similar
deals with A, B and C", "Agreements have already been signed with A and B", "The cabinet approved four memoranda with
A, B, C and D", "the Commission has a digital partnership with A, B, C and D". The states listed after "with" are each
a counterpart of that side, never the sides of one act among themselves; with the side unknown, no act is told.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from techpact.extract.facts import Agreement, Mention

# "with" opening a list, not "together with", "along with", "in line with", "in cooperation with" (the subject named
# after them: "Together with A and B, the US launched ...").
_WITH_BEFORE = re.compile(r"(?<!together )(?<!along )(?<!line )(?<!cooperation )(?<!partnership )(?<!jointly )\bwith\s+"
                          r"(?:the\s+)?$", re.IGNORECASE)
# Between the names of the list: commas, "and", "the", a bracketed acronym.
_LIST_GLUE = re.compile(r"(?:\s*(?:,|\band\b|\bthe\b|\([^()]{1,12}\))\s*)*", re.IGNORECASE)


def _counterparts_only(agreement: Agreement, mentions: list[Mention], starts: list[int] | None) -> bool:
    """Whether every party of the act is named in a list opened by "with" in its first sentence, and no actor is named
    before the first list (the side the lists are of is left unnamed). starts: the mentions' starts when they are in
    order of them (the sentence's mentions are then found by bisection, not by a look at every mention)."""
    span = agreement.evidence[0]
    near = mentions if starts is None else mentions[bisect_left(starts, span.start):bisect_left(starts, span.end)]
    inside = [m for m in near if span.start <= m.start < span.end and m.how != "dateline"]
    ours = [m for m in inside if m.code in agreement.parties]
    if len(ours) < 2 or {m.code for m in ours} != set(agreement.parties) or inside[0] is not ours[0]:
        return False
    previous = None
    for mention in ours:
        local = mention.start - span.start
        glued = previous is not None and _LIST_GLUE.fullmatch(span.text, previous.end - span.start, local)
        if not glued and not _WITH_BEFORE.search(span.text, max(0, local - 30), local):
            return False
        previous = mention
    return True


def without_unnamed_side(agreements: list[Agreement], mentions: list[Mention]) -> list[Agreement]:
    """The acts but those whose parties are only the counterparts listed after "with" of a side left unnamed."""
    starts: list[int] | None = [m.start for m in mentions]
    if any(a > b for a, b in zip(starts, starts[1:])):
        starts = None  # not in order: every mention is looked at
    return [a for a in agreements if not (a.evidence and len(set(a.parties)) >= 2 and _counterparts_only(a, mentions, starts))]
