"""An act told as replaced by another: the older act ended, an act of its own (extraction rule, ours).

"The initiative on critical and emerging technologies (iCET) has given way to TRUST", "The 2015 memorandum was
replaced by a new agreement", "the pact, which supersedes their 2010 accord", "the ratification retires a 1995 deal":
the act replaced no longer runs, so the guide records it ended, beside the act that replaces it. The clause is then
read as usual for the new act.

Guards: the replaced side names an instrument (a kind noun), and the replacing is told done, not ahead or denied ("will
replace", "could give way to", "has not been replaced"); its parties are the clause's states, or the act in focus's when
the clause names none of others ("retires a deal more favourable to the Italians", told of the Kenya-Italy act).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from techpact.extract import cues
from techpact.extract.gates import Hinted
from techpact.extract.parties import Clause

if TYPE_CHECKING:
    from techpact.extract.agreements import AgreementReader

_I = re.IGNORECASE
# The replaced one before the verb: "X has given way to Y", "X was replaced by Y", "X was superseded by Y".
_OLD_BEFORE = Hinted(re.compile(r"\b(?:(?:has|have|had)\s+(?:now\s+)?given\s+way\s+to|(?:was|were|has\s+been|have\s+been|had\s+been)"
                                r"\s+(?:formally\s+)?(?:replaced|superseded|succeeded)\s+by)\b", _I), "given way", "replaced", "superseded", "succeeded")
# The replaced one after the verb: "Y, which replaces X", "Y replaced the 2010 memorandum", "the successor to X".
_OLD_AFTER = Hinted(re.compile(r"\b(?:replaces|replaced|supersedes|superseded|retires|retired|(?:the\s+)?successor\s+(?:to|of))\s+(?P<old>[^,;.]{0,80})", _I),
                    "replace", "supersede", "retire", "successor")
# A step of the act in focus as the one that replaces: "The ratification retires a 1995 deal".
_STEP_REPLACES = re.compile(r"\W*(?:the|this|its|their)\s+(?:ratification|signing|approval|adoption|conclusion|entry into force)\s+"
                            r"(?:replaces|replaced|supersedes|superseded|retires|retired)\b", _I)
# The replacing told ahead, possible or denied: "will replace", "could give way to", "has not been replaced".
_NOT_DONE = re.compile(r"\b(?:will|would|could|may|might|should|to|not|never|yet)\s+(?:\w+\s+){0,2}$", _I)


def record_replaced(reader: AgreementReader, clause: Clause) -> bool:
    """Record, ended, the act a clause tells replaced by another, kept apart from what the rest of the clause tells;
    False, so the clause is read on for the act that replaces it, unless the replacing is a step of the act in focus
    ("The ratification retires a 1995 deal"): then the clause tells nothing more (True)."""
    text = clause.text
    old = _replaced_side(text)
    if old is None:
        return False
    kind, _ = cues.find_kind(old)
    states = list(dict.fromkeys(m.code for m in clause.actors if m.how != "dateline"))
    parties = states if len(states) >= 2 else (list(reader.focus.parties) if reader.focus and set(states) <= set(reader.focus.parties) else [])
    if kind is not None and len(parties) >= 2:
        recorded = len(reader.agreements)
        reader._prior_act(kind, parties, clause, status="ended")
        if len(reader.agreements) > recorded:  # the clause's own act is the one that replaces it (act_separation.retold)
            reader.apart = reader.agreements[-1]
        if reader.focus and _STEP_REPLACES.match(text):
            reader._extend(reader.focus, None, None, clause)
            return True
    return False


def _replaced_side(text: str) -> str | None:
    """The text naming the act replaced, or None when the clause tells no replacing done."""
    before = _OLD_BEFORE.search(text)
    if before and not _NOT_DONE.search(text, max(0, before.start() - 30), before.start()):
        return text[:before.start()]
    after = _OLD_AFTER.search(text)
    if after and not _NOT_DONE.search(text, max(0, after.start() - 30), after.start()):
        return after.group("old")
    return None
