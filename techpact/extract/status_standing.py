"""A standing partnership told through what the sides do to it (extraction rules, ours).

News reports a partnership that already exists by a verb that works on it: the sides "agreed to deepen their strategic
partnership", "will further strengthen their partnership", "took their partnership to the next level", "look forward to
further building our partnership". The planning words around such a verb (agreed, will, look forward to) are about the
deepening; the partnership itself is in force. A verb that makes one ("established", "upgraded their ties to a
strategic partnership", "launched their partnership") is not of this class, and a clause that names another instrument
beside it ("will sign a memorandum to deepen their partnership") tells that instrument's status, not this one's. A making
told as history ("the upgrades from comprehensive partnership in 2001 to strategic partnership in 2009") is how the
partnership came to stand, no making now. So a partnership whose every making the passage tells is history ("the
India-Japan Digital Partnership was launched in October 2018", told in 2023) stands too: nothing tells it ended.
"""

from __future__ import annotations

import re

from techpact.extract.gates import Hinted
from techpact.extract.status_background import made_as_history

_I = re.IGNORECASE

# A verb that works on a standing thing ("further" may stand between it and its object).
_WORKING_VERB = (r"(?:deepen\w*|strengthen\w*|broaden\w*|expand\w*|enhanc\w*|advanc\w*|consolidat\w*|reinforc\w*|intensif\w*"
                 r"|build(?:s|ing)?(?:\s+on)?|built\s+on"
                 # its growing told as a noun: "promote the in-depth development of the comprehensive strategic partnership"
                 r"|(?:the\s+)?(?:[\w-]+\s+){0,3}?development\s+of)"
                 # and a second verb on the same object: "deepen and further develop the partnership"
                 r"(?:\s+and\s+(?:further\s+)?(?:develop\w*|deepen\w*|strengthen\w*|broaden\w*|expand\w*|enhanc\w*|advanc\w*"
                 r"|consolidat\w*|reinforc\w*|intensif\w*))?")
# The partnership as that verb's object: a possessive or definite determiner (or "a" before a capitalised name: "a
# India-U.S. Comprehensive Global Strategic Partnership"; or none before the sides' hyphened names), a few words of its
# name, the noun.
_STANDING_OBJECT = (r"\s+(?:further\s+)?(?:(?:their|our|its|the|this|bilateral|the\s+two\s+(?:countries|nations|sides)['’]?"
                    r"|an?(?=\s+(?-i:[A-Z])))\s+"
                    # or the two sides' hyphened names alone: "deepen China-Brazil comprehensive strategic partnership"
                    # (not after "build": "agreed to build Japan-India chip partnership" makes one)
                    r"|(?<!build\s)(?<!building\s)(?=(?-i:[A-Z])[\w.’']*-(?-i:[A-Z])))(?:[\w.’'-]+\s+){0,4}?(?:partnership|alliance)\b")
# "took their partnership to the next level", "to a new height".
_TAKEN_FURTHER = (r"\b(?:tak(?:e|es|ing|en)|took)\s+(?:their|our|its|the)\s+(?:[\w-]+\s+){0,4}?partnership\s+to\s+(?:the|a)\s+"
                  r"(?:next|new|higher)\s+(?:level|stage|height)")
# With no determiner, only the words of a standing tie after a verb that cannot make one: "enhancing comprehensive
# partnership" (not "to build strategic partnership", a making).
_BARE_STANDING = (r"\b(?:deepen\w*|strengthen\w*|broaden\w*|expand\w*|enhanc\w*|advanc\w*|consolidat\w*|reinforc\w*"
                  r"|intensif\w*)\s+(?:further\s+)?(?:comprehensive|strategic|all-round|all-weather|privileged|special)\s+"
                  r"(?:[\w-]+\s+){0,3}?(?:partnership|alliance)\b")
# Or "further" before the verb: more of what stands ("China, Russia to further deepen partnership").
_FURTHER_WORKED = (r"\bfurther\s+(?:deepen\w*|strengthen\w*|broaden\w*|expand\w*|enhanc\w*|advanc\w*|consolidat\w*|reinforc\w*"
                   r"|intensif\w*)\s+(?:[\w-]+\s+){0,3}?(?:partnership|alliance)\b")
STANDING_WORKED_ON = Hinted(re.compile(r"\b" + _WORKING_VERB + _STANDING_OBJECT + "|" + _TAKEN_FURTHER + "|" + _BARE_STANDING + "|" + _FURTHER_WORKED, _I),
                            "partnership", "alliance")
