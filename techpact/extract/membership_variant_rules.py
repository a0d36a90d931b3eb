"""Membership constructions that vary the shapes of membership_rules.py the way news English does (added to its RULES):
a joining told in a fronted participle phrase ("Since joining BRICS in 2023, Indonesia has ...", "Having acceded to the
SCO, Iran ...", "A member of NATO since 2009, Croatia ..."), and a bloc's relative clause whose subject is the member
("the SCO, to which Iran belongs", "BRICS, which Egypt is a member of", "ASEAN, whose newest member is Timor-Leste",
"the EAEU, which counts Armenia as a member"), and a member with no bloc named, of the passage's bloc ("Iran has been a
member since 2023", "Iran and Kazakhstan are among its member states", "Iran, a full member since 2023, attended")."""

from __future__ import annotations

from techpact.extract import membership_patterns as _patterns
from techpact.extract.membership_rule_base import rule

_ADVERBS = _patterns.ADVERBS
_ASIDE = _patterns.ASIDE
_B = _patterns.BLOC
_COPULA = _patterns.COPULA
_L = _patterns.LIST
_MODIFIER = _patterns.MODIFIER
_THE = _patterns.BEFORE_BLOC

# How a joining is told in a participle or a noun after "since", "after", "upon": "joining", "becoming a full member of",
# "its accession to", "being admitted into"; "having joined", "having become a member of".
_JOINING = (r"(?:(?:since|after|upon|on|following)\s+(?:(?:its|their)\s+(?:full\s+|formal\s+)?(?:accession|admission|entry)\s+"
            r"(?:to|into)|(?:joining|entering|acceding to|being\s+(?:admitted|accepted)\s+(?:to|into)|becoming\s+(?:a|an|the)\s+"
            r"(?:[\w-]+\s+){0,2}?member\s+(?:state\s+)?of))|having\s+(?:joined|acceded to|been\s+(?:admitted|accepted)\s+(?:to|into)"
            r"|become\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?member\s+(?:state\s+)?of))")
# The subject the phrase belongs to, and its verb: never one still to come ("After joining NATO, Ukraine would ...").
_SUBJECT = (r"\s*,\s*(?:the\s+)?" + _L + r"(?=\s+(?!(?:would|could|will|might|may|should|can|must|shall|hopes?|wants?|plans?"
            r"|seeks?|intends?|aims?)\b)(?-i:[a-z]))")
# A copula and a member noun or "part" after a relative pronoun: "which Iran is a member of", "which L has been part of".
_IS_MEMBER_OF = (r"(?:is|are|was|were|has been|have been|had been|became|has become|have become|remains?)\s+(?:also\s+|all\s+"
                 r"|both\s+)?(?:(?:an?|one of the)\s+" + _MODIFIER + r"(?:members?|member states?|founders?|co-founders?)|(?:a\s+)?part)"
                 r"\s+of\b")

# Words that open a clause of its own, or a preposition whose second object a member phrase may be: never inside the other
# predicate a membership is coordinated with.
_NOT_IN_PREDICATE = (r"(?:which|who|whom|whose|that|where|while|whereas|but|because|although|though|if|unless|when|after|before|since"
                     r"|said|says|say|told|added|wants?|seeks?|hopes?|with|to|from|between|against|for|towards?|among|alongside|than|like)")

