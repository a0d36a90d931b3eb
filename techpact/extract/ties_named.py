"""A partnership a speaker calls "our partnership" is the standing relationship talked about, not an act (extraction
rules, ours).

Officials praise an act by what it does for the ties: "It would ... strengthen this important pillar of our
people-to-people partnership", "This is a milestone in our strategic partnership". The first person's possessive
names the relationship the speaker's country already has, as "a closer partnership" names one wished for
(cues.TIES_WISHED); no new partnership is made. A partnership with an instrument noun after it ("our partnership
agreement") or one launched ("we launched a partnership") keeps its kind.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
# "our partnership", "our people-to-people partnership", "our comprehensive strategic partnership".
_OUR = re.compile(r"\bour\s+(?:[\w-]+\s+){0,3}$", _I)
# A verb of making before "our": "we launched our new partnership" makes one.
_MADE_BEFORE = re.compile(r"\b(?:launch|sign|form|establish|forg|seal|ink|creat|unveil|conclud|upgrad)\w*\s+our\s+", _I)
_INSTRUMENT_AFTER = re.compile(r"^partnerships?\s+(?:agreements?|accords?|treat(?:y|ies)|memorand\w*|declarations?"
                               r"|frameworks?|deals?)\b", _I)


def our_ties(text: str, where: int) -> bool:
    """Whether the partnership noun at where is the speaker's "our partnership": the relationship, not an act."""
    our = _OUR.search(text, max(0, where - 48), where)
    if our is None or _INSTRUMENT_AFTER.match(text[where:]):
        return False
    return not _MADE_BEFORE.search(text, max(0, our.start() - 24), our.start() + 5)
