"""A bloc named inside the name of a programme or a meeting is no party beside two others (extraction rules, ours):
"Canada and the EU agreed to advance the G7 AI Adoption Roadmap", "hosted the Canada-EU council while taking part in
the G7 Industry, Digital and Technology Ministers' Meeting". A state joining the bloc's own programme ("Australia
joined the G7 Critical Minerals Production Alliance") keeps the bloc: it is the other side there."""

from __future__ import annotations

import re

from techpact.extract.parties import Clause, clause_base
from techpact.ontology.reference import is_bloc

# After the bloc's name: capitalised words (commas and "and" between them), then the programme or meeting noun.
_NAME_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?:[A-Z][\w-]*(?:['’]s?)?,?|and|of|on|for|&)\s+){0,8}?"
    r"(?:Roadmap|Road\s+Map|Action\s+Plan|Plan|Process|Programme|Program|Strategy|Agenda|Principles|Code\s+of\s+Conduct"
    r"|Meeting|Ministerial|Ministerial\s+Meeting|Summit|Forum|Conference|Presidency|Declaration|Communiqu[eé])\b")


def name_modifiers(clause: Clause, parties: list[str]) -> list[str]:
    """parties without the blocs that only modify a programme's or meeting's name, when at least two other parties
    stay."""
    if len(parties) < 3:
        return parties
    base = clause_base(clause)
    dropped = {m.code for m in clause.actors
               if is_bloc(m.code) and m.code in parties and _NAME_AFTER.match(clause.text, m.end - base)}
    kept = [code for code in parties if code not in dropped]
    return kept if dropped and len(kept) >= 2 else parties
