"""An act named by its sides, and told nothing of being made, is one that stands (extraction rule, ours; eval guide: in
force is "ongoing, existing").

"In the Comprehensive Strategic Partnership between Kenya and China, China will finance ...", "hailed the project as a
manifestation of the China-Laos comprehensive strategic partnership", "aligns with the Kenya-India Digital
Partnership, which aims to ...": the act is named as something the two have (after "the", a title holding their
hyphened compound, or followed by "between A and B"), and no verb in the few words before its name makes, plans,
offers or ends it; what the clause plans is something else. An act named with "new", one a verb right before its name
makes ("signed the A-B Digital Partnership", "agreed to set up the A-B Joint Commission"), one that is its clause's
subject ("The A-B Commission will meet in May"), one in a clause telling a signing, an end or a refusal, and one the
document already told (agreements._kind_told: "signed a memorandum ... the A-B Joint Memorandum would fund ...") keep
the status their clause tells (on fresh passages, a signing told beside a named act is more often its own). A title
with no compound of the sides ("the Quad Alliance", "the AI strategy") may be an actor's name or the act the story
makes.
"""

from __future__ import annotations

import re

from techpact.extract.status import find_status

# "the" and the title's words before the kind noun: capitalised words, hyphened compounds and a few plain adjectives.
_TITLE_BEFORE = re.compile(r"\bthe\s+((?:(?:[A-Z][\w.'’]*(?:[-–][A-Z][\w.'’]*)*|comprehensive|strategic|cooperative"
                           r"|digital|bilateral|trilateral|special|global|green|economic|technology|science|joint"
                           r"|privileged|all-round|enhanced|extended|[a-z]+-[a-z]+)\s+){1,7})$")
# "between A and B" right after the kind noun names the act by its sides too.
_BETWEEN_AFTER = re.compile(r"[\w-]*\s+between\s+")
# The sides' hyphened compound in the title: "the China-Laos ... partnership", "the EU-US Trade and Technology Council".
_SIDES_COMPOUND = re.compile(r"\b[A-Z][\w.'’]*[-–][A-Z][\w.'’]*\b")
_NEW = re.compile(r"\b(?:new|first|proposed|planned|future|possible|draft)\b", re.IGNORECASE)
_WORD = re.compile(r"[\w-]*")
_IN_FORCE = "in-force"
_SIGNED = "signed"
_ENDED = "ended"
_REJECTED = "rejected"


def _titled(text: str, where: int) -> int | None:
    """Where the act's title starts ("the" before it), when the kind noun at where is named by its sides; else None."""
    window = text[max(0, where - 120):where]
    if "the " not in window:
        return None
    between = _BETWEEN_AFTER.match(text, where) if " between " in text[where:where + 40] else None
    if not (between or "-" in window or "–" in window):
        return None
    title = _TITLE_BEFORE.search(text, max(0, where - 120), where)
    if title is None or _NEW.search(title.group(1)) or not (between or _SIDES_COMPOUND.search(title.group(1))):
        return None
    return title.start()


def standing_status(text: str, where: int, status: str | None) -> str | None:
    """In force for an act (its kind noun at where) named by its title, when the few words before the title tell no
    status of it and the clause reads it planned, offered or tells no status (a signing, an end or a refusal the
    clause tells stays); else the status as read."""
    if status in (_ENDED, _REJECTED, _IN_FORCE, _SIGNED) or where >= len(text):
        return status
    start = _titled(text, where)
    if start is None:
        return status
    lead = text[max(0, start - 60):start]
    lead = lead[lead.rfind(",") + 1:] if "," in lead else lead
    if find_status(lead + text[start:_WORD.match(text, where).end()]):
        return status  # "looks forward to the A-B Digital Economy Agreement": the verb before tells its status
    opening = text[:start].strip()
    if not opening or opening.endswith(","):
        return status  # the act is the subject: what its verb says is its status
    return _IN_FORCE
