"""Membership told in passing, as general news about other things tells it (added to membership_rules.RULES): the bloc
described as a body that consists of its states ("The grouping is an intergovernmental organisation which originally
consisted of L"), the bloc's own partnership between its states ("the AUKUS partnership between L"), and states added
to a plural subject that the predicate calls a bloc's countries ("These countries, together with L, are the only EU
countries that ...")."""

from __future__ import annotations

from techpact.extract import membership_patterns as _patterns
from techpact.extract.membership_rule_base import rule

_ASIDE = _patterns.ASIDE
_B = _patterns.BLOC
_L = _patterns.LIST

# A noun for what a bloc is: "an intergovernmental organisation", "a regional bloc", "an economic union".
_BODY = (r"(?:organi[sz]ation|bloc|group|grouping|alliance|union|forum|club|association|body|community|coalition)")
# A verb saying what a body is made of: "consists of", "originally comprised", "is made up of".
_MADE_OF = (r"(?:(?:now|also|currently|originally|initially|first|still)\s+)?(?:consists of|consisted of|comprises|comprised"
            r"|includes|included|groups|grouped|brings together|brought together|unites|united|(?:is|was|are|were)\s+(?:made up"
            r"|composed|comprised) of)")

# What a bloc's own pact between its states is called, and the words that say what kind it is.
_OWN_PACT = r"(?:partnership|alliance|grouping|pact|agreement|treaty|dialogue|arrangement)"
_KIND = (r"(?:security|strategic|trilateral|quadrilateral|defen[cs]e|military|informal|diplomatic|economic|technology|landmark"
         r"|historic|nuclear|submarine)")
# A bloc's head noun after its name: "the BRICS group".
_HEAD = r"(?:\s+(?:bloc|grouping|group|alliance|club))?"
# "between the governments of Japan, ...".
_GOVERNMENTS = r"(?:governments\s+of\s+(?:the\s+)?)?"

