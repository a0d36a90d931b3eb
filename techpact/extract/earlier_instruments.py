"""Instruments a clause tells as made before the act in focus are acts of their own (extraction rules, ours).

After the news act, a story often recalls what the same parties had already done: "Prior to the MoU, three bilateral
agreements were also signed", "..., noting that the two countries had reached a preliminary agreement to work together
on cyber-defence". The guide lists each act a passage reports, so the earlier instrument is one more act of the
parties in focus, made (signed), with no date of the news sentence. Only an instrument told with an article or a count
and a verb of making in the past perfect with the parties as its subject, or after "prior to / before the <act>",
counts: "the agreement had been discussed for years", "a miner said it had signed a supply agreement" or "before the
meeting, the ministers talked" make nothing.
"""

from __future__ import annotations

import re

from techpact.extract import cues
from techpact.extract.facts import Agreement
from techpact.extract.gates import Hinted
from techpact.extract.parties import Clause

_I = re.IGNORECASE
_NOUN = (r"(?P<{}>agreements?|accords?|memorand(?:um|a|ums)|MoUs?|treat(?:y|ies)|pacts?|deals?|protocols?"
         r"|declarations?|documents)")

_MADE = r"(?:signed|inked|concluded|reached|sealed|struck|adopted)"
# "Prior to the MoU, three bilateral agreements were also signed"; "Before the treaty, two protocols had been inked".
_PRIOR_TO = (r"^\W*(?:prior\s+to|before|ahead\s+of|preceding)\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,3}?"
             r"(?:agreement|accord|memorandum|MoU|treaty|pact|deal|signing)\b[^,;]{0,30},\s+(?:a|an|two|three|four|five|several"
             r"|\d+)\s+(?:[\w-]+\s+){0,2}?" + _NOUN.format("noun") + r"\s+(?:were|was|had\s+been|have\s+been)\s+(?:also\s+)?" + _MADE + r"\b")
# "the two countries had reached a preliminary agreement", "they had already signed an MoU on ...".
# (the parties as the subject: not "a miner said it had signed a supply agreement")
_PARTIES = (r"\b(?:the\s+(?:two\s+|both\s+)?(?:countries|sides|nations|governments|parties|states)|both\s+(?:countries|sides|nations"
            r"|governments)|they|(?-i:[A-Z])[\w-]+\s+and\s+(?-i:[A-Z])[\w-]+)\s+")
_HAD_MADE = (_PARTIES + r"had\s+(?:already\s+|earlier\s+|previously\s+)?" + _MADE + r"\s+(?:a|an|two|three|several)\s+(?:[\w-]+\s+){0,2}?"
             + _NOUN.format("noun2") + r"\b")
_EARLIER = Hinted(re.compile(_PRIOR_TO + "|" + _HAD_MADE, _I), "prior", "before", "ahead", "preceding", "had")


def earlier_instrument(clause: Clause, focus: Agreement | None) -> Agreement | None:
    """The earlier act a clause tells beside the act in focus (its parties, made), or None when it tells none; a clause
    naming two or more other actors is left to the usual rules (it may name other parties)."""
    if focus is None or len(focus.parties) < 2:
        return None
    found = _EARLIER.search(clause.text)
    if found is None or len({m.code for m in clause.actors} - set(focus.parties)) > 0:
        return None
    kind = cues.find_kind(found.group("noun") or found.group("noun2"))[0] or "agreement"
    act = Agreement(kind=kind, status="signed", parties=list(focus.parties), framework=focus.framework)
    act.add_sectors(clause.sectors)
    act.add_evidence(clause.span)
    return act


def prior_told(reader, clause: Clause) -> bool:
    """Record the earlier act a clause tells, undated; True when the clause tells nothing else to read (it opens on
    "prior to the <act>"), False when it goes on to speak of the act in focus too, or tells no earlier act."""
    act = earlier_instrument(clause, reader.focus)
    if act is None:
        return False
    reader.agreements.append(act)
    reader.undated.add(id(act))
    return bool(re.match(_PRIOR_TO, clause.text, _I))
