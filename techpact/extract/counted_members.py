"""A bloc's act told of a counted whole of its members ("The leaders of the five former Soviet republics, which make up
the EEU, approved a declaration"), when the passage lists exactly that many members of the bloc, before or after ("The
EEU comprises A, B, C, D and E"): the listed states are its parties and the bloc its framework, as the annotation guide
reads a list of members given as participants (extraction rules, ours)."""

from __future__ import annotations

import re

from techpact.extract.facts import Agreement, Membership
from techpact.ontology.reference import is_bloc

_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
            "eleven": 11, "twelve": 12}

# The whole told by its count: "the five former Soviet republics", "all nine member states", "the leaders of the 10
# members" (not "two of the members", nor "five other countries": a part).
_COUNTED_WHOLE = re.compile(
    r"\b(?:the|all|its|their)\s+(?:(?:leaders|heads\s+of\s+state|presidents|ministers|representatives)\s+of\s+(?:the|all|its)\s+)?"
    r"(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?!other\b)(?:[\w-]+\s+){0,2}?"
    r"(?:members|member\s+states|member\s+countries|countries|nations|states|republics)\b", re.IGNORECASE)


def counted_members_as_parties(agreements: list[Agreement], memberships: list[Membership]) -> None:
    """Make the listed members the parties of each act told of their bloc alone by a count they meet exactly."""
    for act in agreements:
        if len(act.parties) != 1 or not is_bloc(act.parties[0]) or not act.evidence:
            continue
        counted = _COUNTED_WHOLE.search(act.evidence[0].text)
        if counted is None:
            continue
        number = counted.group("n").lower()
        size = int(number) if number.isdigit() else _NUMBERS[number]
        bloc = act.parties[0]
        members = list(dict.fromkeys(m.state for m in memberships if m.bloc == bloc))
        if size >= 2 and len(members) == size:
            act.parties[:] = members
            act.framework = act.framework or bloc
