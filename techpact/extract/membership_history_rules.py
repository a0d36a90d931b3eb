"""Members told in a bloc's history (added to membership_rules.RULES): the states that joined later, told after its first
make-up with "with ... joining" ("the BRICS group initially comprised L, with South Africa joining in 2011", "the SCO
... included L, with India and Pakistan joining in 2017"), the later joiners told of "it" after its founders ("The bloc was
formed with L. It was later joined by L2"), and those of a past expansion after "after", "since",
"following" ("the first meeting since its expansion involving L"). Never a joining still ahead ("with Laos set to
join", "BRICS is weighing an expansion involving L")."""

from __future__ import annotations

import re

from techpact.extract import membership_patterns as _patterns
from techpact.extract.membership_rule_base import rule

_B = _patterns.BLOC
_L = _patterns.LIST

# The first make-up told: "comprised", "included", "was founded by", "brought together", "its members were".
_MADE_UP = (r"\b(?:comprised|comprises|comprising|included|includes|including|consisted of|consists of|grouped|groups|brought together"
            r"|brings together|united|unites|(?:was|were|is|are) made up of|(?:was|were) founded by|founding members|members (?:were|are))\b")

# Before an expansion: "recent", "2024"; the expansion and when: "enlargement in January 2024".
_ADJ = r"(?:(?:recent|latest|first|(?:19|20)\d\d)\s+)?"
_EXPANSION = r"(?:expansion|enlargement)\s+(?:(?:in|of)\s+(?:\w+\s+)?\d{4}\s+)?"

# Rules that go on from the bloc's founding told in the sentence before ("The bloc was formed with L. It was later
# joined by L2"), and the words that tell it there (with the bloc named or called a bloc, never "The summit was launched").
AFTER_FOUNDING = ("it-was-later-joined-by-list",)
FOUNDED_BEFORE = re.compile(r"\b(?:formed|founded|created|established|set up|launched|comprised|consisted|made up|originally"
                            r"|initially)\b", re.IGNORECASE)
# The bloc that sentence tells of, when it is not named there: "The bloc was originally formed with L".
BLOC_WORD = re.compile(r"\b(?:bloc|group|grouping|alliance|organi[sz]ation|association|union)\b", re.IGNORECASE)

HISTORY_RULES = [
    rule("bloc-then-with-list-joining", _B + r"[^§¶.;]{0,120}?" + _MADE_UP + r"[^§¶.;]{0,30}?§L\d+§[^§¶.;]{0,40}?,\s+with\s+(?:the\s+)?" + _L
         + r"\s+(?:(?:also|later|then|subsequently|finally)\s+)?(?:joining|having joined|acceding|admitted|added|coming on board)\b"),
    # "It was later joined by Egypt and Iran", "It has since been joined by L" (it: the passage's bloc, whose founding the
    # sentence before tells, AFTER_FOUNDING; never when that sentence tells of an instrument, see memberships._INSTRUMENT).
    rule("it-was-later-joined-by-list", r"^\W*it\s+(?:has|had|was)\s+(?:since|later|subsequently|then|gradually)\s+(?:been\s+)?"
         r"joined\s+by\s+(?:the\s+)?" + _L, needs_bloc=False),
    # "the first BRICS meeting after its expansion involving L", "following the bloc's 2024 enlargement to L" (an
    # expansion that took place: after, since, following; "its" only after the bloc is named, never a company's "since its
    # expansion to Kenya and Ghana").
    rule("since-its-expansion-involving-list", r"(?:§B(?P<b>\d+)§[^§¶.;]{0,100}?\b(?:after|since|following)\s+(?:its|their)\s+"
         + _ADJ + _EXPANSION + r"(?:involving|to\s+include|(?:that|which)\s+(?:included|added|brought in))"
         r"|\b(?:after|since|following)\s+(?:the\s+)?§B(?P<b2>\d+)§(?:['’]s?)?\s+" + _ADJ + _EXPANSION
         + r"(?:involving|to(?:\s+include)?|with|(?:that|which)\s+(?:included|added|brought in)))\s+(?:the\s+)?" + _L),
]
