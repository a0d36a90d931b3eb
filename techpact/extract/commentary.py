"""What a story says an event shows is no act (extraction rules, ours; eval guide: opinions are not agreements):
"The investment signals deep cooperation between the US and the UAE", "The move reflects a major expansion of the
firm's partnership with ...". The cooperation or instrument named after such a verb, with a subject that names no
state, is the writer's reading of a company deal or a visit, not something the states did."""

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


def commented(text: str) -> bool:
    """Whether a clause opens on a subject and a comment verb ("The investment signals ..."): what comes after it is
    the writer's reading, not an act."""
    return bool(_COMMENT.match(text))
