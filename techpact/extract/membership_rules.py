"""The membership constructions of English reporting, as patterns over a sentence's skeleton (see
memberships.py): each a general construction, with the words that undo it."""

from __future__ import annotations

import re
from dataclasses import dataclass

_I = re.IGNORECASE

# Placeholders in the skeleton.
_L = r"§L(?P<l>\d+)§"
_B = r"§B(?P<b>\d+)§"
_D = r"§D(?P<l>\d+)§"

_MEMBER_NOUN = (r"(?:member[\s-]+(?:states?|countries|nations|economies|governments)|members?|countries|nations"
                r"|states|economies|allies|governments)")
_MODIFIER = r"(?:\w+[\s-]+){0,2}?"  # "founding", "full", "five founding"
_MEMBER_ONLY = r"(?:member[\s-]+(?:states?|countries|nations|economies)|members?|allies)"
_APPOSITION = r"\s*(?:[,:(—–-]|--)?\s*(?:(?:such as|like|including|namely|notably|i\.e\.,?)\s+)?(?:the\s+)?"
_COPULA = r"(?:\s*,?\s*(?:which|who)\s+|\s+)(?:is|was|are|were|became|becomes|become|becoming|remains?|has been|have been|had been|being)"

# What is said about the members that makes them not members (yet, or any more).
NOT_MEMBER = re.compile(
    r"\b(?:not|never|no longer|non-?members?|former|ex-members?|observers?|partners?|partner(?:ship)?|dialogue"
    r"|applicants?|applications?|appl(?:y|ies|ied|ying)|candidates?|candidacy|aspir\w*|prospective|would-be"
    r"|potential|invit\w*|bids?|seek\w*|hop(?:e|es|ed|ing) to|wants? to|wish\w* to|suspended|expelled"
    r"|withdr[ae]w\w*|left|quit|exit\w*|associate)\b",
    _I,
)
NOT_AFTER_JOIN = re.compile(r"\s*(?:as (?:an? |its )?(?:\w+ )?(?:observer|partner|dialogue partner|guest|associate)\w*|(?:\w+ )?(?:talks|summit|meeting|session|forum|initiative|programme|program)\b)", _I)


# Rules that read a bracket or a dash, which also joins two names ("the EU (Brussels)", "EU–China"):
# only a list of two or more states is a member list there.
MANY = ("list-parenthesis-bloc", "bloc-parenthesis-list")


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern
    participants: bool  # the list names those who take part in the bloc's act (apposition, subject)
    needs_bloc: bool    # the pattern names the bloc, so a sentence without one cannot match


def _rule(name: str, pattern: str, participants: bool = False, needs_bloc: bool | None = None) -> Rule:
    return Rule(name, re.compile(pattern, _I), participants, _B in pattern if needs_bloc is None else needs_bloc)


