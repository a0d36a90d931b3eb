"""Members told in a bloc's history (added to membership_rules.RULES): the states that joined later, told after its first
make-up with "with ... joining" ("the BRICS group initially comprised L, with South Africa joining in 2011", "the SCO
... included L, with India and Pakistan joining in 2017"). Never a joining still ahead ("with Laos set to join")."""

from __future__ import annotations

from techpact.extract import membership_patterns as _patterns
from techpact.extract.membership_rule_base import rule

_B = _patterns.BLOC
_L = _patterns.LIST

# The first make-up told: "comprised", "included", "was founded by", "brought together", "its members were".
_MADE_UP = (r"\b(?:comprised|comprises|comprising|included|includes|including|consisted of|consists of|grouped|groups|brought together"
            r"|brings together|united|unites|(?:was|were|is|are) made up of|(?:was|were) founded by|founding members|members (?:were|are))\b")

HISTORY_RULES = [
    rule("bloc-then-with-list-joining", _B + r"[^§¶.;]{0,120}?" + _MADE_UP + r"[^§¶.;]{0,30}?§L\d+§[^§¶.;]{0,40}?,\s+with\s+(?:the\s+)?" + _L
         + r"\s+(?:(?:also|later|then|subsequently|finally)\s+)?(?:joining|having joined|acceding|admitted|added|coming on board)\b"),
]
