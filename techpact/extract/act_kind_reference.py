"""A definite back reference that names an act by its kind points at the act of that kind (extraction rules, ours).

"The US and the UK signed a declaration ... They intend to establish a dialogue ... The declaration was signed by the
two ministers": "the declaration" is the declaration told first, not the dialogue in focus. When the kind a back
reference names differs from the focus's and an earlier act of those very parties has exactly that kind, the clause
tells that act. A generic kind ("the agreement") names no act apart: it may be any instrument, the focus included.
A specific kind ("the memorandum") names the instrument of a focus read with a generic kind, or with none yet (read from
a verb of cooperating alone: "A and B agreed to cooperate in space. The memorandum of understanding was signed Sept. 18").
"""

from __future__ import annotations

import re

from techpact.extract.facts import Agreement
from techpact.extract.new_and_previous import previous_not_new
from techpact.ontology.vocabulary import DOCUMENT_KINDS, GENERIC_KINDS, SPECIFIC_KINDS

# The clause names the document the act in focus was told in, and that document's making: "This is stated in the
# declaration adopted following the meeting", "This was said in the joint statement signed by the leaders".
_TOLD_IN_MADE = re.compile(
    r"^\W*(?:this|that|these|such)\s+(?:is|was|were|are|has\s+been|had\s+been)\s+(?:stated|said|set\s+out|spelt\s+out|spelled\s+out"
    r"|written|reflected|enshrined|contained|laid\s+down|recorded|noted|declared)\s+in\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:statement|declaration|communiqu[eé]|memorandum|MoU)\s+(?:[\w-]+\s+){0,3}?(?:adopted|signed|issued|approved|released)\b",
    re.IGNORECASE)


def referred_act(agreements: list[Agreement], focus: Agreement, back_kind: str | None, text: str = "",
                 named_kind: str | None = None) -> tuple[Agreement, str | None]:
    """The act a back reference of back_kind tells (focus, unless an earlier act of its parties has that kind, or the
    reference calls new what the focus was introduced as previous: new_and_previous), and the specific kind the focus
    takes from the reference when its own is generic ("the memorandum" of an agreement). A clause naming the document
    the focus was told in, made ("This is stated in the declaration adopted ..."), makes the focus that document:
    its kind (back_kind, or named_kind when the clause names it as "a statement"), made (signed), unless the focus is
    already an instrument of its own."""
    document = back_kind or named_kind
    if document in DOCUMENT_KINDS and _TOLD_IN_MADE.match(text) and focus.kind not in SPECIFIC_KINDS | DOCUMENT_KINDS:
        focus.kind, focus.status = document, "signed"
        return focus, None
    if text and previous_not_new(text, focus):
        focus = next((act for act in reversed(agreements) if act is not focus and set(act.parties) == set(focus.parties)
                      and act.kind == focus.kind and not previous_not_new(text, act)), focus)
    if back_kind and back_kind not in GENERIC_KINDS and focus.kind != back_kind:
        parties = set(focus.parties)
        for act in reversed(agreements):
            if act is not focus and act.kind == back_kind and set(act.parties) == parties:
                return act, None
    return focus, back_kind if back_kind in SPECIFIC_KINDS and (not focus.kind or focus.kind in GENERIC_KINDS) else None
