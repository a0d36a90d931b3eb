"""A joint undertaking the sides agree to carry out, told beside an instrument already made, is a planned act of its own
(extraction rules, ours).

"The space agencies signed a framework on space science. The two sides had also agreed to jointly launch a
communications satellite." The instrument is made; the satellite is a plan of both, carried out together: the guide
lists "plans the sides agreed on" as acts, each apart, so the plan is an initiative of the same parties, planned. Only
a plan told as joint ("jointly", "together") with a verb of making counts: "agreed to implement the framework" or "will
cooperate in space" tell the instrument's terms, and a plan of one side ("Pakistan will launch a satellite") none.
"""

from __future__ import annotations

import re

from techpact.extract.gates import Hinted
from techpact.extract.parties import Clause
from techpact.ontology.vocabulary import STATUS_RANK

_I = re.IGNORECASE
_MAKE = (r"(?:launch|build|develop|produce|construct|set\s+up|establish|create|manufacture|design|assemble|operate"
         r"|conduct|carry\s+out)")
_AGREE = r"(?:agreed|agree|agrees|decided|decide|decides|plan|plans|planned|intend|intends|intended|pledged)\s+to\s+"
_JOINT_PLAN = Hinted(re.compile(
    r"\b" + _AGREE + r"(?:jointly|together)\s+" + _MAKE + r"\b"
    r"|\b" + _AGREE + r"(?:jointly\s+)?" + _MAKE + r"\s+(?:[\w,-]+\s+){0,6}?(?:jointly|together)\b", _I),
    "jointly", "together")


def joint_plan(reader, clause: Clause) -> bool:
    """Record a joint plan told beside a made instrument in focus as a planned initiative of its parties; True when
    done (the clause tells the plan), else False."""
    focus = reader.focus
    if (focus is None or len(focus.parties) < 2 or STATUS_RANK.get(focus.status, 0) < STATUS_RANK["signed"]
            or focus.kind == "initiative" or focus.kind == "working-group"):
        return False
    if {m.code for m in clause.actors} - set(focus.parties) or not _JOINT_PLAN.search(clause.text):
        return False
    reader._clauses += 1
    reader._record(list(focus.parties), "initiative", "planned", clause, back=False, separate=True)
    return True
