"""An act named only in an aside about its parties has the status the aside tells (extraction rule, ours).

"Chile and Peru, which have had a strategic partnership since 2016, discussed AI on Monday": the act the clause names is
the partnership, and it is named inside the relative clause about the two states; the main verb ("discussed AI") is
about something else. find_status lets what an aside says give way to the clause's own verb, which is right when the
clause's own verb makes or plans the act ("Chile and Peru, which have cooperated since 2010, signed a memorandum"); when
the act's noun stands inside the aside, the aside is what tells its status, unless the clause's own verb retells the act
after it ("Chile, which had long sought a lithium deal with Peru, finally signed it on Monday": signed).
"""

from __future__ import annotations

import re

from techpact.extract.parties_asides import PARTIES_BEFORE, RELATIVE_ASIDE
from techpact.extract.status import find_status

# The parties' own act named by "whose": ", whose 2018 agreement on space has led to two launches," (an act they have).
_WHOSE_ASIDE = re.compile(r",\s*whose\s+[^,;()]*,", re.IGNORECASE)
# The act of the aside retold by the clause's own verb after it: "..., finally signed it", "..., signed the agreement".
_RETOLD_AFTER = re.compile(r"\b(?:it|the\s+(?:[\w-]+\s+)?(?:agreements?|deals?|pacts?|accords?|treat(?:y|ies)|memorand(?:um|a)|MoUs?"
                           r"|partnerships?|alliances?|initiatives?))\b", re.IGNORECASE)


def aside_status(text: str, where: int) -> str | None:
    """The status the relative clause about the parties opening the clause, holding the act's noun (at where), tells
    (for their own act named by "whose" and told nothing of: in force); None when the noun stands outside every such
    aside, the aside is about someone else, or it tells none."""
    for aside in RELATIVE_ASIDE.finditer(text):
        if aside.start() <= where < aside.end():
            if _RETOLD_AFTER.search(text, aside.end()) and find_status(text[aside.end():]):
                return None  # "Chile, which had long sought a deal with Peru, finally signed it": the clause's own verb
            return find_status(aside.group().strip(", ")) if PARTIES_BEFORE.match(text[:aside.start()]) else None
    if "whose" in text and (aside := _WHOSE_ASIDE.search(text)) and aside.start() <= where < aside.end() and PARTIES_BEFORE.match(text[:aside.start()]):
        return find_status(aside.group().strip(", ")) or "in-force"  # told nothing of: an act they already have
    return None