# The partnership as the ground or frame of what the sides do: "based on their comprehensive strategic partnership",
# "delivered under the Trilateral Partnership", "a testament to the strategic partnership", "the full potential of the
# strategic partnership", "the spirit of their partnership" (a thing done on it or in it, or a quality it has, stands
# on it: it exists).
STANDING_GROUND = Hinted(re.compile(
    r"\b(?:based\s+on|under|within(?:\s+the\s+framework\s+of)?|in\s+the\s+framework\s+of|as\s+part\s+of|in\s+line\s+with"
    r"|testament\s+to|potential\s+of|progress\s+(?:of|in|under)|anniversary\s+of|cornerstone\s+of|pillars?\s+of"
    # what it already has: "enhance the collaborative essence of the U.S.-ASEAN Comprehensive Strategic Partnership"
    r"|essence\s+of|spirit\s+of|momentum\s+of"
    # what only a standing one can be: "the effective implementation of the Digital Partnership", "a representation of"
    r"|implementation\s+of|representation\s+of|symbol\s+of|hallmark\s+of"
    # what it shows or how deep it is: "a reflection of their comprehensive strategic partnership", "a manifestation of
    # China-Laos comprehensive strategic partnership", "value the level of comprehensive strategic partnership"
    r"|reflection\s+of|manifestation\s+of|embodiment\s+of|example\s+of|level\s+of|significance\s+of|depth\s+of"
    r"|strength\s+of|fruits?\s+of|attach(?:es|ed|ing)?\s+(?:great\s+|much\s+|special\s+)?(?:importance\s+)?to)"
    r"(?:\s+the\s+(?-i:[A-Z])[\w.’'-]*(?:\s+(?-i:[A-Z])[\w.’'-]*)*|\s+(?:further\s+)?(?:their|our|its|the|this"
    r"|(?:the\s+)?(?:two\s+)?(?:countries|nations|sides)['’])"
    # or no determiner: the sides' hyphened names, or the words only a standing tie carries
    r"|(?=\s+(?:(?-i:[A-Z])[\w.’']*-(?-i:[A-Z])|(?:comprehensive|strategic|all-round|all-weather|privileged)\s)))\s+"
    # not one told new or still to come: "under their new partnership, they will build"
    r"(?:(?!(?:new|proposed|planned|future|upcoming|coming|prospective|possible)\b)[\w-]+\s+){0,4}?(?:partnership|alliance)\b", _I),
    "partnership", "alliance")
# The anniversary of its making: "next year will be the 20th anniversary of the elevation of the China-Spain ties to a
# comprehensive strategic partnership" (made long ago: it stands, whatever tense the anniversary takes).
STANDING_SINCE_MADE = Hinted(re.compile(
    r"\banniversary\s+of\s+(?:the\s+)?(?:elevation|establishment|upgrad(?:e|ing)|launch(?:ing)?|forging|signing|conclusion)"
    r"\s+of\s+[^.;]{0,80}?\b(?:partnership|alliance)\b", _I), "anniversary")
_ANNIVERSARY_BEFORE = re.compile(r"\banniversary\s+of\s+(?:the\s+)?$", _I)
# The partnership between the sides told with a perfect of lasting: "the strategic partnership between the two states had
# withstood the test of time", "their partnership has grown stronger" (not "has been launched", a making).
STANDING_TOLD = Hinted(re.compile(
    r"\b(?:the|their|our)\s+(?:[\w-]+\s+){0,3}?partnership\s+(?:between|of)\s+[^.;]{0,60}?\b(?:has|have|had)\s+(?:\w+ly\s+)?"
    r"(?:withstood|stood|grown|flourished|matured|deepened|endured|survived|thrived)\b", _I), "partnership")
# The partnership by its name as the subject of a verb in the simple present: "the Vietnam-US Comprehensive Strategic
# Partnership represents a new vision", "The Brazil-China Strategic Partnership provides a framework" (what it is or does
# now: it stands; not "will provide", nor what it holds, "covers", "provides for", which a proposal's terms tell too).
STANDING_PRESENT = Hinted(re.compile(
    r"\b(?-i:the|The)\s+(?:(?-i:[A-Z])[\w.’'-]*\s+){1,6}?(?-i:Partnership|Alliance)\s+(?:(?:now|still|already|also|today)\s+)?"
    r"(?:represents|provides(?!\s+for\b)|offers|remains|serves|enjoys|underpins|gives|brings|stands|continues|benefits"
    r"|supports|guides|rests|reflects)\b", _I), "partnership", "alliance")
