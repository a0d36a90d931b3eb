"""Invitations that are steps of a bloc's membership, not acts between the inviter and the invitee (extraction
rules, ours)."""

from __future__ import annotations

import re

from techpact.ontology.reference import is_bloc

# The end of "invited ... to join" / "to become": what the invitee is asked into follows.
_INTO = re.compile(r"\bto\s+(?:join|become)\b", re.IGNORECASE)


def into_bloc(clause, invitation: re.Match, inviter: str) -> bool:
    """Whether a state invites the invitees into a bloc named in the clause ("South Africa extended invitations to
    A and B to join BRICS", "Russia invited C to become a full member of the SCO"): a membership step of the bloc,
    which the inviting chair or host does not make an act of its own with each invitee."""
    if is_bloc(inviter):
        return False  # "BRICS invited A to join": the bloc's own offer
    into = _INTO.search(clause.text, invitation.start(), invitation.end() + 1)
    if not into:
        return False
    base = clause.span.start + max(0, clause.span.text.find(clause.text))
    return any(is_bloc(m.code) and m.start - base >= into.start() for m in clause.actors)
