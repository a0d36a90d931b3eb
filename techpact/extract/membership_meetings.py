"""Members a sentence gathers and the next sentence names: "Leaders of the member states of the SCO signed the
declaration. The ceremony involved the leaders of China, Russia, ... and Pakistan" (the named states are the members
who met when this sentence says only members met, names no state of its own, and the next one names the participants
in one list, no other state beside them, and nothing that sets some apart: guests, observers, "also")."""

from __future__ import annotations

import re

from techpact.extract.membership_matches import NOT_MEMBER, Skeleton
from techpact.extract.gates import Opened

_I = re.IGNORECASE
# Who speaks for a state at a meeting: "leaders", "heads of state", "foreign ministers", "senior officials".
_ENVOYS = (r"(?:leaders|heads of (?:state|government)(?: and (?:state|government))?|presidents|prime ministers|(?:[\w-]+\s+)?ministers"
           r"|(?:[\w-]+\s+)?officials|representatives|delegations|envoys)")
# The members' envoys who met: "Leaders of member nations of the SCO", "heads of state of the CSTO member countries",
# "Foreign ministers from full member states of the SCO" (only members: never "and guests", "and partner states").
_MEMBERS_MET = re.compile(r"\b" + _ENVOYS + r"\s+(?:of|from)\s+(?:all\s+)?(?:the\s+)?(?:(?:full|full-fledged)\s+)?(?:member\s+(?:states"
                          r"|nations|countries)\s+of\s+(?:the\s+)?§B(?P<b>\d+)§|§B(?P<b2>\d+)§\s+member\s+(?:states|nations"
                          r"|countries))(?!\s*(?:,|and|as well as|together with|along with)\s+(?:[\w-]+\s+){0,2}?(?:guests?|partners?"
                          r"|observers?|invited|other))", _I)
# The next sentence names those who took part: "The ceremony involved the leaders of L", "the session brought together
# senior officials from L", or makes them the subject of the act: "The leaders of L signed" (never "addressed the summit",
# nor "was attended by" or "included", which tell of guests as well).
_NAMED = re.compile(r"^\W*(?:the\s+)?(?:[\w-]+\s+){0,1}?" + _ENVOYS + r"\s+(?:of|from)\s+(?:the\s+)?§L(?P<l>\d+)§\s+(?:have\s+|had\s+)?"
                    r"(?:signed|adopted|approved|endorsed|agreed|issued|inked)\b"
                    r"|\b(?:involved|brought together|gathered)\s+(?:the\s+)?"
                    r"(?:[\w-]+\s+){0,1}?" + _ENVOYS + r"\s+(?:of|from)\s+(?:the\s+)?§L(?P<l2>\d+)§", _I)
# Words that set some of the named apart from the members, or tell of others beside them.
_APART = re.compile(r"\b(?:not|nor|never|outside|neither|none|non-\w+|other than|except|guests?|invited|also|too|as well|besides"
                    r"|addition|alongside|joined by|with)\b", _I)
_PLACES = re.compile(r"§[LD]\d+§|¶P\d+¶")
# A cheap look at the raw sentence: the members' envoys.
_GATE = re.compile(r"\bmember\s+(?:states|nations|countries)\b", _I)
_GATE = Opened(_GATE)  # the same matches, tried only where one may start


def may_gather_members(sentence: str) -> bool:
    """Whether a sentence may tell that a bloc's members' envoys met (most do not)."""
    return "ember" in sentence and _GATE.search(sentence) is not None


def members_met_ahead(skeleton: Skeleton, following: Skeleton) -> list[tuple[str, str]]:
    """(state, bloc) for the states the next sentence (following) names as the participants of the meeting of a bloc's
    members this sentence (skeleton) tells of, when this one names no state and the next names no other."""
    met = _MEMBERS_MET.search(skeleton.text)
    if not met or "§L" in skeleton.text or "¶P" in skeleton.text or NOT_MEMBER.search(_PLACES.sub(" ", skeleton.text)):
        return []
    named = _NAMED.search(following.text)
    words = _PLACES.sub(" ", following.text)
    if not named or NOT_MEMBER.search(words) or _APART.search(words):
        return []
    states = list(dict.fromkeys(m.code for m in following.lists[int(named.group("l") or named.group("l2"))]))
    others = {m.code for place in _PLACES.findall(following.text) for m in following.lists[int(place[2:-1])]}
    if len(states) < 3 or not others <= set(states):
        return []
    bloc = skeleton.blocs[int(met.group("b") or met.group("b2"))]
    return [(state, bloc) for state in states]

