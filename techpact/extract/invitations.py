"""Invitations to join: one proposal from the inviter to each invitee, except those that are steps of a bloc's
membership, not acts between the inviter and the invitee (extraction rules, ours)."""

from __future__ import annotations

import re
from typing import Any

from techpact.extract import cues
from techpact.extract.parties import Clause, clause_base
from techpact.extract.status import find_status
from techpact.ontology.reference import is_bloc

# Right before the bloc's name, the membership asked for: "to join", "to become a full member of (the)".
_INTO_BEFORE = re.compile(
    r"\bto\s+(?:join|become)\s+(?:(?:a|an)\s+)?(?:(?:full|full-fledged|permanent|new|associate)\s+)?"
    r"(?:(?:member|partner|observer)(?:\s+(?:state|country|nation))?\s+(?:of|in)\s+)?(?:the\s+)?$", re.IGNORECASE)
# After the bloc's name, what makes it the owner of something joined, not the bloc joined: "the SCO's AI initiative".
_OWNED_AFTER = re.compile(r"[’']s\b|\s+(?:initiative|project|programme|program|platform|fund|bank|mission)\b", re.IGNORECASE)


def into_bloc(clause, invitation: re.Match, inviter: str) -> bool:
    """Whether a state invites the invitees into a bloc named in the clause ("South Africa extended invitations to
    A and B to join BRICS", "Russia invited C to become a full member of the SCO"): a membership step of the bloc,
    which the inviting chair or host does not make an act of its own with each invitee (not "to join the SCO's AI
    initiative")."""
    if is_bloc(inviter):
        return False  # "BRICS invited A to join": the bloc's own offer
    base = clause.span.start + max(0, clause.span.text.find(clause.text))
    for mention in clause.actors:
        local = mention.start - base
        if (is_bloc(mention.code) and local >= invitation.start()
                and _INTO_BEFORE.search(clause.text, max(0, local - 80), local)
                and not _OWNED_AFTER.match(clause.text, local + len(mention.surface))):
            return True
    return False


# The inviter as the owner of the invitation: "Ghana snubbed Kenya's invitation to join", "accepted Japan's recent
# invitation" (the owner's name, its possessive and a word or two, right before the invitation).
_OWNER_BEFORE = re.compile(r"^['’]s\s+(?:[\w-]+\s+){0,2}?$")


def inviter_and_invitees(clause, invitation: re.Match, before: list[str], after: list[str]) -> tuple[str | None, list[str]]:
    """Who invites and who is invited: the first actor named before the invitation and those named after it; or, when
    none is named after, the owner of the invitation ("Kenya's invitation") and the others named before it."""
    if after or len(before) < 2:
        return (before[0] if before else None), after
    base = clause_base(clause)
    owner = max((m for m in clause.actors if m.start - base < invitation.start() and m.code in before), key=lambda m: m.start)
    if not _OWNER_BEFORE.match(clause.text[owner.end - base:invitation.start()]):
        return before[0], after
    return owner.code, [code for code in before if code != owner.code]


def invitation_status(text: str, invitation: re.Match, status: str | None) -> str:
    """The status of an invitation (the inviter's offer): proposed, or what the clause tells of the invitation itself
    (declined, "will invite"); a plan the clause tells after it is the undertaking's own ("to participate in a joint
    effort, a project that will aim to ..."), not the offer's."""
    if status == "planned" and not find_status(text[:invitation.end()]):
        return "proposed"
    return status or "proposed"


def invite(reader: Any, clause: Clause, parties: list[str], status: str | None) -> None:
    """An invitation to join: one proposal from the inviter (named, or the bloc in the story) to each invitee."""
    match = cues.INVITATION.search(clause.text)
    base = clause_base(clause)
    before = [m.code for m in clause.actors if m.start - base < match.start() and m.code in parties]
    after = [code for code in dict.fromkeys(m.code for m in clause.actors if m.start - base > match.start())
             if code in parties and code not in before]
    inviter, after = inviter_and_invitees(clause, match, before, after)  # "B snubbed A's invitation to join"
    if inviter is None and cues.BLOC_BY_REFERENCE.search(clause.text[:match.start()]):
        inviter = next((code for code in reversed(list(reader.seen)) if is_bloc(code) and code not in after), None)
    if inviter is None or into_bloc(clause, match, inviter):
        return  # nobody to propose; or a bloc's membership step ("invitations to A and B to join BRICS")
    for invitee in after:
        reader._record([inviter, invitee], "proposal", invitation_status(clause.text, match, status), clause, back=False)
    reader.focus = reader.focus if len(after) == 1 else None  # one invitee: "Kenya declined the invitation" is its answer
