"""Members a sentence tells after the bloc is already known from what came before (added to membership_rules.RULES
and read by membership_matches): "Russia, India and China are its full-fledged members", "On January 1, Egypt and
Iran became its members", "founded by the five founding members (Iran, Iraq, ...)", and the joiners a sentence goes
on listing by year ("Brunei joined ASEAN in 1984, followed by Vietnam in 1995, Laos and Myanmar in 1997").

Never members still to come, gone or of another rank ("its future members", "its associate members", "the observer
members (...)"), and never a bloc glued to "non-" ("non-BRICS member states, such as Turkey")."""

from __future__ import annotations

import re

from techpact.extract import membership_patterns as _patterns
from techpact.extract.gates import Hinted
from techpact.extract.membership_rule_base import rule

_I = re.IGNORECASE
_L = _patterns.LIST

# Words before a member noun that make the states something else than members (or members still to come).
_NOT_YET = (r"(?!(?:future|former|prospective|would-be|aspiring|associate|associated|observer|partner|candidate|non|ex|new"
            r"|newest|incoming|invited|potential|suspended)\b)")
_MEMBER_NOUNS = r"(?:members|member states|member countries|member nations|member economies)"
# "are", "were", "became", "have become", "remain": the list is (or came to be) what follows.
_IS = (r"(?:\s*,)?(?:\s+(?:also|now|already|all|both|formally|officially|currently|still))*\s+(?:are|were|became|become"
       r"|(?:has|have|had)\s+(?:also\s+)?(?:become|remained)|remain|remained)(?:\s+(?:also|now|all|both|still))*\s+")

# A growth told as done ("expanded", "grew", "has widened") and what it took in.
_GREW = (r"\b(?<!to )(?:expanded|enlarged|grew|grown|widened)\b(?:\s+(?:last|this)\s+year|\s+in\s+\d{4}|\s+(?:rapidly|quickly"
         r"|significantly))*\s+")
_TO_INCLUDE = r"(?:include|incorporate|add|admit|take in)\b"

TOLD_AFTER_RULES = [
    # "Russia, India, ... are its full-fledged members", "Egypt, Ethiopia, ..., became its full-fledged members".
    rule("list-are-its-members", _L + _IS + r"its\s+(?:" + _NOT_YET + r"[\w-]+\s+){0,2}?" + _MEMBER_NOUNS + r"\b(?!\s+of\b)",
         needs_bloc=False),
    # "founded ... by the five founding members (Iran, Iraq, ...)", "its current member states (L)".
    rule("members-parenthesis-list", r"\b(?:the|its|all|current)\s+(?:" + _NOT_YET + r"[\w-]+\s+){0,2}?" + _MEMBER_NOUNS
         + r"\s*\(\s*(?:namely\s+)?(?:the\s+)?" + _L + r"\s*\)", needs_bloc=False),
    # "The group expanded last year beyond L to include L2": both lists are members (grown, never growth to come).
    rule("expanded-beyond-list", _GREW + r"beyond\s+(?:the\s+)?" + _L + r"(?=\s*,?\s*to\s+" + _TO_INCLUDE + r")", needs_bloc=False),
    rule("expanded-beyond-to-include-list", _GREW + r"beyond\s+(?:the\s+)?§L\d+§\s*,?\s*to\s+" + _TO_INCLUDE
         + r"\s+(?:the\s+)?" + _L, needs_bloc=False),
    # "Indonesia joined it on January 6, 2025" (it: the bloc the sentence before spoke of; memberships.py reads a bare
    # joining only when that sentence told of no instrument one may join).
    rule("list-joined-it", _L + r"(?:\s+(?:also|then|later|formally|officially|finally))*\s+(?:joined|rejoined)\s+it"
         r"(?=\s+(?:in|on)\s+(?:\w+\s+)?(?:\d{1,2},?\s+)?\d{4}\b|\s+as\s+(?:an?\s+)?(?:full\s+|new\s+)?member)", needs_bloc=False),
]

# A body by its capitalised name ("the Organization of Turkic States", "the Turkic Council", "the Arab League"): the
# members a sentence gives it, or a sentence after it calls "its members", are that body's, not a listed bloc's.
OTHER_BODY = re.compile(r"(?:[A-Z][\w-]*\s+(?:of\s+(?:the\s+)?)?){1,5}(?:Organi[sz]ation|Council|Community|Union|Alliance|Forum"
                        r"|Group|Bank|Association|Partnership|Initiative|Commonwealth|Conference|League|Movement|Pact)\b")


def other_body_before(text: str, start: int, blocs_before: bool) -> bool:
    """Whether a member noun at `start` of a skeleton's text, with no bloc before it (blocs_before False), follows the
    name of another body ("The Arab League met, and Egypt and Jordan became its full members")."""
    return not blocs_before and OTHER_BODY.search(text, 0, start) is not None


# After a joining: ", followed by L in 1995, L2 in 1997, and L3 in 1999" (each later joiner with its year).
_FOLLOWED = re.compile(r"(?:\s+in\s+\d{4})?\s*,?\s*(?:and\s+)?(?:was\s+|were\s+)?followed\s+by\s+§L(\d+)§(?:\s+in\s+\d{4})", _I)
_NEXT_BY_YEAR = re.compile(r"\s*,?\s*(?:and\s+)?(?:then\s+)?§L(\d+)§\s+in\s+\d{4}", _I)


def followed_runs(text: str, at: int) -> list[str]:
    """The lists a joining goes on with after `at` ("joined ASEAN in 1984, followed by L in 1995, L2 in 1997")."""
    first = _FOLLOWED.match(text, at)
    if first is None:
        return []
    runs, at = [first.group(1)], first.end()
    while more := _NEXT_BY_YEAR.match(text, at):
        runs.append(more.group(1))
        at = more.end()
    return runs


# "non-BRICS member states", "non-EU countries", "non-NATO allies": the bloc's name glued to "non-" (left unreplaced in
# the skeleton, or replaced) just before the member noun.
_GLUED_NON = re.compile(r"\b(?i:non)-?\s*(?:§B\d+§|[A-Z][\w+]*)(?:\s+[\w-]+){0,1}\s*$")


def glued_non(text: str, start: int) -> bool:
    """Whether the member noun at `start` of a skeleton's text follows "non-" and a bloc ("non-BRICS member states")."""
    return "non" in text[max(0, start - 30):start].lower() and _GLUED_NON.search(text, max(0, start - 30), start) is not None


# A state's entry still weighed: "leaders discussing among other things the entry of Bolivia as the newest member",
# "Paraguay blocked the accession of Venezuela as a full member" (what is discussed, backed or blocked is not yet done).
_WEIGHED = re.compile(r"\b(?:discuss\w*|consider\w*|debat\w*|approv\w*|support\w*|back(?:s|ed|ing)?|oppos\w*|block\w*|veto\w*"
                      r"|negotiat\w*|review\w*|seek\w*|sought|propos\w*|push\w*|ratif\w*|resist\w*|delay\w*|examin\w*)\b"
                      r"(?:\s+[^\s§¶.;]+){0,6}?\s+(?:the\s+)?(?:possible\s+|planned\s+|future\s+|eventual\s+)?"
                      r"(?:entry|accession|admission|inclusion|incorporation)\s+of\s*$", _I)
_WEIGHED = Hinted(_WEIGHED, "entry", "accession", "admission", "inclusion", "incorporation")


def weighed_entry(text: str, start: int) -> bool:
    """Whether the list at `start` of a skeleton's text is the one whose entry is discussed, backed or blocked."""
    return _WEIGHED.search(text, max(0, start - 100), start) is not None
