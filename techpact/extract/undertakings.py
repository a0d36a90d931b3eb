"""A joint undertaking the sides agree to launch is an initiative, even when its noun names no kind (extraction rules,
ours; eval guide: plans the sides agreed on): "agreed to launch a mining skills programme", "decided to set up a
joint research fund", "welcomed the development of a Canada-Australia Mining Skills Exchange Pilot"; so is a joint activity they agree on
("agreed on joint police patrols", "agreed to hold joint exercises"). The clause's
status reading stays (planned, signed); a kind noun found elsewhere in the clause wins."""

from __future__ import annotations

import re

from techpact.extract import cues
from techpact.extract.gates import Hinted
from techpact.extract.joint_activities import joint_activity_agreed

_UNDERTAKING = (r"(?:programme|program|project|pilot|scheme|fund|centre|center|exchange|hub|facility|laborator(?:y|ies)|lab"
                r"|corridor|network|consortium|task\s+force)")
_LAUNCHED = Hinted(re.compile(
    r"\b(?:agreed|agree|decided|decide|pledged|committed|plan|plans|planned|resolved|intend|intends)\s+to\s+"
    r"(?:jointly\s+)?(?:launch|set\s+up|establish|create|develop|start|open|build)\s+(?:a|an|the|their|joint|new)\s+"
    rf"(?:[\w’'–-]+\s+){{0,5}}?{_UNDERTAKING}\b"
    r"|\bwelcom(?:ed|es|ing)\s+the\s+(?:development|launch|creation|establishment|setting\s+up)\s+of\s+(?:a|an|the)\s+"
    rf"(?:[\w’'–-]+\s+){{0,6}}?{_UNDERTAKING}\b", re.IGNORECASE),
    "agree", "decide", "pledged", "committed", "plan", "resolved", "intend", "welcom")
_INITIATIVE = cues.find_kind("initiatives")[0]


def launched_undertaking(text: str) -> tuple[int, str] | None:
    """(where, kind) of an undertaking the clause's sides agree to launch, read when the clause names no kind noun
    and no body of the two (parties.compound_body, which it stands after); None when it tells none."""
    match = _LAUNCHED.search(text) or joint_activity_agreed(text)
    return (match.start(), _INITIATIVE) if match else None
