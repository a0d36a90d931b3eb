"""Work the sides are doing together right now is an undertaking in force (extraction rules, ours).

"Central banks from A, B and C are exploring a digital currency payment project together", "The two agencies are
jointly testing a payment platform": the progressive present tells a joint undertaking under way, in force in the
guide's words (ongoing), not one planned ("explore" read as a plan) nor one just made ("developing", "testing" read as
launched). Only the present progressive with a project noun and "together" or "jointly" counts: "are exploring ways to
cooperate" (a plan), "will develop a platform together" (a plan) and "have developed a platform together" (made) keep
their status.
"""

from __future__ import annotations

import re

from techpact.extract.gates import Hinted

_I = re.IGNORECASE
_PROJECT = r"(?:project|platform|pilot|programme|program|prototype|system|network|study|trial)s?"
_DOING = r"(?:explor|develop|test|build|pilot|design|run|conduct|operat|work\w*\s+on)\w*"
_JOINT_WORK = Hinted(re.compile(
    r"\b(?:are|is)\s+(?:now\s+|currently\s+|already\s+)?(?:jointly\s+" + _DOING + r"\s+(?:a|an|the|their)\s+(?:[\w-]+\s+){0,6}?"
    + _PROJECT + r"\b|" + _DOING + r"\s+(?:a|an|the|their)\s+(?:[\w-]+\s+){0,6}?" + _PROJECT + r"\s+together\b)", _I),
    "jointly", "together")


def joint_work_status(text: str, status: str | None) -> str | None:
    """In force when the clause tells a joint project under way in the present progressive; else the status given."""
    return "in-force" if _JOINT_WORK.search(text) else status