VARIANT_RULES = [
    # "Since joining BRICS in January, Indonesia has ...", "Having acceded to the SCO, Iran ...", "Following its accession to
    # NATO, Finland ...".
    rule("joining-phrase-then-subject", r"^\W*" + _JOINING + r"\s+" + _THE + _B + r"(?![\s-]+(?:bank|fund|summit|talks|market|region"
         r"|framework|format|initiative|programme|program|platform|agreement|deal|pact|treaty)\b)[^,;§¶]{0,40}?" + _SUBJECT),
    # "A member of NATO since 2009, Croatia ...", "A founding member of the SCO, Kazakhstan ...".
    rule("member-phrase-then-subject", r"^\W*(?:an?|the)\s+" + _MODIFIER + r"(?:member|member state|founder|co-founder)\s+of\s+"
         + _THE + _B + r"[^,;§¶]{0,30}?" + _SUBJECT),
    # "the SCO, to which Iran belongs", "the CSTO, to which Armenia still formally belongs".
    rule("bloc-to-which-list-belongs", _B + r"\s*,\s*to which\s+(?:the\s+)?" + _L + r"\s+(?:also\s+|still\s+)?(?:belongs|belong"
         r"|belonged|has belonged|have belonged)\b"),
    # "BRICS, which Egypt is a member of", "the EAEU, which Armenia has been part of since 2015".
    rule("bloc-which-list-is-member-of", _B + r"\s*,?\s*(?:which|that)\s+(?:the\s+)?" + _L + r"\s+" + _IS_MEMBER_OF),
    # "ASEAN, whose newest member is Timor-Leste", "the SCO, whose founding members were China, Russia, ...".
    rule("bloc-whose-members-are-list", _B + r"\s*,\s*whose\s+(?:(?:newest|latest|new|founding|original|full|current|other)\s+)?"
         r"(?:members?|member states?|member countries)\s+(?:is|are|was|were|include|includes|included)\s+(?:the\s+)?" + _L, True),
    # "the EAEU, which counts Armenia as a member", "BRICS, which now lists Iran among its members".
    rule("bloc-which-counts-list-as-member", _B + r"\s*,?\s*(?:which|that)\s+(?:counts|counted|lists|listed|has|had)\s+(?:the\s+)?"
         + _L + r"\s+(?:as\s+(?:an?\s+|its\s+)?" + _MODIFIER + r"members?|among\s+its\s+(?:[\w-]+\s+)?members)\b"),
    # "Iran has been a member since 2023", "Iran is one of its members", "Iran and Kazakhstan are among its member states"
    # (of the bloc the passage is about; never "a member of parliament", "an associate member", "a member of the UN", nor
    # "a permanent member", which is more often the UN Security Council's).
    rule("list-is-a-member-of-the-passages-bloc", _L + _ASIDE + _ADVERBS + _COPULA + r"\s+(?:also\s+|now\s+|already\s+)?(?:an?\s+"
         r"|(?:one|two|three|all|both) of (?:its|the|the bloc['’]s)\s+|among (?:its|the)\s+(?:[\w-]+\s+)?)?(?:(?:full|founding|full-fledged"
         r"|fully-fledged|original|longtime|long-standing|new|newest|current)\s+)?(?:member|members|member states?"
         r"|member countries)\b(?!\s*(?:of|in|to|at|for)\b)(?=\s*(?:since\b|,|\.|;|$))", needs_bloc=False),
    # "Iran, a full member since 2023, attended" (of the passage's bloc).
    rule("list-a-member-since", _L + r"\s*,\s*(?:an?|the)\s+(?:(?:full|founding|full-fledged|fully-fledged|permanent)\s+)?member\s+"
         r"since\s+(?:\w+\s+)?\d{4}\s*,", needs_bloc=False),
    # "Kazakhstan, part of the SCO, signed ...", "Armenia -- also part of the CSTO -- ..." (an apposition that closes at the bloc;
    # never "part of the SCO region").
    rule("list-part-of-bloc-apposition", _L + r"\s*(?:,|—|–|--|\()\s*(?:also\s+|itself\s+|both\s+|all\s+)?(?:a\s+)?part\s+of\s+"
         + _THE + _B + r"(?=\s*(?:[,;.)—–]|--|$))"),
    # "Indonesia is the world's fourth-most populous nation, a full member of ASEAN and ...", "Indonesia is a G20 member and
    # a founding member of ASEAN": a membership coordinated with another predicate of the copula (never across a clause of its
    # own: "which", "but", "while", a verb of saying; nor after a preposition whose second object it may be: "Kazakhstan is
    # keen to deepen ties with the SCO and a member of BRICS").
    rule("list-is-np-and-a-member-of-bloc", _L + _ASIDE + _ADVERBS + _COPULA + r"\s+(?!(?:not|never|no longer)\b)"
         # the other predicate, word by word (each word looked at once): never a word that opens a clause of its own
         r"(?:(?!" + _NOT_IN_PREDICATE + r"\b)(?:[^\s§¶;.:()—–,]+|§B\d+§)(?:\s*,\s*|\s+)){0,15}?"
         r"(?!" + _NOT_IN_PREDICATE + r"\b)(?:[^\s§¶;.:()—–,]+|§B\d+§)(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:also\s+)?"
         r"(?:(?:an?|one of the)\s+" + _MODIFIER + r"(?:member(?:\s+(?:state|country|nation))?|(?:co-?)?founder)s?\s+(?:of|in)\s+"
         + _THE + _B + r"|(?:an?|one of the)\s+(?:(?:founding|full|full-fledged|fully-fledged|original|new|newest|permanent|key)"
         r"[\s-]+)?§B(?P<b2>\d+)§[\s-]+(?:member|member state|member country|founder)\b)"),
    # "Germany and the 26 other member states", "Hungary, Slovakia and the other members", "China and its fellow members"
    # (of the passage's bloc; never "other countries", "the other permanent members", or members "of" another body).
    rule("list-and-the-other-members", _L + _ADVERBS + r"\s*,?\s*(?:and|as well as|along with|together with|alongside|like|unlike"
         r"|joined|joins|joining)\s+(?:its\s+|their\s+|the\s+)?(?:(?:other|fellow)(?:\s+(?:\d{1,2}|two|three|four|five|six|seven|eight"
         r"|nine|ten|eleven|twelve))?|(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+other)\s+"
         r"(?:members|member states|member countries|member nations)\b(?!\s+of\b)(?!['’])", True, needs_bloc=False),
    # "It brings the number of BRICS countries to ten, with the others being L", "bringing the number of SCO member states to
    # ten, with the rest being L" (the rest of a bloc's members, after a clause on them).
    rule("bloc-members-with-the-others-being-list", r"§B(?P<b>\d+)§[^§¶;.]{0,60}?\b(?:members?|member states?"
         r"|member countries|countries|nations|states)\b[^§¶;.]{0,80}?,?\s+with\s+the\s+(?:others|rest|remaining\s+(?:members|ones"
         r"|countries|nations|states)|other\s+(?:[\w-]+\s+)?(?:members|member states|member countries|countries|nations|states))"
         r"\s+being\s+(?:the\s+)?" + _L, True),
]
