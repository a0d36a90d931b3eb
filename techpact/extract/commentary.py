"""What a story says an event shows is no act (extraction rules, ours; eval guide: opinions are not agreements):
"The investment signals deep cooperation between the US and the UAE", "The move reflects a major expansion of the
firm's partnership with ...". The cooperation or instrument named after such a verb, with a subject that names no
state, is the writer's reading of a company deal or a visit, not something the states did. So is what an event or a
decision is said to bring ("The decision would promote cooperation between Russia and the EU", "The visit will deepen
cooperation between A and B"): its effect, not an act of its own (told after an act, it is that act's, as before)."""

from __future__ import annotations

import re

from techpact.extract.gates import Hinted

# "The investment reflects", "This move signals", "The deal also underscores", "It highlights"
_COMMENT = Hinted(re.compile(
    r"^\W*(?:(?:The|This|That|Such|These|Its|Their)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+|It)\s+(?:also\s+)?"
    r"(?:signals?|signall?ed|reflects?|reflected|underscores?|underscored|underlines?|underlined|highlights?|highlighted"
    r"|illustrates?|illustrated|showcases?|showcased|demonstrates?|demonstrated|testif(?:ies|ied)\s+to"
    r"|points?\s+to|is\s+a\s+(?:sign|signal|testament)\s+(?:of|to))\b"),
    "signal", "reflect", "underscore", "underline", "highlight", "illustrate", "showcase", "demonstrate", "testif",
    "point", "sign", "testament")


# "The decision would promote", "This move will further boost", "The visit is expected to deepen", "The talks aim to
# strengthen": an event or a decision as the subject of the growth it brings.
_EFFECT = Hinted(re.compile(
    r"^\W*(?:The|This|That|Such|These|Those)\s+(?:[\w’'-]+\s+){0,2}?(?:decision|move|step|visit|trip|meeting|talks|summit"
    r"|development|announcement|directive|decree|measure|effort|event|forum|conference)s?\s+(?:also\s+)?"
    r"(?:will|would|could|should|can|may|might|(?:is|are|was|were)\s+(?:expected|set|likely|poised|meant|intended)\s+to"
    r"|aims?\s+to|aimed\s+to|seeks?\s+to|helps?(?:\s+to)?|helped(?:\s+to)?)\s+(?:\w+ly\s+)?(?:further\s+)?"
    r"(?:promote|boost|strengthen|deepen|enhance|expand|foster|bolster|advance|cement|broaden|intensify|improve|spur"
    r"|facilitate|accelerate)\b", re.IGNORECASE),
    "decision", "move", "step", "visit", "trip", "meeting", "talks", "summit", "development", "announcement", "directive",
    "decree", "measure", "effort", "event", "forum", "conference")


def commented(text: str) -> bool:
    """Whether a clause opens on a subject and a comment verb ("The investment signals ..."), or on an event or a
    decision and the growth it brings ("The decision would promote cooperation ..."): what comes after it is the
    writer's reading or the event's effect, not an act."""
    return bool(_COMMENT.match(text) or _EFFECT.match(text))
