""""The two blocs": a clause that names no actor but speaks of two blocs ("In a joint statement, the leaders of the two
blocs declared ...", "Both groupings agreed to ...") means the last two blocs the passage named, not the last two states
(the host and the chair named as the meeting's officials are not the makers of the blocs' act)."""

from __future__ import annotations

import re

from techpact.extract.gates import Hinted
from techpact.extract.parties import Clause
from techpact.ontology.reference import is_bloc

_TWO_BLOCS = Hinted(re.compile(
    r"\b(?:the\s+two|both(?:\s+the)?)\s+(?:regional\s+)?(?:blocs|groupings|organi[sz]ations|unions)\b", re.IGNORECASE),
    "two", "both")


def two_blocs(clause: Clause, seen: dict[str, int]) -> list[str] | None:
    """The two blocs a clause that names no actor speaks of ("the leaders of the two blocs"): of the blocs the
    passage named so far (seen holds the actors named, in the order first named), the two latest, or None (an actor named, no such phrase, fewer
    than two blocs named)."""
    if clause.actors or not _TWO_BLOCS.search(clause.text):
        return None
    blocs = [code for code in seen if is_bloc(code)]
    return blocs[-2:] if len(blocs) >= 2 else None
