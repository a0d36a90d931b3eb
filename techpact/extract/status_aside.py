"""An act named only in an aside about its parties has the status the aside tells (extraction rule, ours).

"Chile and Peru, which have had a strategic partnership since 2016, discussed AI on Monday": the act the clause names is
the partnership, and it is named inside the relative clause about the two states; the main verb ("discussed AI") is
about something else. find_status lets what an aside says give way to the clause's own verb, which is right when the
clause's own verb makes or plans the act ("Chile and Peru, which have cooperated since 2010, signed a memorandum"); when
the act's noun stands inside the aside, the aside is what tells its status.
"""

from __future__ import annotations

import re

from techpact.extract.status import find_status

# A relative clause set off by commas after the parties: ", which have had a partnership since 2016,".
_RELATIVE_ASIDE = re.compile(r",\s*(?:which|who)\s+[^,;()]*,", re.IGNORECASE)
# The parties it is about, opening the clause: "Chile and Peru", "The two countries" (not "the opposition party in
# Togo, which opposed the memorandum,": an aside about someone else).
_PARTIES_BEFORE = re.compile(r"^\W*(?:(?-i:[A-Z])[\w.'’-]*(?:\s+(?:and\s+)?(?-i:[A-Z])[\w.'’-]*)*"
                             r"|(?:the|both)\s+(?:two\s+)?(?:countries|sides|nations|states|governments))$", re.IGNORECASE)


def parties_aside(text: str) -> re.Match | None:
    """The first relative clause set off by commas right after the parties opening the clause, if any."""
    aside = _RELATIVE_ASIDE.search(text)
    return aside if aside and _PARTIES_BEFORE.match(text[:aside.start()]) else None


def aside_status(text: str, where: int) -> str | None:
    """The status the relative clause about the parties opening the clause, holding the act's noun (at where), tells;
    None when the noun stands outside every such aside, the aside is about someone else, or it tells none."""
    for aside in _RELATIVE_ASIDE.finditer(text):
        if aside.start() <= where < aside.end():
            return find_status(aside.group().strip(", ")) if _PARTIES_BEFORE.match(text[:aside.start()]) else None
    return None
