"""Membership constructions that describe a bloc's make-up rather than tell an event: "AUKUS is a trilateral pact
between L", "it now includes L", "ASEAN ... was founded in 1967, and currently includes L", "L and other former Soviet
states making up the alliance", "Iran's SCO membership has given it a voice" (added to membership_rules.RULES)."""

from __future__ import annotations

from techpact.extract import membership_patterns as _patterns
from techpact.extract.membership_rule_base import rule

_ADVERBS = _patterns.ADVERBS
_ASIDE = _patterns.ASIDE
_B = _patterns.BLOC
_L = _patterns.LIST
_OTHER = _patterns.OTHER
_P = _patterns.POSSESSIVE
_THE = _patterns.BEFORE_BLOC

MAKEUP_RULES = [
    # "Kazakhstan and other former Soviet states making up the Moscow-led alliance", "Peru and other economies in APEC".
    rule("list-and-other-states-in-bloc", _L + _ADVERBS + _OTHER + r"(?:[\w-]+\s+){0,3}?(?:states|countries|nations|republics"
          r"|economies|members)\s+(?:(?:that|which)\s+(?:make up|form|belong to)|making up|forming|belonging to|in|of|within)\s+"
          + _THE + _B + r"(?![\s-]+(?:region|area|space|zone|territory|framework|format|bank|fund|summit|meeting|process|market"
          r"|currency|system|mechanism|initiative|project|programme|program|platform|pact|deal|agreement)\b)", True),
    # "The Quad is an informal security construct between L", "AUKUS is a trilateral security pact between L".
    rule("bloc-is-a-pact-between-list", _B + _ASIDE + r"\s+(?:is|was|remains)\s+(?:an?|the)\s+(?:(?!(?:for|with|to|on|in|against"
          r"|of|by)\b)[\w-]+\s+){0,3}?(?:pact|partnership|alliance|grouping|group|bloc|club|construct|arrangement|forum|format|union"
          r"|organi[sz]ation|coalition|association|community)\s+(?:between|of|among|linking|comprising)\s+(?:the\s+)?"
         + _patterns.COUNTED_THEN + r"(?:the\s+)?" + _L, True),
    # "Adding to Brazil, Russia, India, China and South Africa, it now includes Egypt, ..." (it: the passage's bloc; the list
    # it is added to are members too, LEADING_LISTS).
    rule("it-now-includes-list", r"(?:^|[.;]\s+)\W*(?:(?:adding to|in addition to|besides|apart from|alongside|beyond)\s+(?:the\s+)?"
          r"(?P<lead>§L\d+§)\s*,\s*)?it\s+(?:now|currently|today)\s+(?:includes|comprises|groups|brings together|unites|counts)\s+"
          r"(?:the\s+)?" + _L, True, needs_bloc=False),
    # "ASEAN -- a regional bloc -- was founded in Bangkok in 1967, and currently includes L" (the bloc opens the sentence).
    rule("bloc-founded-and-includes-list", r"(?:^|[.;]\s+)\W*(?:the\s+)?" + _B + r"[^§;]{0,120}?,?\s+and\s+(?:(?:now|currently|today"
          r"|also)\s+)?(?:includes|comprises|groups|brings together|unites|consists of)\s+(?:the\s+)?" + _L, True),
    # "The five ASEAN countries are Indonesia, Malaysia, ...", "The GCC states include L".
    rule("bloc-nouns-are-list", _B + r"[\s-]+" + _patterns.MODIFIER + _patterns.MEMBER_NOUN + r"\s+(?:are|were|include|included"
         r"|comprise|comprised)\s+(?:the\s+)?" + _L, True),
    # "Iran's SCO membership has given it a voice", "Egypt's membership of BRICS brought new markets": what a membership
    # did (a past effect), never what it would do ("will reinforce") or that it is stalled ("has long been blocked"); an
    # aside may tell how it came ("Iran's SCO membership, secured in 2023, opened new doors").
    rule("possessive-membership-did", _P + _patterns.POSSESSED_MEMBERSHIP + r"(?:\s*,\s*(?:secured|gained|won|granted|completed"
         r"|finali[sz]ed|approved)\b[^,;§¶]{0,40},)?\s*,?\s+(?:(?:has|have|had)\s+(?:already\s+|also\s+)?(?:given|allowed|brought|boosted|helped|enabled"
         r"|made|opened|strengthened|meant|deepened|turned|expanded|raised|lifted|paid off)|(?:gave|allowed|brought|boosted|helped"
         r"|enabled|opened|strengthened|deepened|raised|lifted|paid off)|dates\s+(?:back|from))\b"),
    # "Sweden's entry into NATO in March 2024 ended two centuries of neutrality": a dated entry the sentence tells in the past
    # (never "Ukraine's entry into NATO in 2030 would ...").
    rule("possessive-entry-in-year-past", _P + _patterns.POSSESSED_MEMBERSHIP + r"\s+(?:in|on)\s+(?:\w+\s+)?(?:\d{1,2},?\s+)?\d{4}"
         r"\s*,?\s+(?!(?:blocked|delayed|vetoed|opposed|rejected|postponed|expected|planned|proposed|considered|debated|sought"
         r"|stalled|failed|frozen|suspended|halted)\b)(?:[a-z]+ed|brought|made|came|began|took|gave|saw|drew|put|set|won|meant)\b"),
]
