"""The relative clause set off by commas right after the parties opening a clause: "Chile and Peru, which have had a
partnership since 2016, ...". What it says is about the parties (their history, an act they have), not the clause's
own verb (status_aside, aside_acts, status_shapes)."""

from __future__ import annotations

import re

# A relative clause set off by commas after the parties: ", which have had a partnership since 2016,".
RELATIVE_ASIDE = re.compile(r",\s*(?:which|who)\s+[^,;()]*,", re.IGNORECASE)
# The parties it is about, opening the clause: "Chile and Peru", "The two countries" (not "the opposition party in
# Togo, which opposed the memorandum,": an aside about someone else).
PARTIES_BEFORE = re.compile(r"^\W*(?:(?-i:[A-Z])[\w.'’-]*(?:\s+(?:and\s+)?(?-i:[A-Z])[\w.'’-]*)*"
                             r"|(?:the|both)\s+(?:two\s+)?(?:countries|sides|nations|states|governments))$", re.IGNORECASE)


def parties_aside(text: str) -> re.Match | None:
    """The first relative clause set off by commas right after the parties opening the clause, if any."""
    aside = RELATIVE_ASIDE.search(text)
    return aside if aside and PARTIES_BEFORE.match(text[:aside.start()]) else None


def in_parties_aside(text: str, at: int) -> bool:
    """Whether offset at stands inside the aside about the parties opening text."""
    aside = parties_aside(text)
    return aside is not None and aside.start() <= at < aside.end()
