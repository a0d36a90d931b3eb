"""A clause that does something to the act in focus, naming it by a pronoun or as the offer it was (extraction rule,
ours).

News tells what became of an act in the sentence after it, the act the object of the verb: "Kenya proposed a
memorandum to Ghana. Ghana declined the offer", "The two sides signed it on Friday", "Ghana terminated it last month".
The pronoun (or "the offer", "the proposal", "the invitation" after an offer) points back to the act as "the
memorandum" would: the verb tells its status, and the one side named is a side of it, not the maker of a new act of
its own. (An invitation to one state stays in focus for its answer: agreements.AgreementReader._invite.)
"""

from __future__ import annotations

import re

from techpact.extract.facts import Agreement
from techpact.extract.gates import Hinted

# A verb of what happens to an act (made, approved, refused, ended), then "it", "them", or the offer told before.
_DONE_TO_IT = Hinted(re.compile(
    r"\b(?:sign(?:s|ed)?|ink(?:s|ed)?|ratif(?:y|ies|ied)|approv(?:e|es|ed)|endors(?:e|es|ed)|accept(?:s|ed)?|adopt(?:s|ed)?"
    r"|reject(?:s|ed)?|declin(?:e|es|ed)|refus(?:e|es|ed)|rebuff(?:s|ed)?|turn(?:s|ed)\s+down|terminat(?:e|es|ed)"
    r"|suspend(?:s|ed)?|cancel(?:s|led|ed)?|scrap(?:s|ped)?|revok(?:e|es|ed)|abandon(?:s|ed)?|renew(?:s|ed)?)"
    r"\s+(?P<object>it|them|the\s+(?:offer|proposal|bid|idea|invitation))\b(?!\s+(?:to|that|as)\b)", re.IGNORECASE),
    "sign", "ink", "ratif", "approv", "endors", "accept", "adopt", "reject", "declin", "refus", "rebuff", "turn",
    "terminat", "suspend", "cancel", "scrap", "revok", "abandon", "renew")
# A step only possible, wished or ahead: "either party could terminate it", "wants Peru to reject it".
_NOT_DONE = re.compile(r"\b(?:could|can|may|might|would|should|will|shall|must|to|not|never|n[’']t)\s+(?:\w+\s+)?$", re.IGNORECASE)


def done_to_focus(text: str, focus: Agreement | None) -> bool:
    """Whether the clause's verb acts on the act in focus named by a pronoun ("signed it", "terminated them") or,
    when the act was offered, as the offer ("declined the offer", "accepted the proposal"); not a step only possible,
    wished or ahead ("could terminate it", "wants Peru to reject it")."""
    if focus is None:
        return False
    found = _DONE_TO_IT.search(text)
    if found is None or _NOT_DONE.search(text, 0, found.start()):
        return False
    return found.group("object").lower() in ("it", "them") or focus.status == "proposed"
