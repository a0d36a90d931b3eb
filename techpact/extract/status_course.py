"""An instrument told only through its course is in force (extraction rules, ours).

News tells an instrument that already binds the sides by what happens under it: the sides "reviewed progress under
their 2019 agreement", "reviewed the progress of the India-France Defence Industrial Roadmap", "discussed the
implementation of the memorandum", "marked the anniversary of the treaty", "hailed the results of their partnership",
"called for the full implementation of the accord". The verb of the clause
(reviewed, discussed, called for, agreed to speed up) is about that course; the instrument itself stands (in force).
A clause that makes an instrument ("signed a memorandum and reviewed the implementation of ...") tells the new one,
unless the making is told as history, dated before the news ("implementing the GEA, since it was signed in 2022").
"""

from __future__ import annotations

import re

from techpact.extract.gates import Hinted
from techpact.extract.status_background import makes_an_act_now

_I = re.IGNORECASE
_INSTRUMENT = (r"(?:agreements?|accords?|pacts?|treat(?:y|ies)|memorand(?:um|a)|MoUs?|partnerships?|road ?maps?|protocols?|arrangements?"
               r"|deals?|charters?|declarations?|action plans?|programmes?|programs?)")
# Its making, when an anniversary is of that: "the fifth anniversary of the establishment of their partnership".
_MAKING = r"(?:establishment|signing|launch(?:ing)?|conclusion|creation|founding|inception)"
_ANNIVERSARY_OF_THE = re.compile(r"\banniversary\s+of\s+(?:the\s+)?$", _I)
# The course of an instrument: its implementation, the progress or results under it, its scope, its anniversary or
# success, a commitment to it, cooperation under its framework; then a definite or possessive determiner (a new instrument has "a"), and the instrument's name.
IN_COURSE = Hinted(re.compile(
    r"\b(?:(?:full\s+|swift\s+|effective\s+)?(?:implementation|operationali[sz]ation|activation)\s+of|implementing|(?:fully\s+|further\s+|jointly\s+)?implement(?:s|ed)?"
    r"|progress\s+(?:made\s+)?(?:under|of)|scope\s+of|under\s+(?:the\s+)?framework\s+of"
    r"|results?\s+of|anniversary\s+of(?:\s+the\s+" + _MAKING + r"\s+of)?|success\s+of|achievements?\s+(?:of|under)|stock\s+of|commitment\s+to|review\s+of"
    r"|operation\s+of|(?:identified|envisaged|envisioned|set\s+out|outlined|laid\s+down|provided\s+for|specified)\s+(?:by|in|under)"
    # its years marked, as its anniversary: "marked ten years of their lithium agreement"
    r"|(?:mark|celebrat|commemorat)\w*\s+(?:\w+\s+)?years\s+of)"
    # (or no determiner before the sides' hyphened names: "the implementation of Kuwait-China agreements and MoUs")
    r"\s+(?:(?:the|their|its|our|this|that|both\s+countries['’]?)\s+|(?=(?-i:[A-Z])[\w.’']*-(?-i:[A-Z])))(?:(?:existing|current|\d{4}|bilateral"
    r"|landmark|historic|strategic|comprehensive)\s+)*(?:(?!(?:on|of|for|to|with|in|and)\b)[\w-]+\s+){0,3}?" + _INSTRUMENT + r"\b"
    # the instrument itself, not a body named after it ("the results of the Digital Partnership Council's meeting")
    r"(?!['’]?\s*(?:councils?|committees?|commissions?|meetings?|summits?|forums?|talks|negotiations|dialogues?|secretariat"
    r"|working groups?|offices?)\b)", _I),
    "implement", "operationali", "activation", "progress", "result", "anniversary", "success", "achievement", "stock", "commitment", "review", "operation",
    "scope", "framework", "identified", "envisage", "envision", "set out", "outlined", "laid down", "provided for", "specified",
    "years")
# Or the progress of a cooperation, programme or project (no instrument named): "reviewed the progress made this year in
# their digital cooperation", "welcomed the progress in their joint satellite programme" (not "progress towards").
PROGRESS_IN_COOPERATION = Hinted(re.compile(
    r"\bprogress\s+(?:(?:made|achieved|recorded)\s+)?(?:(?:this|last)\s+year\s+|so\s+far\s+|to\s+date\s+)?(?:in|of|under)\s+"
    r"(?:the|their|its|our|bilateral)\s+(?:[\w-]+\s+){0,3}?(?:co-?operation|collaboration|partnership|programmes?|programs?"
    r"|initiatives?|projects?)\b", _I), "progress")
