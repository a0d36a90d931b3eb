"""States a passage says have left a bloc are no members of it there, whatever another sentence tells of their joining
or membership: "Qatar left OPEC in 2019. Qatar, an OPEC member since 1961, ..." (a former member is no member; the guide's
look-alikes). Only a leaving told as done, with the state as the subject of "left", "quit", "exited", "withdrew from",
"pulled out of" or "was expelled from" the bloc (by name, or "the bloc"/"the organisation" when the passage names one
bloc); never one threatened, planned, denied or still to come, never a meeting left ("left the SCO summit early"), and
never when the passage tells a return ("rejoined")."""

from __future__ import annotations

import re

from techpact.extract.facts import Mention
from techpact.ontology.reference import is_bloc

_I = re.IGNORECASE
_LEFT = re.compile(r"\b(?:left|quit|exited|withdr[ae]w from|withdrawn from|pulled out of|(?:was|were|has been|had been)\s+expelled from"
                   r"|ceased to be (?:a )?members? of)\s+(?:the\s+)?", _I)
_LEFT_WORDS = ("left", "quit", "exited", "withdr", "pulled out", "expelled", "ceased")  # a cheap look at the whole text first
# The bloc as a referent when the passage names one bloc only.
_REFERENT = re.compile(r"(?:[\w-]+\s+){0,2}?(?:bloc|organi[sz]ation|alliance|cartel|union|group|grouping|club)\b", _I)
# What follows a bloc that names a thing of it rather than the bloc: "left the SCO summit early", "quit the EU talks".
_ITS_THING = re.compile(r"['’]|\s+(?:summit|meeting|talks|session|conference|forum|venue|hall|room|headquarters|building|statement"
                        r"|declaration|deal|agreement|bank|fund|plenary|gathering|delegation|stage|ministerial|event|programme"
                        r"|program|project|mission|exercises?|drills?|framework|format|pact|treaty|chairmanship|presidency)s?\b"
                        # a causative "left": "The dispute with Hungary left the EU divided"
                        r"|\s+(?:divided|split|weakened|reeling|isolated|exposed|unable|struggling|scrambling|without|with|short"
                        r"|vulnerable|stuck|facing|open|free|alone|behind|in\s+(?:disarray|limbo|crisis|turmoil|a\s))\b", _I)
# Between the state and the verb: nothing that makes the leaving talk, a wish, a plan or a denial.
_NOT_DONE = re.compile(r"\b(?:to|would|could|will|may|might|shall|should|must|can|not|never|n['’]t|no|if|unless|whether|threat\w*"
                       r"|plan\w*|consider\w*|vow\w*|want\w*|intend\w*|seek\w*|decid\w*|mull\w*|weigh\w*|refus\w*|deni\w*|rul\w+ out"
                       r"|rumou?r\w*|fear\w*|warn\w*"
                       # a state that is no subject: "The dispute with Hungary left ...", "talks between X and Y"
                       r"|with|by|of|against|from|for|between|over|about|towards?|than|and|or)\b", _I)
_REJOINED = re.compile(r"\bre-?join|\bre-?admit|\breturn\w* to\b", _I)
_NEAR = 80  # how far before the verb the subject may stand


def blocs_left(text: str, mentions: list[Mention]) -> set[tuple[str, str]]:
    """(state, bloc) for each state the passage says has left the bloc."""
    low = text.lower()
    if not any(word in low for word in _LEFT_WORDS) or not _LEFT.search(text) or _REJOINED.search(text):
        return set()
    blocs = {m.code for m in mentions if is_bloc(m.code)}
    left = set()
    for match in _LEFT.finditer(text):
        bloc = next((m for m in mentions if m.start == match.end() and is_bloc(m.code)), None)
        if bloc is not None and _ITS_THING.match(text, bloc.end):
            continue
        code = bloc.code if bloc is not None else next(iter(blocs)) if len(blocs) == 1 and _REFERENT.match(text, match.end()) else None
        if code is None:
            continue
        before = [m for m in mentions if match.start() - _NEAR <= m.start < match.start() and not is_bloc(m.code)
                  and m.how not in ("dateline",)]
        if not before:
            continue
        subject = before[-1]
        between = text[subject.end:match.start()]
        if re.search(r"[.;!?]", between) or _NOT_DONE.search(between) or len({m.code for m in before if m.start >= subject.start}) != 1:
            continue
        left.add((subject.code, code))
    return left
