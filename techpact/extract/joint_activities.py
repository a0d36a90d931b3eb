"""A joint activity the sides agree on or to hold, with no body or instrument named (extraction rule, ours; eval guide:
plans the sides agreed on): "agreed on joint police patrols", "agreed to hold joint exercises", "decided to conduct
joint research". It is an undertaking of theirs (undertakings.launched_undertaking names it an initiative), still to
be done: planned (status_shapes.refine), as "agreed on the establishment of a fund" is."""

from __future__ import annotations

import re

from techpact.extract.gates import Hinted

JOINT_ACTIVITY = Hinted(re.compile(
    r"\b(?:agreed|agree|agrees|decided|pledged|committed|plan|plans|planned|resolved|intend|intends)\s+(?:on|upon|about"
    r"|to\s+(?:hold|conduct|carry\s+out|start|organi[sz]e|undertake|stage|run|launch))\s+(?:(?:a|an|the|their|regular|more"
    r"|new|further)\s+)?joint\s+(?:[\w-]+\s+){0,2}?(?:patrols?|exercises?|drills?|research|stud(?:y|ies)|operations?|production"
    r"|investigations?|training|missions?|expeditions?|surveys?|observations?)\b", re.IGNORECASE), "joint")


def joint_activity_agreed(text: str) -> re.Match | None:
    """The joint activity the clause's sides agree on or to hold, if it tells one."""
    return JOINT_ACTIVITY.search(text)
