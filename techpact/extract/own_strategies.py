"""Strategies each state draws up for itself, told of several states at once: "the governments of A, B and C have
developed digital strategies", "every Gulf state has articulated a national strategy", "Since A launched its AI
strategy, B and C ...". The annotation guide leaves purely domestic policy out; a strategy the states make together
is told as such ("a joint strategy", "common strategies")."""

from __future__ import annotations

import re

from techpact.extract.gates import Hinted

_TOGETHER = re.compile(r"\b(?:joint|common|shared|coordinated|bilateral|trilateral|regional|unified)\b", re.IGNORECASE)
# the strategy noun the act's kind was read from: plural ("strategies"), or a state's own ("its AI strategy")
_PLURAL_AT = re.compile(r"strategies\b", re.IGNORECASE)
_ITS_BEFORE = re.compile(r"\bits\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# strategies the sides bring together: an act of theirs ("agreed to align their development strategies")
_JOINED_UP_BEFORE = re.compile(r"\b(?:align\w*|synergi[sz]\w*|dovetail\w*|coordinat\w*|harmoni[sz]\w*|link\w*"
                               r"|connect\w*|integrat\w*|dock\w*|match\w*|combin\w*|merg\w*)\s+(?:[\w-]+\s+){0,4}$",
                               re.IGNORECASE)
# a clause that says the strategies are each one's own, wherever it says it
_EACH_OWN = Hinted(re.compile(r"\b(?:national|own)\s+(?:[\w-]+\s+){0,2}?strateg(?:y|ies)\b", re.IGNORECASE),
                   "national", "own")


def own_strategies(text: str, where: int, states: int) -> bool:
    """Whether the strategy noun at where (the act's kind noun) is each state's own, not one made together, in a
    clause naming that many states: two or more (a bloc's strategies may be its members' common ones; "their
    strategy" may be a shared one, "its AI strategy" is one's own)."""
    if (states < 2 or not text.startswith(("strateg", "Strateg"), where) or _TOGETHER.search(text)
            or _JOINED_UP_BEFORE.search(text, max(0, where - 60), where)):
        return False
    return bool(_PLURAL_AT.match(text, where) or _EACH_OWN.search(text)
                or _ITS_BEFORE.search(text, max(0, where - 40), where))
