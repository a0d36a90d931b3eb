"""An act served by what a clause concludes is in force (extraction rule, ours).

A verb of concluding tells an act's status only when the act is what is concluded. News often tells the conclusion of
another thing that serves a standing act: a domestic law enacted to ratify it ("the president signed a law to ratify
the agreement with X"), or a thing made or done under it ("a satellite was launched on Friday under their joint
programme", "the fifth plant built under the treaty"). The act itself is then ratified or operating: in force in the
guide's words. Guards, each a principle: the serving act is told as done (not "will sign a law to ratify", "will be
launched under"); what is concluded is not itself an instrument ("signed a memorandum under their partnership" tells
the memorandum), nor is any other instrument named in the clause; and the act served is not a new one ("under a new
agreement signed today").
"""

from __future__ import annotations

import re

from techpact.extract.gates import Hinted

_I = re.IGNORECASE

# The instruments an event may be done under, or a law may ratify.
_INSTRUMENT = (r"(?:agreements?|accords?|pacts?|treat(?:y|ies)|memorand(?:um|ums|a)|MoUs?|protocols?|partnerships?|conventions?"
               r"|charters?|arrangements?|programmes?|programs?|frameworks?|initiatives?)")
# A domestic legal act enacted to ratify the act, or on it: "signed a law to ratify", "issued a decree ratifying",
# "adopted a resolution on ratification of", "passed a bill on the agreement with X", "approved a bill to promote
# cooperation between the governments of X and Y" (an intergovernmental act by its title).
_RATIFYING_LAW = Hinted(re.compile(
    r"\b(?:signed|issued|adopted|passed|enacted|approved|promulgated)\s+(?:(?:a|an|the)\s+)?(?:(?:federal|new|presidential"
    r"|national)\s+)?(?:laws?|decrees?|bills?|acts?|resolutions?|ordinances?|edicts?)\s+(?:to\s+ratify|ratifying"
    r"|(?:on|for|of)\s+(?:the\s+)?ratif(?:ication|ying)"
    r"|(?:on|regarding|concerning|approving|to\s+approve|to\s+promote|for)\s+(?:(?:the|an?)\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:" + _INSTRUMENT[3:-1] + r"|treaty|co-?operation\s+between\s+(?:the\s+)?governments\s+of)\b)", _I),
    "law", "decree", "bill", "act", "resolution", "ordinance", "edict")
# One side's executive enacting it: a draft it sends on to the legislature ("the cabinet approved a bill to ratify").
_EXECUTIVE_BEFORE = re.compile(r"\b(?:cabinet|government|council of ministers|draft)\b", _I)
# A thing told done under an instrument: "was launched into space on Friday under a bilateral program", "developed
# under the CBERS program" (a participle or past verb, a few words, then "under" and the instrument).
_DONE_UNDER = Hinted(re.compile(
    r"\b(?:\w+ed|built|made|held|run|undertaken|carried\s+out|put|sent|begun|done|grown|won|set\s+up)\s+(?:[\w,-]+\s+){0,5}?"
    r"(?P<under>under)\s+(?:the|a|an|their|its|this|that|these|both\s+countries['’]?)\s+(?P<name>(?:[\w()'’-]+\s+){0,6}?)"
    + r"(?P<act>" + _INSTRUMENT + r")\b(?P<after>[^.;]{0,40})", _I), "under")
# Words before a serving verb that put it ahead or deny it: "will be launched under", "did not sign a law to ratify".
_AHEAD_BEFORE = re.compile(r"\b(?:will|would|shall|could|(?-i:may)|might|should|must|to|not|never|n[’']t|yet|expected|set"
                           r"|due|plans?|planned|about)\s+(?:\w+\s+){0,2}$", _I)
# Another instrument in the clause, before or after the one served: what is concluded may be that instrument ("signed a
# memorandum under ...", "signed, under the framework of their partnership, three agreements"), and the clause tells it.
_INSTRUMENT_BEFORE = re.compile(r"\b(?:agreements?|accords?|pacts?|treat(?:y|ies)|deals?|memorand\w*|MoUs?|protocols?"
                                r"|contracts?|declarations?|statements?|road ?maps?|programmes?|programs?|initiatives?"
                                r"|partnerships?|frameworks?|charters?)\b", _I)
# The act served told as new, or as concluded in the same breath: "under a new agreement", "under the pact signed today".
_NEW_ACT = re.compile(r"\bnew\b|\b(?:to be\s+)?(?:signed|inked|sealed|concluded|reached|agreed|adopted|launched|established"
                      r"|set up|created)\b", _I)


def act_served(text: str) -> bool:
    """Whether the clause tells something done that serves a standing act: a law enacted to ratify it, or a thing
    made or done under it (told done, not itself an instrument, the act not a new one)."""
    for match in _RATIFYING_LAW.finditer(text):
        if not (_AHEAD_BEFORE.search(text, max(0, match.start() - 40), match.start())
                or _EXECUTIVE_BEFORE.search(text, 0, match.end())):
            return True
    for match in _DONE_UNDER.finditer(text):
        if (_AHEAD_BEFORE.search(text, max(0, match.start() - 40), match.start())
                or _INSTRUMENT_BEFORE.search(text, 0, match.start("under"))
                or _INSTRUMENT_BEFORE.search(text, match.end("act"))
                or _NEW_ACT.search(match.group("name")) or _NEW_ACT.match(match.group("after").lstrip(" ,"))):
            continue
        return True
    return False
