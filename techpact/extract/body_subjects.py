"""A standing body of two actors at work: "The Egypt-Russia Intergovernmental Commission discussed new projects",
"China-Pakistan Joint Working Group (JWG) on IT has identified six areas of cooperation" (extraction rules, ours).

A body named by the compound of its two sides and the subject of a verb of its work (met, discussed, reviewed,
identified, agreed) exists: it is in force, whatever its work decided ("discussed" projects, "would" exchange data are
the body's work, not a plan of the body). Not a body told being made ("The A-B Council was set up", "established a
roadmap" is its work, but "The A-B Committee will be created" is not told as working) nor one still to meet ("will meet").
"""

from __future__ import annotations

import re

from techpact.extract.parties import Clause, clause_base

# After the compound: the body's title, what it is on, its acronym, then the verb of its work.
_BODY_AT_WORK = re.compile(
    r"(?:\s+(?:and\s+)?(?-i:[A-Z][\w-]*)){0,6}?\s+(?-i:Council|Commission|Committee|Working\s+Group|Task\s+Force|Dialogue)"
    r"(?:\s*\((?-i:[A-Z]+)\))?(?:\s+(?:on|for)\s+(?:[\w-]+\s+){0,8}?[\w-]+)??(?:\s*\((?-i:[A-Z]+)\))?,?\s+(?:has\s+|have\s+|had\s+)?"
    r"(?!(?:established|created|formed|launched|founded|constituted|inaugurated|instituted|proposed|planned)\b)"
    r"(?P<verb>(?-i:[a-z]+ed|met|held|began|saw|took|made|set\s+out|drew\s+up))\b")


def body_at_work(clause: Clause) -> bool:
    """Whether the clause opens with a body named by its two actors' compound, doing its work (module docstring)."""
    if len(clause.actors) < 2:
        return False
    first, second = clause.actors[0], clause.actors[1]
    base = clause_base(clause)
    opening = clause.text[:first.start - base].strip().lower()
    if opening not in ("", "the") or second.start != first.end + 1 or clause.text[first.end - base] not in "-–":
        return False
    return bool(_BODY_AT_WORK.match(clause.text, second.end - base))
