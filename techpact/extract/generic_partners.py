"""Cooperation with a group left unnamed: "a strategic way to increase collaboration and partnership with other
developing nations", "a commitment to expanding cooperation among developing countries", "the deepening of
cooperation in the Global South". Such words tell a policy toward a kind of country, not an act between the states the
clause names (a speaker, a bloc joined) (extraction rules, ours)."""

from __future__ import annotations

import re

from techpact.extract.gates import Hinted

_GROUP = (r"(?:(?:the|its|their|other|fellow|all|many|more)\s+){0,2}(?:(?:developing|emerging|like-minded|southern|"
          r"non-aligned|global south)\s+)(?:[\w-]+\s+)?(?:countries|nations|states|economies|world|partners)\b"
          r"|(?:the\s+)?global\s+south\b")
COOPERATION_WITH_UNNAMED = Hinted(re.compile(
    rf"\b(?:cooperation|co-operation|collaboration|partnerships?|solidarity|ties|relations|integration)\s+"
    rf"(?:(?:and|or)\s+[\w-]+\s+)?(?:with|among|between|amongst|within|in|across)\s+(?:{_GROUP})", re.IGNORECASE),
    "developing", "emerging", "like-minded", "southern", "non-aligned", "global south")


def cooperation_with_unnamed(text: str, position: int) -> bool:
    """Whether the cue at position (a kind noun or a word of cooperation) is cooperation with a group left unnamed."""
    return any(match.start() <= position < match.end() for match in COOPERATION_WITH_UNNAMED.finditer(text))
