"""Cooperation of a wider circle left unnamed: "a strategic way to increase collaboration and partnership with other
developing nations", "a commitment to expanding cooperation among developing countries", "the deepening of cooperation
in the Global South". Such words tell a policy toward a kind of country or praise a role, not an act between the states
the clause names (a speaker, a bloc joined). ("A and B agreed to deepen cooperation among their ports" names no such
circle and stays an act.) (extraction rules, ours)"""

from __future__ import annotations

import re

from techpact.extract import cues
from techpact.extract.gates import Hinted
from techpact.extract.parties import Clause, outside_names

_I = re.IGNORECASE

# The circle: "(other) developing countries", "emerging economies", "the Global South", "member states".
_CIRCLE = (r"(?:the\s+)?(?:(?:other|all|its|their|fellow|many|more)\s+){0,2}(?:(?:developing|emerging|member|partner"
           r"|like-minded|neighbou?ring|regional|southern|non-aligned)\s+(?:[\w-]+\s+)?(?:countries|nations|economies|states"
           r"|members|world|partners)|global\s+south|member\s+states|members)\b")
_AMONG = r"(?:with|among|amongst|between|across|within|in)\s+"
# A kind noun whose partners are the circle: "partnership with other developing nations".
_KIND_WITH_CIRCLE = Hinted(re.compile(
    r"\b(?:cooperation|co-operation|collaboration|partnerships?|solidarity|ties|relations|integration)\s+"
    rf"(?:(?:and|or)\s+[\w-]+\s+)?{_AMONG}{_CIRCLE}", _I),
    "developing", "emerging", "member", "partner", "like-minded", "neighbo", "regional", "southern", "non-aligned",
    "global south")
# Right after a cooperation word, up to two words on: the circle it is among ("cooperation among developing countries").
_AMONG_CIRCLE = re.compile(rf"\W*(?:\w+\W+){{0,2}}?{_AMONG}{_CIRCLE}", _I)


def cooperation_with_unnamed(text: str, position: int) -> bool:
    """Whether the kind noun at position is cooperation with a circle left unnamed ("partnership with other developing
    nations")."""
    return any(match.start() <= position < match.end() for match in _KIND_WITH_CIRCLE.finditer(text))


# A body named for the cooperation it serves: "the Intergovernmental Commission on Economic Cooperation", "the Council
# for Trade and Economic Cooperation" (its "cooperation" is a name; the body is read as a body).
_BODY_NAMED_FOR = Hinted(re.compile(
    r"\b(?:Commission|Committee|Council|Working\s+Group|Task\s+Force)\s+(?:on|for)\s+(?:(?:[A-Z][\w-]*|and|of|in|the)\s+){0,6}?$"),
    "commission", "committee", "council", "group", "task force")


def cooperation_of_named(clause: Clause) -> bool:
    """Whether a clause tells cooperation outside the names of its actors (parties.outside_names) and of a body named
    for it, that is not only cooperation of a wider circle ("cooperation among developing countries")."""
    if not outside_names(clause, cues.COOPERATION):
        return False
    text = clause.text
    told = [match for match in cues.COOPERATION.finditer(text)
            if not _BODY_NAMED_FOR.search(text, max(0, match.start() - 80), match.start())]
    return bool(told) and not all(_AMONG_CIRCLE.match(text, match.end()) for match in told)
