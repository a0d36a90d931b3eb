"""A meeting of a bloc's own organ is not an act of the states around it (extraction rules, ours).

News tells the bloc's ordinary life by its organs: "hosted the third GCC Ministerial Committee meeting", "left for
Minsk to attend the 20th Meeting of the Council of Heads of Government of the SCO". The body belongs to the bloc and
stands already; the host, the travellers and the cities they leave are not the sides of a working group. A body named
for its members ("the sixth meeting of the EU-US Trade and Technology Council", "the ASEAN-Japan committee") is theirs
and stays a standing act of theirs; so does a clause telling a signing at the organ's meeting (the caller's test:
"the signing ceremony of the leaders of A, B and C took place at the 18th Meeting of the SCO Council").
"""

from __future__ import annotations

import re

from techpact.extract.parties import Clause, clause_base
from techpact.ontology.reference import is_bloc

# Between the body's head noun and the bloc it belongs to: "Council of Heads of Government of the ".
_OF_CHAIN = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,6}?(?:(?:of|for)\s+(?:the\s+)?)?")
_REACH = 80


def bloc_organ(clause: Clause, standing: re.Match) -> bool:
    """Whether the standing body of the clause (cues.STANDING_BODY's match) is a bloc's organ: a bloc named in its
    name, or after it by "of (the)", and no state named in it."""
    base = clause_base(clause)
    start, end = standing.start(), standing.end()
    inside = [m for m in clause.actors if start <= m.start - base < end]
    if any(not is_bloc(m.code) for m in inside):
        return False  # "the EU-US Trade and Technology Council": the body of its members
    if inside:
        return True
    after = [m for m in clause.actors if end <= m.start - base <= end + _REACH and is_bloc(m.code)]
    return bool(after and _OF_CHAIN.fullmatch(clause.text[end:after[0].start - base]))
