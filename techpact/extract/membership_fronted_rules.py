"""Membership constructions that tell a bloc's make-up from its founding or its first members, or open the sentence
with it: "Made up of L, BRICS ...", "Comprising L, the bloc ...", "L set up the SCO in 2001", "BRICS, the group that
started with L", "Mercosur, whose founders are L", "L sit in the EAEU" (added to membership_rules.RULES)."""

from __future__ import annotations

from techpact.extract import membership_patterns as _patterns
from techpact.extract.membership_rule_base import rule

_B = _patterns.BLOC
_L = _patterns.LIST
_THE = _patterns.BEFORE_BLOC
# The bloc itself, not a body or scheme named after it ("set up the SCO Development Bank", "launched the BRICS Pay system"):
# what follows it ends the phrase; as a subject, no noun of such a body follows it.
_ITSELF = (r"(?=\s*[.,;:)—–]|\s*$|\s+(?:in|on|at|with|as|and|back|since|during|after|before|together|more|some|over|decades|years"
           r"|has|have|had|is|are|was|were)\b)")
_SUBJECT_ITSELF = (r"(?![\s-]+(?:[A-Z][\w-]*\s+)?(?:region|area|space|zone|bank|fund|summit|meeting|process|market|currency|system"
                   r"|mechanism|initiative|project|programme|program|platform|pact|deal|agreement|secretariat|council|commission|court"
                   r"|office|centre|center|team|mission|forum|games|talks)\b)")

FRONTED_RULES = [
    # "Originally made up of L, BRICS has since grown", "Comprising L, the bloc ...", "Bringing together L, the Quad ...".
    rule("made-up-of-list-then-bloc", r"(?:^|[.;]\s+)\W*(?:(?:originally|initially|now|today|currently)\s+)?(?:made up of|comprising"
         r"|consisting of|composed of|bringing together|grouping|uniting)\s+(?:the\s+)?" + _L + r"\s*,\s+(?:[\w-]+\s+){0,3}?" + _THE
         + _B + _SUBJECT_ITSELF, True),
    # "BRICS, the group that started with L", "the SCO, which began with L in 2001".
    rule("bloc-started-with-list", _B + r"\s*,\s+(?:(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?(?:that|which)|§B\d+§\s+(?:that|which)|which)\s+"
         r"(?:first\s+|originally\s+)?"
         r"(?:started|began|was launched|was set up)\s+(?:out\s+)?(?:with|by)\s+(?:the\s+)?" + _L, True),
    # "Mercosur, whose founders are L", "the SCO, whose founding members were L".
    rule("bloc-whose-founders-are-list", _B + r"\s*,\s+whose\s+(?:(?:founding|original|first|current|full)\s+)?(?:founders|members"
         r"|member\s+states|member\s+countries)\s+(?:are|were|include|included)\s+(?:the\s+)?" + _L, True),
    # "L set up the SCO in 2001", "L created Mercosur", "L sit in the EAEU".
    rule("list-set-up-bloc", _patterns.NOT_PREPOSITION_OBJECT + _L + _patterns.CLOSED + r"\s+(?:(?:jointly|together)\s+)?"
         r"(?:set up|created|established|launched|sit in|sits in)\s+" + _THE + _B + _ITSELF, True),
]
