"""An act approved by one side's cabinet or government: a domestic step, not the act concluded (extraction rule, ours).

News of a cabinet meeting or a government decree tells that the executive "approved an MoU with X" or "gave its
nod to the agreement with Y": the approval one side's government gives before (or after) the signing, not the
signing. Told alone, the act is still ahead of its conclusion (planned); a clause or report that also tells its
signing ("approved the MoU, which was signed in March", "The MoUs were signed this year") makes it signed, since a
stronger status is not overwritten. A legislature's approval is its ratification (status_shapes), and two
governments approving a text together ("the two governments approved an action plan") adopt it: neither is read here.
"""

from __future__ import annotations

import re

from techpact.extract.gates import Hinted, Opened

_I = re.IGNORECASE

# One side's executive as the subject: "the Union Cabinet", "Russia's government", "the Council of Ministers" (in the
# singular, and alone: "the two governments", "Ghana's cabinet and Togo's" are sides adopting a text together).
_EXECUTIVE = r"\b(?:cabinet|government|council of ministers|cabinet of ministers)\b(?!['’]s)"
# What is approved: an instrument, with words before its noun ("an intergovernmental agreement", "four memoranda of
# understanding"), but not its ratification or its being concluded earlier ("ex-post facto approval").
_APPROVED_ACT = (r"(?:(?:the|a|an|its|this|that|two|three|four|five|six|several)\s+)?(?:(?!ratification\b|draft\b|signing\b)"
                 r"[\w’'-]+\s+){0,5}?(?:agreements?|accords?|pacts?|treat(?:y|ies)|deals?|memorand(?:um|ums|a)|MoUs?|MoCs?"
                 r"|protocols?|conventions?|arrangements?)\b")
EXECUTIVE_APPROVED = Hinted(re.compile(
    r"(?:" + _EXECUTIVE + r")(?:(?!\band\b|&)[^.;:]){0,50}?\b(?:approved|approves|has approved|cleared|clears|okayed|okays"
    r"|g(?:ave|iven|ives)\s+(?:its\s+|their\s+|the\s+)?(?:approval|nod|go-ahead|green light)\s+(?:to|for))\s+" + _APPROVED_ACT, _I),
    "cabinet", "government", "council of ministers")
# The same in the passive, the act as subject: "The MoU was approved by the Union Cabinet", "the agreement has been cleared
# by Ghana's government" (one executive; "by both governments" is two sides adopting a text together).
EXECUTIVE_APPROVED_PASSIVE = Hinted(re.compile(
    r"\b(?:agreements?|accords?|pacts?|treat(?:y|ies)|deals?|memorand(?:um|ums|a)|MoUs?|MoCs?|protocols?|conventions?"
    r"|arrangements?)\b[^.;:]{0,60}?\b(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+(?:(?:formally|officially|also|now)\s+)?"
    r"(?:approved|cleared|okayed)\s+by\s+(?!both\b|the\s+two\b)(?:the\s+|its\s+|their\s+|(?-i:[A-Z])[\w.’'-]*['’]s\s+)?"
    r"(?:[\w-]+\s+){0,2}?" + _EXECUTIVE, _I),
    "cabinet", "government", "council of ministers")
# An approval given after the act was concluded: "gave ex-post facto approval", "approved retrospectively".
_AFTER_THE_FACT = Opened(re.compile(r"\bex[- ]post[- ]facto\b|\bretrospective(?:ly)?\b|\bpost[- ]facto\b", _I))


# Another side coordinated before the executive: "the cabinet of Ghana and the cabinet of Togo approved", "Ghana and
# Togo's governments" (the text just before the match).
_COORDINATED_BEFORE = re.compile(r"\band\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}$|\b(?:cabinet|government)\b[^.;:,]*\band\b[^.;:,]*$", _I)


def approved_by_executive(text: str) -> bool:
    """Whether the clause tells one side's cabinet or government approving an act, in either voice (not after the
    fact)."""
    if _AFTER_THE_FACT.search(text):
        return False
    return any(not _COORDINATED_BEFORE.search(text, max(0, match.start() - 80), match.start())
               for match in EXECUTIVE_APPROVED.finditer(text)) or bool(EXECUTIVE_APPROVED_PASSIVE.search(text))
