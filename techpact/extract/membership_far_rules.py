"""Membership constructions where the bloc stands apart from its list of members: an aside set off by dashes between
the bloc and its verb ("The Quad -- an informal grouping of four democracies -- comprises L"), the bloc's officials
from or representing their states ("ASEAN's economic ministers from L met"), the counted countries of a bloc's
meeting ("The BRICS summit brought together the leaders of the five countries: L"), states let in ("BRICS, now ten
countries after L joined") and the bloc's line-up ("The SCO's line-up of countries is L") (added to
membership_rules.RULES)."""

from __future__ import annotations

from techpact.extract import membership_patterns as _patterns
from techpact.extract.membership_counted_rules import COUNT
from techpact.extract.membership_rule_base import rule

_B = _patterns.BLOC
_L = _patterns.LIST
_DASH = r"\s*(?:—|–|--)\s*"
_OFFICIALS = (r"(?:(?:foreign|finance|trade|economic|economy|digital|defen[cs]e|energy|ict|science|communications|health|agriculture"
              r"|transport)\s+(?:and\s+\w+\s+)?)?(?:ministers|leaders|heads of state(?: and government)?|heads of government|governors"
              r"|presidents|premiers)")  # (not envoys, delegates or officials: those of partners and guests attend too)

FAR_RULES = [
    # "The Quad -- an informal grouping of four democracies in the Indo-Pacific -- comprises the US, Japan, India and Australia".
    rule("bloc-dashed-aside-comprises-list", _B + _DASH + r"[^—–§¶]{1,140}?" + _DASH + r"(?:(?:now|currently|still)\s+)?"
         r"(?:comprises|includes|groups|brings together|unites|consists of|is made up of|counts)\s+(?:the\s+)?" + _L, True),
    # "ASEAN's economic ministers from L met", "The BRICS foreign ministers, representing L, met", "SCO leaders of L".
    rule("bloc-officials-from-list", _B + r"(?:['’]s?)?\s+" + _OFFICIALS + r"\s*,?\s+(?:from|of|representing)\s+(?:the\s+)?"
         + _patterns.COUNTED_THEN + r"(?:the\s+)?" + _L, True),
    # "The BRICS summit ... brought together the leaders of the five countries: L" (the count defined, then a colon or a
    # dash; not "leaders of 30 countries", guests of an outreach meeting).
    rule("bloc-meeting-counted-countries-list", _B + r"[\s-]+(?:leaders['’]?\s+)?(?:summit|meeting|ministerial|session)\b[^.;§]{0,120}?"
         r"\bthe\s+" + COUNT + r"\s+(?:member\s+)?(?:countries|nations|states|economies|members)\s*(?::|—|–|--)\s*(?:the\s+)?" + _L, True),
    # "BRICS, now counting ten countries after L came in", "BRICS is now a ten-nation group after L were admitted".
    rule("bloc-grew-after-list-joined", _B + r"[^.;§]{0,80}?\bafter\s+(?:the\s+)?" + _L + r"\s+(?:came in|joined|were admitted"
         r"|was admitted|were added|was added|entered|acceded|signed up)\b(?=\s*(?:[,.;)]|$|in\s+\d{4}|last\s+year|this\s+year"
         r"|(?:the\s+)?(?:bloc|group|grouping|club|§B)))", True),  # not "after L joined the war"
    # "The SCO's current line-up of countries is L", "BRICS's membership now includes L".
    rule("bloc-line-up-is-list", _B + r"['’]s?\s+(?:(?:current|present|full|expanded|new|original)\s+)?(?:line-?up|roster|membership"
         r"|make-?up|composition)(?:\s+of\s+(?:[\w-]+\s+)?(?:countries|nations|states|members))?\s+(?:(?:now|currently)\s+)?"
         r"(?:is|are|includes|comprises|consists of|was)\s+(?:the\s+)?" + _L, True),
]
