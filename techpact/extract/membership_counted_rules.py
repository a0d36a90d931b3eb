"""Membership told by a counted group noun that opens a list with a colon or a dash (added to membership_rules.RULES):
"Mercosur is the common market of four Latin American countries: L", "the CSTO region, which includes 6 states: L",
or that a make-up verb counts before the list ("BRICS comprises five nations, namely L", "It brings together 19 of the
world's largest economies, which are L"). The count and the opener say the list that follows is the whole make-up of
the bloc; never a count of observers, partners or candidates ("the SCO region, which includes 2 observer states: ...")."""

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

# What opens the counted list: a colon, a dash or a bracket, or "namely", "which are", "that is", "i.e." after a comma.
_OPENS = r"(?:\s*(?::|—|–|--|\()\s*(?:namely\s+)?|\s*,\s*(?:namely|which\s+are|that\s+is|i\.e\.,?)\s+)(?:the\s+)?"
# A counted group, maybe a share of a larger one: "five nations", "19 of the world's largest economies", "five large
# developing economies", "ten member states"; and blocs listed before it ("the EU, the AU and 19 countries").
_COUNTED = (r"(?:(?:the\s+)?§B\d+§\s*(?:,|and)\s*(?:and\s+)?)*(?:the\s+)?" + COUNT + r"\s+(?:of\s+the\s+(?:world['’]s\s+)?)?"
            + _DESCRIBED.replace("{0,3}", "{0,4}") + r"(?:states|countries|nations|economies|republics|members|member\s+states"
            r"|democracies|monarchies)(?:\s+(?:in|of)\s+the\s+(?:world|region|continent))?")
# A verb of make-up in the present ("includes", "consists of", "is made up of", "brings together", "counts") or the past.
_NOW = r"(?:includes|comprises|consists\s+of|brings\s+together|is\s+(?:made\s+up|composed)\s+of|groups|unites|counts|gathers)"
_THEN = r"(?:included|comprised|consisted\s+of|brought\s+together|was\s+(?:made\s+up|composed)\s+of|grouped|united|counted|gathered)"
_ADVERB = r"(?:(?:now|currently|today|originally|initially|also)\s+)?"

COUNTED_RULES = [
    # "BRICS comprises five nations, namely L", "The G20, a forum founded in 1999, includes 19 countries, which are L".
    rule("bloc-makeup-verb-counted-list", _B + r"(?:\s+(?:group|grouping|bloc|alliance|forum|organi[sz]ation|union|club"
         r"|partnership|format))?" + _ASIDE + r"\s+" + _ADVERB + r"(?:" + _NOW + "|" + _THEN
         + r")\s+" + _COUNTED + _OPENS + _L, True),
    # "It includes the EU and 19 of the most industrialised countries in the world, which are L" (it: the passage's bloc).
    # Only in the present: "It brought together 18 countries: ..." after "ASEAN held a summit" is the summit's make-up.
    rule("it-makeup-verb-counted-list", r"(?:^|[.;]\s+)\W*it\s+" + _ADVERB + _NOW + r"\s+" + _COUNTED + _OPENS + _L, True, needs_bloc=False),
    # "Mercosur is the common market of four Latin American countries: L", "the EAEU is an economic union of five
    # post-Soviet states -- L", "The CSTO, a military alliance of six former Soviet states -- L --".
    rule("bloc-is-the-body-of-counted-list", _B + r"(?:" + _ASIDE + r"\s+(?:is|was|remains)(?:\s+(?:now|currently|still))?\s+|\s*,\s*)"
         r"(?:an?|the)\s+(?:(?!(?:for|with|to|on|in|against|by)\b)[\w-]+\s+){0,3}?" + _BODY + r"\s+" + _OF + r"\s+" + COUNTED_OPENS + _L,
         True),
    # "the CSTO region, which includes 6 states: L", "the EAEU space, which spans five countries -- L".
    rule("bloc-region-includes-counted-list", _B + r"\s+(?:region|area|space|zone)\s*,?\s*(?:which|that)\s+(?:now\s+|currently\s+)?"
         r"(?:includes|included|comprises|covers|spans|unites)\s+" + COUNTED_OPENS + _L, True),
]
