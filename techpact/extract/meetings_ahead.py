"""A meeting still to come is no act (extraction rules, ours): "the ministers of A, B and C are scheduled to meet for
the first time", "A and B will meet next month", "In a significant development for regional collaboration, ...
are set to meet". Agreeing to meet ("agreed to meet annually") or a body set up to meet stays an act."""

from __future__ import annotations

import re

from techpact.extract.gates import Hinted

_MEETING_AHEAD = Hinted(re.compile(
    r"\b(?:(?:are|is|were|was)\s+(?:also\s+)?(?:scheduled|set|due|expected|slated|poised|to)\s+(?:to\s+)?meet"
    r"|will\s+(?:also\s+)?meet)\b(?!\s+(?:the|their|its)\s+(?:commitments?|targets?|goals?|obligations?|needs?|demands?))",
    re.IGNORECASE), "meet")
_AGREEING = re.compile(r"\b(?:agree[ds]?|decided|resolved|pledged|committed|signed|launched|adopted|set\s+up|establish\w*)\b",
                       re.IGNORECASE)


def meeting_only(text: str) -> bool:
    """Whether a clause tells only that sides are to meet, with nothing agreed before the meeting verb."""
    match = _MEETING_AHEAD.search(text)
    return bool(match) and not _AGREEING.search(text, 0, match.start())
