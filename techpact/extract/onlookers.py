"""What onlookers expect or recommend is their opinion, not an act (extraction rule, ours): "Analysts expect A and B to
sign", "experts say A and B should cooperate"."""

from __future__ import annotations

import re

from techpact.extract.gates import folded

_I = re.IGNORECASE
# Matched only where one of the words stands (see onlookers_opine).
_ONLOOKERS = ("analyst", "expert", "observer", "commentator", "economist", "scholar", "researcher")
_ONLOOKER_OPINION = re.compile(
    r"(?:analysts?|experts?|observers?|commentators?|economists?|scholars?|researchers?)\s+(?:\w+\s+)?(?:say|said|says|expect\w*"
    r"|believe\w*|predict\w*|think|argue\w*|suggest\w*|recommend\w*|anticipate\w*)\b", _I)


def onlookers_opine(text: str) -> bool:
    """Whether the clause gives the opinion of analysts, experts or observers ("Analysts expect A and B to sign")."""
    low = folded(text)
    for word in _ONLOOKERS:
        at = low.find(word)
        while at != -1:
            if (at == 0 or not low[at - 1].isalnum()) and _ONLOOKER_OPINION.match(text, at):
                return True
            at = low.find(word, at + 1)
    return False
