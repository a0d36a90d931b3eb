"""A state's participation in a bloc suspended, frozen or terminated: an act of the state and the bloc, ended.

"Armenia suspends its participation in the Collective Security Treaty Organization", "Armenia's participation in
the CSTO is frozen", "X has terminated its membership in the bloc": the state's tie to the bloc ends (a bloc
membership story is also an act between the state and the bloc the guide records, status ended).

Not an act ended: talk of it ("may suspend", "threatened to freeze", "denied plans to suspend", "has not
suspended"), a resumption ("resumed its participation"), a state named with no bloc after it ("participation in
the talks").
"""

from __future__ import annotations

import re

from typing import TYPE_CHECKING

from techpact.extract.gates import Hinted
from techpact.extract.parties import Clause, clause_base
from techpact.ontology.reference import is_bloc

if TYPE_CHECKING:
    from techpact.extract.agreements import AgreementReader

_I = re.IGNORECASE
_OWNER = r"(?:its|their|the\s+country's|(?-i:[A-Z])[\w-]+(?:'s|’s))"
_TIE = r"(?:participation|membership)\s+in"
_ENDED = Hinted(re.compile(
    # "Armenia suspends its participation in", "has frozen its membership in"
    r"\b(?:suspend(?:s|ed|ing)?|froze|frozen|freez(?:es|ing)|terminat(?:es|ed|ing)|halt(?:s|ed|ing))\s+" + _OWNER
    + r"\s+" + _TIE + r"\b"
    # "Armenia's participation in the CSTO is frozen" (not "Mali's membership ... was suspended": by the bloc, a sanction)
    r"|\bparticipation\s+in\s+(?:the\s+)?(?:[\w()-]+\s+){1,7}?(?:is|was|has\s+been|had\s+been|remains)\s+(?:now\s+)?"
    r"(?:frozen|suspended|terminated|halted)\b", _I),
    "suspend", "froz", "freez", "terminat", "halt")
# A bloc named for its treaty, right after the tie: "participation in the Collective Security Treaty Organization".
_TREATY_NAMED = re.compile(r"\b(?:participation|membership)\s+in\s+the\s+(?:[A-Z][\w-]*\s+){0,4}Treaty\s+Organi[sz]ation\b")
# Talk of ending, not an end: a modal, a threat or a denial before the verb.
_NOT_DONE = re.compile(r"\b(?:may|might|could|would|will|threaten\w*|consider\w*|plans?\s+to|denied|den(?:y|ies)|not|never|no)\b"
                       r"(?:\s+[\w']+){0,4}\s*$", _I)


def participation_ended(clause: Clause) -> tuple[str, str] | None:
    """The state and the bloc whose tie a clause tells ended ("Armenia suspends its participation in the CSTO": ARM,
    CSTO), or None."""
    if len(clause.actors) < 2 or not any(is_bloc(m.code) for m in clause.actors):
        return None  # a state and a bloc named, or no such tie (most clauses: no regex run)
    match = _ENDED.search(clause.text)
    if match is None or _NOT_DONE.search(clause.text, max(0, match.start() - 40), match.start()):
        return None
    base = clause_base(clause)
    tie = re.search(_TIE, match.group(), _I)
    after = match.start() + tie.end()
    state = next((m.code for m in clause.actors if m.start - base < match.start() + tie.start() and not is_bloc(m.code)
                  and m.how != "dateline"), None)
    bloc = next((m.code for m in clause.actors if m.start - base >= after and is_bloc(m.code)), None)
    if state is None or bloc is None:
        return None
    return state, bloc


def record_ended(reader: AgreementReader, clause: Clause) -> bool:
    """Record the tie a clause tells ended (an agreement of the state and the bloc, a treaty where the bloc is named for
    one, ended) and leave nothing in focus:
    what the passage says next of the bloc's treaty ("the treaty regarding Armenia has not been implemented", "we
    have terminated our participation in this agreement") is the reason or the quote, not another act. Whether it did."""
    ended = participation_ended(clause)
    if ended is None:
        return False
    kind = "treaty" if _TREATY_NAMED.search(clause.text) else "agreement"  # "in the Collective Security Treaty Organization"
    reader._record(list(ended), kind, "ended", clause, back=False)
    reader.focus = None
    return True
