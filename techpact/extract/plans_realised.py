"""A plan to cooperate told just before the instrument made "to this effect" is that instrument (extraction rules, ours).

A lead often tells the intent first and the instrument next: "Morocco and Senegal have agreed to cooperate in ICT. An
agreement was signed to this effect on Monday." The second sentence points back to the first ("to this effect", "to
that end", "for this purpose"): one act, the instrument, signed. The plan read from the first sentence (an undertaking
with no instrument noun of its own) is folded into it, sectors and evidence, so the passage keeps one act. A plan named
by an instrument noun ("agreed to set up a working group"), or one told after other sentences, stays an act of its own.
"""

from __future__ import annotations

import re

from techpact.extract.facts import Agreement
from techpact.extract.gates import Hinted

_I = re.IGNORECASE
_TO_THIS_EFFECT = Hinted(re.compile(
    r"\b(?:signed|inked|concluded|sealed|reached)\s+(?:[\w,-]+\s+){0,6}?(?:to\s+(?:this|that)\s+(?:effect|end)"
    r"|for\s+(?:this|that)\s+purpose)\b|\b(?:to\s+(?:this|that)\s+(?:effect|end)|for\s+(?:this|that)\s+purpose)\b"
    r"[^.;]{0,40}?\b(?:signed|inked|concluded|sealed)\b", _I),
    "effect", "end", "purpose")


def _made(status: str) -> bool:
    """Signed or in force: an instrument made."""
    return status == "signed" or status == "in-force"


def _plain_plan(act: Agreement) -> bool:
    """A plan read from a verb of agreeing, with no instrument noun of its own."""
    return act.status == "planned" and "kind-explicit" not in act.cues and act.kind in ("initiative", "")


def realised_plans(agreements: list[Agreement]) -> list[Agreement]:
    """The acts, with each plain plan that the next sentence says was made "to this effect" folded into that act."""
    dropped: set[int] = set()
    for plan in agreements:
        if not _plain_plan(plan) or not plan.evidence:
            continue
        last = plan.evidence[-1]
        made = next((act for act in agreements if act is not plan and _made(act.status) and act.evidence
                     and set(act.parties) == set(plan.parties) and act.evidence[0].start > last.start
                     and act.evidence[0].start - last.end <= 2 and _TO_THIS_EFFECT.search(act.evidence[0].text)), None)
        if made is None:
            continue
        sectors = list(made.sectors)
        made.sectors[:] = []
        made.add_sectors(plan.sectors + sectors)
        made.evidence[:0] = [span for span in plan.evidence if span not in made.evidence]
        made._evidence_seen = set(made.evidence)
        dropped.add(id(plan))
    return [act for act in agreements if id(act) not in dropped]
