"""Cooperation of a wider circle, not of the states a clause names: "Brazil said Indonesia's presence reflects a
commitment to expanding cooperation among developing countries", "Indonesia contributes to the deepening of
cooperation in the Global South". Every cooperation word of such a clause is followed by the circle it is among (the
developing countries, the Global South, the member states): the clause praises a role, it tells no act between the
states it names. ("A and B agreed to deepen cooperation among their ports" names no such circle and stays an act.)"""

from __future__ import annotations

import re

from techpact.extract import cues
from techpact.extract.parties import Clause, outside_names

_I = re.IGNORECASE

# Right after a cooperation word: the wider circle it is among ("cooperation among developing countries", "... in the
# Global South", "... between emerging economies", "... across the region's member states").
_AMONG_CIRCLE = re.compile(
    r"\W*(?:\w+\W+){0,2}?(?:among|between|across|within|in)\s+(?:the\s+)?(?:(?:other|all|its|their|fellow)\s+)?"
    r"(?:(?:developing|emerging|member|partner|like-minded|neighbou?ring|regional|southern)\s+"
    r"(?:countries|nations|economies|states|members)|Global\s+South|developing\s+world|member\s+states|members)\b", _I)


def cooperation_of_named(clause: Clause) -> bool:
    """Whether a clause tells cooperation outside the names of its actors (parties.outside_names) that is not only
    cooperation of a wider circle ("cooperation among developing countries")."""
    if not outside_names(clause, cues.COOPERATION):
        return False
    return not all(_AMONG_CIRCLE.match(clause.text, match.end()) for match in cues.COOPERATION.finditer(clause.text))