RULES = [
    # "SCO members China, Russia and India", "the BRICS countries Brazil, ...", "fellow GCC member the UAE",
    # "the bloc's members, including L".
    _rule("bloc-noun-list", _B + r"(?:['’]s)?[\s-]+" + _MODIFIER + _MEMBER_NOUN + _APPOSITION + _L, True),
    # "All members of the G7 -- the US, Japan, ...", "the member states of the SCO: L".
    _rule("members-of-bloc-list", r"\b" + _MEMBER_NOUN + r"\s+of\s+(?:the\s+)?" + _B
          + r"(?:\s+[a-z]+){0,2}?" + _APPOSITION + _L, True),
    # "the members -- Russia, Kazakhstan, ...", "whose members are L", "its founding members include L".
    _rule("members-are-list", r"\b(?:members|member states|member countries)\s*(?:(?:[—–:]|--)\s*(?:the\s+)?"
          r"|,?\s*(?:are|were|include|included|includes|comprise|comprised|being|namely)\s+(?:the\s+)?)" + _L, True),
    # "BRICS (Brazil, Russia, India, China and South Africa)", "the SCO -- China, Russia, ... --".
    _rule("bloc-parenthesis-list", _B + r"(?:\s+(?:group|grouping|bloc|countries|nations|alliance|members))?"
          r"\s*(?:\(|—|–|--|:)\s*(?:the\s+)?" + _L, True),
    # "new members Egypt and Iran", "member countries Japan and India", "the five founding members, L".
    _rule("qualified-members-list", r"\b(?:member\s+(?:states|countries|nations)|(?:founding|original|new|newest|full"
          r"|permanent|current|fellow)\s+members?)\s*,?\s*(?:(?:such as|including|like|namely)\s+)?(?:the\s+)?" + _L, True),
    # "All other members endorsed the plan, including L".
    _rule("members-including-list", r"\b(?:members|member states|member countries)\b(?! of)[^§.;]{0,60}?,?\s+"
          r"(?:including|such as|among them|notably)\s+(?:the\s+)?" + _L, True),
    # "Australia, Japan, India and the US -- the four members of the Quad", "L, all members of NATO".
    _rule("list-members-of-bloc", _L + r"\s*(?:[,(—–-]|--|,?\s*(?:which|who|that)\s+(?:are|were))\s*(?:all\s+|both\s+|each\s+)?"
          r"(?:(?:the|a|an|also a|itself a|another|one of the)\s+)?" + _MODIFIER + _MEMBER_ONLY + r"\s+(?:of|in)\s+(?:the\s+)?" + _B, True),
    # "Kazakhstan, a founding SCO member", "Vietnam, an ASEAN country".
    _rule("list-a-bloc-member", _L + r"\s*(?:[,(—–]|--)\s*(?:(?:a|an|the|also a|itself a|another|both|all|one of the)\s+)" + _MODIFIER
          + _B + r"[\s-]+" + r"(?:member(?:\s+(?:states?|countries|nations))?|members|nations?|countr(?:y|ies)|states?|ally|allies"
          r"|economy|economies|powers)\b", True),
    # "Germany, the EU's largest economy", "Kenya, one of the AU's founding members".
    _rule("list-the-blocs-member", _L + r"\s*(?:[,(—–]|--)\s*(?:the|one of the)\s+" + _B + r"(?:['’]s|['’])\s+(?:[\w-]+\s+){0,3}?"
          r"(?:members?|member states?|member countries|economy|economies|nations?|countr(?:y|ies)|states?)\b", True),
    # "Japan, Australia, India and the US (Quad)", "the Australia-UK-US (AUKUS) partnership".
    _rule("list-parenthesis-bloc", _L + r"\s*\(\s*(?:the\s+)?" + _B + r"\s*\)", True),
    # "the Quad alliance that includes India, ...", "the bloc, which comprises L", "BRICS, grouping L".
    _rule("bloc-includes-list", _B + r"(?:\s+(?:alliance|group|grouping|bloc|partnership|forum|union|organi[sz]ation|club))?"
          r"\s*,?\s*(?:(?:that|which)\s+)?(?:now\s+|also\s+|currently\s+)?(?:includes?|included|including|comprises?|comprising"
          r"|consists of|consisting of|made up of|groups|grouping|brings together|bringing together|unites|uniting)\s+"
          r"(?:the\s+(?:[a-z-]+\s+){0,2}?of\s+|(?:the\s+)?)" + _L, True),
    # "Australia, India, Japan and the US, known as the Quad", "L, which form the Quad".
    _rule("list-known-as-bloc", _L + r"\s*,?\s*(?:(?:collectively|together|jointly)\s+)?(?:known as|called|dubbed"
          r"|(?:which|who|that)\s+(?:form|formed|make up|made up|founded)|forming|making up)\s+(?:the\s+)?" + _B, True),
    # "the Quad grouping of Australia, India, Japan and the US".
    _rule("bloc-of-list", _B + r"\s+(?:group|grouping|bloc|alliance|club|format|partnership)\s+of\s+(?:the\s+)?" + _L, True),
    # "BRICS was founded by Brazil, ...", "the group, founded in 2001 by L".
    _rule("bloc-founded-by-list", _B + r"[^§.;]{0,50}?\b(?:founded|formed|created|established|set up|launched)\b"
          r"[^§.;]{0,30}?\bby\s+(?:(?:the\s+)?[a-z][\w-]*\s+){0,4}?(?:the\s+)?" + _L),
    # "the group expanded to include L", "... has since grown to include L" (the bloc is resolved from context).
    _rule("expanded-to-include-list", r"\b(?:expand\w*|enlarg\w*|grew|grown|widen\w*)\s+(?:\w+\s+){0,2}?to\s+"
          r"(?:include|incorporate|admit|take in)\s+(?:the\s+)?" + _L),
    # "Iran joined the SCO", "Egypt has officially joined BRICS", "the UAE has said it had joined the bloc".
    _rule("list-joined-bloc", _L + r"(?:\s*(?:has|have|had|which|who|officially|formally|finally|also|recently|then|later|already"
          r"|itself|in \d{4}|last year|this year|on \w+|(?:has |have )?(?:said|says|announced|confirmed) (?:that )?(?:it|they)"
          r"|,))*?\s+(?:joined|joins|acceded to|accedes to|was admitted (?:to|into)|were admitted (?:to|into))\s+(?:the\s+)?" + _B),
    # "Iran became a full member of the SCO", "Italy is a member of the G7", "L are members of NATO".
    _rule("list-is-member-of-bloc", _L + r"(?:\s*,?\s+(?:in \d{4}|also|now|already|formally|officially|all|both|itself|each))*"
          + _COPULA + r"\s+(?:all\s+|both\s+)?(?:a|an|the|one of the|among(?: the)?)?\s*" + _MODIFIER
          + r"(?:member(?:\s+(?:states?|countries|nations))?|members)\s+(?:of|in)\s+(?:the\s+)?" + _B),
    # "Italy in 2019 became the first and so far only G7 nation to ...", "India is the only SCO member state".
    _rule("list-is-a-bloc-member", _L + r"(?:\s*,?\s+(?:in \d{4}|also|now|already|formally|officially|all|both|itself|each))*"
          + _COPULA + r"\s+(?:also\s+|now\s+|already\s+)?(?:all\s+|both\s+)?(?:(?:a|an|the|one of the|among(?: the)?)\s+(?:[\w-]+\s+){0,5}?" + _B
          + r"[\s-]+(?:member|members|nations?|countr(?:y|ies)|states?|ally|allies|economy|economies)\b"
          # plural, with no article: "Kazakhstan and Kyrgyzstan are EAEU members"
          + r"|(?:fellow\s+|founding\s+|full\s+)?§B(?P<b2>\d+)§[\s-]+(?:members|member states|member countries|allies)\b)"),
    # "Indonesia became BRICS' newest member".
    _rule("list-is-blocs-member", _L + _COPULA + r"\s+(?:the\s+)?" + _B + r"(?:['’]s|['’])\s+" + _MODIFIER + r"members?\b"),
    # "Iran became a full member in 2023" (of the bloc the sentence or passage is about).
    _rule("list-became-member", _L + r"(?:\s+(?:in \d{4}|also|now|already|formally|officially|finally))*"
          r"(?:\s*,?\s*(?:which|who)\s+|\s+)(?:became|becomes|has become|had become|was made)\s+(?:a|an|the)\s+"
          r"(?:(?:full|fully-fledged|full-fledged|formal|permanent|new|newest|\w+th|ninth|tenth|first)[\s-]+)+member\b(?!\s+of)",
          needs_bloc=False),
    # "Brazil, Russia, India, China and South Africa, the five founding members, ..." (of the bloc in context).
    _rule("list-founding-members", _L + r"\s*(?:[,(—–]|--)\s*(?:the|its|all)\s+(?:\w+\s+)?"
          r"(?:founding|original|full|permanent|current|new|newest)\s+members?\b(?!\s+of)", True, needs_bloc=False),
    # "China and Russia founded the SCO", "Brazil, Russia, India and China make up BRICS", "Iran is part of the SCO".
    _rule("list-make-up-bloc", _L + r"(?:\s*,?\s*(?:which|who)\s+|\s+)(?:together\s+|also\s+|all\s+)?(?:make up|made up|form|formed|comprise|founded|co-founded"
          r"|(?:is|are|was|were|remains?)\s+(?:also\s+|all\s+)?(?:a\s+)?part of|belongs? to)\s+(?:the\s+)?" + _B),
    # "India ... opted out, becoming the only SCO member state not to ...": the sentence's subject.
    _rule("subject-becoming-bloc-member", r"^\W*(?:\w+\s+){0,2}?" + _L + r"[^§;]{0,160}?,\s*(?:becoming|being|as)\s+"
          r"(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?" + _B + r"[\s-]+(?:member|nation|country|state)"),
    # "Vietnam and other ASEAN countries", "Russia and fellow members of the EAEU".
    _rule("list-and-other-bloc", _L + r"\s*,?\s*(?:and|as well as|with)\s+(?:other|fellow|the other)\s+(?:[\w-]+\s+)?"
          + _B + r"[\s-]+" + _MODIFIER + _MEMBER_NOUN, True),
    _rule("list-and-other-members-of-bloc", _L + r"\s*,?\s*(?:and|as well as|with)\s+(?:other|fellow|the other)\s+"
          r"(?:[\w-]+\s+)?" + _MEMBER_NOUN + r"\s+of\s+(?:the\s+)?" + _B, True),
    # "Tehran proposed ... for nations in the SCO, of which it is a member, along with Russia and India".
    _rule("of-which-it-is-a-member", _B + r"\s*,\s*of which\s+(?:it|they|both)\s+(?:is|are|was|were)\s+(?:a\s+|all\s+)?"
          + _MODIFIER + r"members?\b(?P<along>\s*,?\s*along with\s+(?:the\s+)?" + _L + r")?"),
    # "Kazakhstan, which hosted the summit as a member of the SCO", "Peru took part as a full APEC member".
    _rule("list-as-member-of-bloc", _L + r"[^§;]{0,60}?\bas\s+(?:(?:a|an|the|its)\s+|(?=(?:fellow\s+)?§B\d+§[\s-]+(?:members|allies)\b))" + _MODIFIER
          + r"(?:members?\s+(?:of|in)\s+(?:the\s+)?" + _B + r"|" + r"(?:the\s+)?" + r"§B(?P<b2>\d+)§[\s-]+(?:member|nation|country|state|all(?:y|ies)\b))"),
    # "the Chinese and Russian members".
    _rule("demonym-members", r"\bthe\s+" + _D + r"\s+(?:members|member states|member countries)\b"
          r"(?:\s+of\s+(?:the\s+)?" + _B + r")?", needs_bloc=False),
]
