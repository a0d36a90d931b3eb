"""Membership told by a counted group noun that opens a list with a colon or a dash (added to membership_rules.RULES):
"Mercosur is the common market of four Latin American countries: L", "the CSTO region, which includes 6 states: L".
The count and the colon say the list that follows is the whole make-up of the bloc; never a count of observers,
partners or candidates ("the SCO region, which includes 2 observer states: ...")."""

from __future__ import annotations

from techpact.extract import membership_patterns as _patterns
from techpact.extract.membership_rule_base import rule

_ASIDE = _patterns.ASIDE
_B = _patterns.BLOC
_L = _patterns.LIST

# A count: "four", "6", "ten".
COUNT = r"(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)"
# Up to three words that describe the counted states, none saying they stand outside the bloc ("Latin American",
# "former Soviet", "full member"; never "observer", "partner", "candidate", "associate", "former members").
_DESCRIBED = (r"(?:(?!(?:observer|partner|candidate|associate|guest|dialogue|applicant|aspiring|prospective|non|invited)\b"
              r"|former\s+(?:states|countries|nations|economies|republics|members)\b)[\w-]+\s+){0,3}?")
# The counted group noun and the colon or dash that opens the list: "four Latin American countries:", "6 states --".
COUNTED_OPENS = (r"(?:the\s+)?" + COUNT + r"\s+" + _DESCRIBED + r"(?:states|countries|nations|economies|republics|members"
                 r"|democracies|monarchies)\s*(?::|—|–|--)\s*(?:the\s+)?")
# What a bloc is: "the common market", "a customs union", "an alliance".
_BODY = (r"(?:(?:common|single) market|union|bloc|group|grouping|alliance|organi[sz]ation|club|forum|association|community|partnership|pact"
         r"|coalition|zone|area)")

# How a body is of its states: "of", "among", "grouping", "made up of", "bringing together".
_OF = (r"(?:of|between|among|linking|uniting|grouping|comprising|consisting of|made up of|composed of|bringing together"
       r"|that groups|which groups)")

COUNTED_RULES = [
    # "Mercosur is the common market of four Latin American countries: L", "the EAEU is an economic union of five
    # post-Soviet states -- L", "The CSTO, a military alliance of six former Soviet states -- L --".
    rule("bloc-is-the-body-of-counted-list", _B + r"(?:" + _ASIDE + r"\s+(?:is|was|remains)(?:\s+(?:now|currently|still))?\s+|\s*,\s*)"
         r"(?:an?|the)\s+(?:(?!(?:for|with|to|on|in|against|by)\b)[\w-]+\s+){0,3}?" + _BODY + r"\s+" + _OF + r"\s+" + COUNTED_OPENS + _L,
         True),
    # "the CSTO region, which includes 6 states: L", "the EAEU space, which spans five countries -- L".
    rule("bloc-region-includes-counted-list", _B + r"\s+(?:region|area|space|zone)\s*,?\s*(?:which|that)\s+(?:now\s+|currently\s+)?"
         r"(?:includes|included|comprises|covers|spans|unites)\s+" + COUNTED_OPENS + _L, True),
]
