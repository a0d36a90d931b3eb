"""A programme named after a bloc is the bloc's initiative, not the bloc (extraction rules, ours; eval guide:
"initiatives they joined"): "Australia joined the G7 Critical Minerals Production Alliance", "Egypt joined the BRICS
Grain Exchange initiative", "joined NATO's Cyber Defence Centre of Excellence" are acts of the state with the bloc;
"joined the BRICS alliance", "joined the SCO" (the bloc's own name and a plain bloc noun) stay a membership, read by the
membership rules."""

from __future__ import annotations

import re

from techpact.extract.parties import Clause, clause_base
from techpact.ontology.reference import is_bloc

# After the bloc's name inside the joined phrase: a capitalised name of the programme, or a programme noun.
_PROGRAMME_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?:(?-i:[A-Z])[\w-]*|and|for|on|of|&)\s+){0,6}?(?:(?-i:[A-Z])[\w-]*\s+)"
    r"(?:initiative|project|platform|network|alliance|partnership|programme|program|mechanism|consortium|coalition|cent(?:re|er))\b"
    r"|(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:initiative|project|platform|network|programme|program|mechanism|cent(?:re|er))\b",
    re.IGNORECASE)


def blocs_programme(clause: Clause, joined: re.Match) -> list[str]:
    """The bloc a JOINED phrase names when it only names a programme of its own ("the G7 Critical Minerals
    Production Alliance", "the BRICS grain initiative"), so that what is joined is that programme: [] or [bloc]."""
    base = clause_base(clause)
    for mention in clause.actors:
        at = mention.start - base
        if is_bloc(mention.code) and joined.start() <= at < joined.end():
            return [mention.code] if _PROGRAMME_AFTER.match(clause.text, mention.end - base) else []
    return []
