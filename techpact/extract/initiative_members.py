"""A state told as a member or partner of a named initiative takes part in it now (extraction rules, ours).

"Egypt is a key partner in China's Belt and Road Initiative", "Chile and Peru are members of the Pacific data
platform", "Kenya has been a participant in the programme since 2017": the present (or perfect) of being in an
arrangement tells it stands, with the state among its participants, as "joined the initiative" does (bloc_joining reads
both; a bloc so named is a membership, no act). Becoming one ("Egypt became a member of the BRICS alliance", "aspires to
become a partner in the initiative") is the joining itself, told so. The past ("was a partner in the project until
2019") tells nothing standing.
"""

from __future__ import annotations

import re

from techpact.extract.gates import Hinted
from techpact.extract.parties import Clause, clause_base

MEMBER_OF_INITIATIVE = Hinted(re.compile(
    r"\b(?:is|are|remains?|has been|have been|become|becomes|became|becoming)\s+(?:now\s+|still\s+|also\s+|long\s+)?"
    r"(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,3}?(?:member|partner|participant)s?"
    r"\s+(?:of|in|to)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,5}?"
    r"(?:initiative|project|platform|network|alliance|partnership|programme|program|mechanism|consortium|coalition|corridor)\b",
    re.IGNORECASE), "member", "partner", "participant")


def member_of_initiative(text: str) -> re.Match | None:
    """Where the text tells a state being a member, partner or participant of an arrangement now, else None."""
    return MEMBER_OF_INITIATIVE.search(text)


def owners(clause: Clause, match: re.Match) -> list[str]:
    """The states named in the possessive inside the match, as the arrangement's owners ("a partner in China's Belt
    and Road Initiative": China), which the party rules leave out as a place after "in"."""
    base = clause_base(clause)
    return [m.code for m in clause.actors if match.start() <= m.start - base < match.end()
            and clause.text[m.end - base:m.end - base + 2] in ("'s", "’s")]
