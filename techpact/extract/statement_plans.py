"""Plans a joint statement or declaration announces are acts of their own, beside the statement: "They issued a joint
statement. In it, the two countries agreed to launch an initiative on AI" is a statement issued (signed) and an
initiative planned; "The declaration commits both sides to establish a centre", "Under the joint statement, they will
create a task force", "The two countries pledged to expand space research" likewise (the guide lists each act a
passage reports, a statement and the plans the sides agreed on among them). The terms of an instrument signed (an
MoU, an agreement) stay the instrument's; what the statement was, or how it was issued, retells it."""

from __future__ import annotations

import re

from techpact.extract.act_pledges import grows_in_general
from techpact.extract.facts import Agreement
from techpact.extract.gates import Hinted
from techpact.ontology.vocabulary import ISSUED_KINDS

_I = re.IGNORECASE

# A plan told with its verb of doing: "agreed to launch", "will set up", "commits both sides to establish", "pledged to
# expand" (not "will be published", "will help", "will work together").
_PLAN = Hinted(re.compile(
    r"\b(?:will|would|shall|agreed|agree|agrees|pledged|pledge|pledges|committed|commit|commits|decided|resolved|vowed"
    r"|plan|plans|intend|intends|undertook|undertake)\s+(?:(?:both|the|two)\s+(?:sides|countries|nations|parties|leaders)\s+)?"
    # a thing to make or grow, not cooperation in general ("will work together", "will collaborate": the statement's gist)
    r"(?:to\s+)?(?:also\s+|further\s+|jointly\s+|together\s+)?(?:launch|set\s+up|establish|create|form|build|develop"
    r"|expand|deepen|strengthen|boost|enhance|start|begin|implement|open|hold\s+regular)\b",
    _I), "will", "would", "shall", "agree", "pledge", "commit", "decided", "resolved", "vowed", "plan", "intend", "undert")

_GROWING = re.compile(r"(?:expand|deepen|strengthen|boost|enhance)$", _I)


def statement_plan(statement: Agreement, kind: str | None, status: str | None, text: str) -> bool:
    """Whether a clause (of kind, the first kind noun it names) tells a plan that the issued statement or declaration
    in focus announces, rather than retelling the statement ("Under the joint statement, they will create a task force"
    names the statement first: the body it sets up is told by act_separation.body_set_up)."""
    plan = _PLAN.search(text) if statement.kind in ISSUED_KINDS and statement.status == "signed" else None
    if plan is None or status != "planned" or kind in ISSUED_KINDS:
        return False
    # "agreed to boost their cooperation in various fields": growth in general is the statement's gist
    return not (_GROWING.search(plan.group()) and grows_in_general(text, plan.end()))