PASSING_RULES = [
    # "Thailand and Vietnam were among the ASEAN member states that signed", "Peru was among the APEC members at the
    # table" (the bloc named: bare "member states" may be the UN's, bare "members" a delegation's or a board's).
    rule("list-among-the-member-states", _L + r"\s+(?:is|are|was|were)\s+(?:also\s+)?among\s+(?:the\s+)?(?:[\w-]+\s+)?"
         r"(?:members\s+of\s+(?:the\s+)?§B(?P<b2>\d+)§|§B(?P<b>\d+)§[\s-]+(?:member[\s-]+(?:states|countries|nations)|members)\b)",
         needs_bloc=True),
    # "The grouping is an inter-governmental organisation which originally consisted of L", "The EAEU is an economic
    # union that brings together L" (never "... which includes L as observers": see membership_matches._AS_NON_MEMBER).
    rule("bloc-is-a-body-which-includes-list", _B + _ASIDE + r"\s+(?:is|was|remains)\s+(?:an?|the)\s+(?:(?!(?:for|with|to|on|in"
         r"|against|of|by|which|that)\b)[\w-]+\s+){0,3}?" + _BODY + r"\s*,?\s*(?:which|that)\s+" + _MADE_OF + r"\s+(?:the\s+)?" + _L,
         True),
    # "the AUKUS partnership between Australia, the UK and the US", "the Quad grouping among India, Japan, ..." (the bloc's
    # own partnership, of three or more states (membership_rules.MANY3); never "the EU partnership with Japan" or "between
# Kenya and the bloc", never a deal the bloc strikes: "the OPEC deal between ...").
    rule("bloc-partnership-between-list", r"\bthe\s+" + _B + r"\s+(?:" + _KIND + r"\s+){0,2}" + _OWN_PACT
         + r"\s+(?:between|among|linking)\s+(?:the\s+)?" + _GOVERNMENTS + _L + r"(?!\s*,?\s*(?:and|&)\s+(?:the\s+)?§B)", True),
    # "The Quad, an informal strategic dialogue between Japan, Australia, India and the US, met ..." (the same, as an
    # apposition to the bloc's name; three or more states, MANY3).
    rule("bloc-a-pact-between-list", _B + r"\s*(?:\([^()§]{1,20}\))?\s*,\s*(?:an?|the)\s+(?:" + _KIND + r"\s+){0,3}" + _OWN_PACT
         + r"\s+(?:between|among|linking)\s+(?:the\s+)?" + _GOVERNMENTS + _L + r"(?=\s*(?:,|—|–|--|\)|\.|$))"
         r"(?!\s*,?\s*(?:and|&)\s+(?:the\s+)?§B)", True),
    # "The deal makes Egypt the first BRICS member to adopt it", "making Finland NATO's newest member" (a small clause
    # after "make"; never one still to come: "would make Ukraine the first NATO member to ...").
    rule("makes-list-a-bloc-member", r"(?<!would )(?<!could )(?<!will )(?<!might )(?<!may )(?<!to )\b(?:makes|made|making)\s+(?:the\s+)?"
         + _L + r"\s+(?:(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?§B(?P<b>\d+)§[\s-]+(?:member|nation|country|state|ally)\b|§B(?P<b2>\d+)§['’]s?\s+"
         r"(?:[\w-]+\s+){0,2}?(?:member|members)\b)"),
    # "Russia's fellow BRICS members China and India": the state whose fellows they are is a member too.
    rule("possessive-fellow-bloc-members", _patterns.POSSESSIVE + r"['’]s?\s+fellow\s+§B(?P<b>\d+)§[\s-]+(?:members|member states"
         r"|member countries|states|countries|nations|allies|leaders)\b"),
    # "Germany and its EU peers", "India and its Quad counterparts" (its fellows in the bloc; never "its partners" or "its
    # allies", which may stand outside it: "Ukraine and its NATO allies").
    rule("list-and-its-bloc-peers", _L + r"\s+and\s+(?:its|their)\s+(?:fellow\s+)?§B(?P<b>\d+)§[\s-]+(?:peers|counterparts|colleagues)\b"),
    # "Iran, whose membership of the SCO took effect in 2023, ...", "Sweden, whose NATO accession was completed in March":
    # an apposition telling the state's own accession done (never "whose bid", "whose accession is expected").
    rule("list-whose-membership-took-effect", _L + r"\s*(?:,|—|–|--|\()\s*whose\s+(?:full\s+|formal\s+)?(?:(?:membership|accession"
         r"|admission|entry)\s+(?:of|in|to|into)\s+" + _patterns.BEFORE_BLOC + _B + r"|§B(?P<b2>\d+)§\s+(?:membership|accession))"
         r"\s+(?:took effect|became (?:effective|official)|began|dates\s+(?:back|from)|(?:was|has been)\s+(?:formally\s+|officially\s+)?"
         r"(?:completed|finali[sz]ed|formali[sz]ed|approved|confirmed|ratified))\b(?!\s+in\s+principle)"),
    # "The addition of Egypt and Iran to BRICS took effect in January", "The accession of Finland to NATO was completed".
    rule("accession-of-list-to-bloc-took-effect", r"\b(?:accession|admission|addition|entry)\s+of\s+(?:the\s+)?" + _L
         + r"\s+(?:to|into|in)\s+" + _patterns.BEFORE_BLOC + _B + _HEAD + r"\s+(?:took effect|became (?:effective|official)|(?:was|has been)\s+"
         r"(?:formally\s+|officially\s+)?(?:completed|finali[sz]ed|formali[sz]ed))\b"),
    # "With the accession of Egypt and Iran, BRICS now has nine members" (the bloc's size after it).
    rule("with-accession-of-list-bloc-now-has", r"\bwith\s+the\s+(?:accession|admission|addition|entry)\s+of\s+(?:the\s+)?" + _L
         + r"\s*,\s*(?:the\s+)?" + _B + _HEAD + r"\s+(?:now\s+)?(?:has|counts|comprises|numbers|includes)\s+\w+\s+(?:members|member states"
         r"|countries|nations)\b"),
    # "These countries, together with Romania and Sweden, are the only EU countries that ...": the states added to a
    # plural subject share what the predicate says of it.
    rule("subject-together-with-list-are-bloc-countries", r"\b(?:these|those|both|the\s+(?:two|three|four|five|six))\s+(?:countries"
         r"|nations|states)\s*,\s*(?:together|along)\s+with\s+(?:the\s+)?" + _L + r"\s*,\s*(?:are|were)\s+(?:also\s+)?(?:the\s+only\s+"
         r"|among\s+the\s+(?:[\w-]+\s+)?|all\s+)?" + _B + r"[\s-]+(?:countries|nations|states|members|member states|member countries)\b"),
]