# Or its implementation, the instrument told by its short name ending the phrase: "progress in implementing the GEA, since".
IMPLEMENTED_BY_NAME = Hinted(re.compile(
    r"\b(?:implementation\s+of|implementing)\s+(?:the|their)\s+(?-i:[A-Z]{2,8})\b(?=\s*[,.;)]|\s+(?:since|and|by|in|with)\b)",
    _I), "implement")
# A verb that makes an instrument in the same clause, or one still being made: that clause tells a new one, or one not
# yet in force ("reviewed the agreement the countries have been negotiating since 2011").
_MADE = Hinted(re.compile(r"\b(?:sign(?:s|ed|ing)?|ink(?:s|ed|ing)?|conclud\w*|seal(?:s|ed|ing)?|establish\w*|launch\w*"
                          r"|adopt\w*|set(?:s|ting)?\s+up|creat\w*|forg\w*|negotiat\w*|draft\w*|talks"
                          # a new one to be drawn up: "agreed to develop an MoU" (not "develop their cooperation")
                          r"|develop(?:s|ed|ing)?(?=\s+(?:a|an|new)\s))\b", _I),
               "sign", "ink", "conclud", "seal", "establish", "launch", "adopt", "set", "creat", "forg", "negotiat", "draft",
               "talks", "develop")
# Talks as the setting of the review, no instrument as their matter: "In talks on Monday, the sides reviewed ...", "the
# talks between A and B during which both sides reviewed ..." (not "in talks on a new treaty": one being made).
_TALKS_AS_SETTING_BEFORE = re.compile(r"\b(?:in|during|at|after|following)\s+(?:(?:the|their|his|her|its|wide-ranging|bilateral"
                                      r"|official|formal|high-level|delegation-level|\w+ly)\s+){0,3}$", _I)
_TALKS_ON_INSTRUMENT_AFTER = re.compile(r"\s+(?:on|over|for|about|towards?|to\s+\w+)\s+(?:(?:a|an|the|new|their|its)\s+)?"
                                        r"(?:[\w-]+\s+){0,3}?" + _INSTRUMENT + r"\b", _I)


# The instrument's making told after its name, by whom it was made: "the implementation of the memorandum of
# understanding (MoU) signed between Egypt and the EU" names the instrument in course by its making, long done.
_NAMED_BY_ITS_MAKING = re.compile(_INSTRUMENT + r"(?:\s+of\s+(?:understanding|cooperation|intent))?(?:\s*\([^()]{1,12}\))?\s+$", _I)
_MADE_BY = re.compile(r"\s+(?:between|by|with)\b", _I)


def _makes(text: str, made: re.Match, news_year: int | None) -> bool:
    """Whether the verb or noun of making at made tells an instrument made now or being made (talks only when they are
    not the setting of the clause's review, a participle after the instrument's name only its maker)."""
    if (made.group().lower() in ("signed", "concluded", "inked", "sealed") and _MADE_BY.match(text, made.end())
            and _NAMED_BY_ITS_MAKING.search(text, max(0, made.start() - 60), made.start())):
        return False  # "the implementation of the memorandum signed between A and B"
    if (made.group().lower() == "talks" and _TALKS_AS_SETTING_BEFORE.search(text, max(0, made.start() - 60), made.start())
            and not _TALKS_ON_INSTRUMENT_AFTER.match(text, made.end())):
        return False
    if _ANNIVERSARY_OF_THE.search(text, max(0, made.start() - 20), made.start()):
        return False  # "the 30th anniversary of the signing of their treaty": a making long past
    return makes_an_act_now(text, made.start(), made.end(), news_year)


def instrument_in_course(texts: list[str], news_year: int | None = None) -> bool:
    """Whether an act's clauses (texts) tell its instrument only through its course ("reviewed progress under their
    2019 agreement"): one clause so, and no clause making an instrument now (a making dated before the news, "since it
    was signed in October 2022", is its history)."""
    return (any(IN_COURSE.search(text) is not None or IMPLEMENTED_BY_NAME.search(text) is not None
                or PROGRESS_IN_COOPERATION.search(text) is not None for text in texts)
            and not any(_makes(text, made, news_year) for text in texts for made in _MADE.finditer(text)))
