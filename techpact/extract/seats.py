"""A seat of government that stands for a bloc, not for its host state (extraction rules, ours).

News writes "Brussels" for the European Union as it writes "Beijing" for China: "Switzerland has dozens of bilateral
treaties with Brussels", "Brussels and Tokyo signed a digital partnership". The gazetteer knows Brussels as Belgium's
capital; in a text that names Belgium by no other word (its name, its people, its king), Brussels told as an actor is
the EU. As a place ("the council met in Brussels", "a visit to Brussels") and in a dateline ("BRUSSELS (Reuters) —") it
stays a mention of its state, as the guide wants.
"""

from __future__ import annotations

import re
from dataclasses import replace

from techpact.extract.facts import Mention

_SEATS = {"Brussels": ("BEL", "EU")}  # the seat as news writes it: (its host state, the bloc it stands for)
# The city as a place: "in Brussels", "visited Brussels", "a trip to Brussels".
_PLACE_BEFORE = re.compile(r"\b(?:in|at|to|from|near|outside|around|across|via|visit(?:s|ed|ing)?|arriv\w+|host\w*)\s+$", re.IGNORECASE)


def seats_of_blocs(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with a bloc's seat told as an actor recoded as the bloc when its host state is named no other way."""
    seats = [m for m in mentions if m.how == "capital" and m.surface in _SEATS
             and not _PLACE_BEFORE.search(text, max(0, m.start - 20), m.start)]
    if not seats:
        return mentions
    named = {m.code for m in mentions if m.how != "capital" and m.how != "dateline"}
    return [replace(m, code=_SEATS[m.surface][1]) if m in seats and _SEATS[m.surface][0] not in named else m
            for m in mentions]
