"""Points listed after "it was agreed that:" are acts of their own (extraction rules, ours).

Official statements list what the sides agreed point by point: "... it was agreed that: 1. The Kingdom of Bahrain will
grant Saudi Arabia sovereignty over subscriber data held in its cloud centres. 2. The Kingdom of Bahrain will grant
Saudi Arabia partnership of the cargo centre." Each point that names two states and what one will do for the other is
a plan the sides agreed on: planned, between the states it names, of the kind it names (else an agreement). The list ends at the first clause that
is no point (not a bare number, not a point naming two states with "will"/"shall"), so "Additionally, the following
MoUs were signed:" is read as usual.
"""

from __future__ import annotations

import re

from techpact.extract import cues
from techpact.extract.gates import Hinted
from techpact.extract.parties import Clause
from techpact.ontology.reference import is_bloc

_I = re.IGNORECASE
# The lead of a list of points agreed: "it was agreed that:", "the two sides agreed on the following:".
_LEAD = Hinted(re.compile(r"\bagreed\s+(?:that|on\s+the\s+following|to\s+the\s+following|as\s+follows)\s*:\s*$", _I), "agreed")
_NUMBER = re.compile(r"^\W*(?:\d{1,2}|[a-h]|[ivx]{1,4})[.)]?\s*$", _I)
_WILL = re.compile(r"\b(?:will|shall|is\s+to|are\s+to)\b", _I)
_OPEN = "_agreed_points_open"


def read_point(reader, clause: Clause) -> bool:
    """Open the list after its lead, keep it open over bare numbers, and record each point naming two states with a
    future verb as a planned agreement between them; True when the clause was a point (read), else False."""
    text = clause.text
    if _LEAD.search(text):
        setattr(reader, _OPEN, True)
        return False
    if not getattr(reader, _OPEN, False):
        return False
    if _NUMBER.match(text):
        return True
    states = list(dict.fromkeys(m.code for m in clause.actors if m.how != "dateline" and not is_bloc(m.code)))
    if len(states) < 2 or not _WILL.search(text):
        setattr(reader, _OPEN, False)
        return False
    reader._clauses += 1
    kind = cues.find_kind(text)[0] or "agreement"  # "will grant A partnership of the centre": the kind it names
    reader._record(states, kind, "planned", clause, back=False, separate=True)
    reader.set_up.add(id(reader.focus))  # an instrument of another kind told later is not this point again
    reader.focus = None  # a point is told once: what follows the list is not read as more of it
    return True
