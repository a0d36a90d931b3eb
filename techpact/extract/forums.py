"""Blocs named as forums where talks go on are settings, not actors (extraction rules, ours): "helping to inform
discussions in international forums such as the G7 and G20", "to coordinate positions in fora like the G20 and
APEC". Named so, they neither end the act in focus nor become the pair a later "the two countries" stands for."""

from __future__ import annotations

import re

from techpact.extract.gates import Hinted
from techpact.extract.parties import Clause, clause_base
from techpact.ontology.reference import is_bloc

# "(international) forums such as", "fora like", "multilateral platforms including"
_FORUMS = Hinted(re.compile(r"\b(?:fora|forums?|platforms|venues|settings|formats|groupings)\s+(?:such\s+as|like|including|as)\s",
                            re.IGNORECASE), "fora", "forum", "platforms", "venues", "settings", "formats", "groupings")
# what may stand between the lead and a bloc of its list: other names, "the", commas, "and", "or"
_LIST_GAP = re.compile(r"^(?:[\s,]|\bthe\b|\band\b|\bor\b|\b[A-Z][\w-]*\b)*$")


def not_forums(clause: Clause, named: list[str]) -> list[str]:
    """named without the blocs the clause names only as forums of talks."""
    if not any(map(is_bloc, named)):
        return named
    lead = _FORUMS.search(clause.text)
    if lead is None:
        return named
    base = clause_base(clause)
    forums = {m.code for m in clause.actors if is_bloc(m.code) and m.start - base >= lead.end()
              and _LIST_GAP.match(clause.text[lead.end():m.start - base])}
    return [code for code in named if code not in forums]