# The partnership one side has with the other, told with that side's possessive: "Kenya's longstanding partnership with
# China has played a crucial role", "India values its partnership with Japan" (a partnership owned is one that exists;
# not a new, proposed or future one: "its new partnership with", "Kenya's planned alliance with").
STANDING_POSSESSED = Hinted(re.compile(
    r"(?:\b(?-i:[A-Z])[\w.’'-]*['’]s|\b(?:its|their|our|his|her))\s+(?:(?!(?:new|proposed|planned|future|upcoming|coming"
    r"|prospective|possible|potential|first)\b)[\w-]+\s+){0,3}?(?:partnerships?|alliances?)\s+with\b", _I), "partnership", "alliance")
# Another instrument or body named in the clause: its status is what the clause tells, not the partnership's.
_OTHER_ACT = Hinted(re.compile(
    r"\b(?:agreements?|accords?|pacts?|treat(?:y|ies)|deals?|memorand\w*|MoUs?|protocols?|declarations?|statements?"
    r"|road ?maps?|plans?|programmes?|programs?|frameworks?|initiatives?|projects?|funds?|cent(?:re|er)s?|mechanisms?"
    r"|platforms?|corridors?|working groups?|committees?|commissions?|councils?|task forces?|dialogues?)\b", _I),
    "agreement", "accord", "pact", "treat", "deal", "memorand", "mou", "protocol", "declaration", "statement", "road",
    "plan", "program", "framework", "initiative", "project", "fund", "cent", "mechanism", "platform", "corridor",
    "group", "committee", "commission", "council", "task force", "dialogue")
# A verb that makes the partnership, which the clause may tell beside the working verb.
_MADE = Hinted(re.compile(r"\b(?:establish\w*|creat\w*|form(?:s|ed|ing)?|launch\w*|forg\w*|set(?:s|ting)?\s+up|sign(?:s|ed|ing)?"
                          r"|ink(?:s|ed|ing)?|conclud\w*|upgrad\w*|elevat\w*|rais(?:e|es|ed|ing)"
                          # or one to be had: "unveiled plans to have a strategic defence partnership"
                          r"|plans?\s+to\s+(?:have|build|develop|pursue))\b[^.;]{0,60}?\bpartnership", _I),
               "establish", "creat", "form", "launch", "forg", "set", "sign", "ink", "conclud", "upgrad", "elevat", "rais",
               "plan")


def standing_partnership(texts: list[str], news_year: int | None = None) -> bool:
    """Whether an act's clauses (texts) tell an existing partnership only through a verb working on it ("agreed to
    deepen their strategic partnership") or as the ground of what is done ("a testament to the strategic
    partnership"): one clause so, with no other instrument in it (a ground may frame one), and no clause making a
    partnership now ("launched a partnership ... agreed to strengthen the partnership"; not one told as history, dated
    before the news of news_year: status_background.made_as_history)."""
    return (any((STANDING_WORKED_ON.search(text) is not None and _OTHER_ACT.search(text) is None)
                or STANDING_GROUND.search(text) is not None or STANDING_TOLD.search(text) is not None
                or STANDING_PRESENT.search(text) is not None or STANDING_POSSESSED.search(text) is not None
                or STANDING_SINCE_MADE.search(text) is not None for text in texts)
            and not any(not made_as_history(text, made.start(), made.end(), news_year)
                        and not _ANNIVERSARY_BEFORE.search(text, max(0, made.start() - 30), made.start())  # its anniversary: long made
                        for text in texts for made in _MADE.finditer(text)))


# A verb that makes a partnership, in any voice ("launched a partnership", "the partnership was launched").
_MAKING_VERB = Hinted(re.compile(r"\b(?:established|created|formed|launched|forged|set\s+up|signed|inked|concluded|upgraded"
                                 r"|elevated|unveiled)\b", _I),
                      "established", "created", "formed", "launched", "forged", "set up", "signed", "inked", "concluded",
                      "upgraded", "elevated", "unveiled")


def made_before_the_news(texts: list[str], news_year: int | None) -> bool:
    """Whether an act's clauses (texts) tell its making only as history: at least one making verb, each dated before
    the year of the news (news_year, which must be known)."""
    if news_year is None:
        return False
    makings = [(text, made) for text in texts for made in _MAKING_VERB.finditer(text)]
    return bool(makings) and all(made_as_history(text, made.start(), made.end(), news_year) for text, made in makings)
