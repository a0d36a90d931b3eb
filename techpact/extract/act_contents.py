"""A clause opening "Under the agreement, ..." tells what the act already told holds, not a new instrument (extraction
rules, ours): "Under the agreement, the US and Japan agreed to partner in strengthening supply chains" is the same
agreement, whose content is a partnership in the plain sense. Bodies the act sets up ("Under the agreement, the
sides will set up a committee") are read apart (act_separation.further_acts) and stay acts of their own."""

from __future__ import annotations

import re

from techpact.extract.gates import Hinted

_UNDER = Hinted(re.compile(
    r"^\W*(?:Under|As\s+part\s+of|Through)\s+(?:the\s+terms\s+of\s+)?(?:the|this|that|the\s+new)\s+"
    r"(?:agreement|deal|accord|pact|memorandum|MoU|treaty|framework|arrangement|partnership)\b[^,]*,", re.IGNORECASE),
    "under", "as part of", "through")


def content_of_told_act(text: str) -> int:
    """Where the opening "Under the agreement, ..." of a clause ends (0 when it has none): a kind noun or a
    partnering verb after it is the told act's content."""
    match = _UNDER.match(text)
    return match.end() if match else 0
