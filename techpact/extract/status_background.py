"""An earlier act told as operating now is in force (extraction rule, ours).

The guide calls an act in force when it is ongoing, existing and operating, and signed when it is concluded now. News
often tells the making of an act only as its history, in a participle, a relative clause or a leading phrase with a
time before the news ("the accord, signed in 2014, governs ...", "DEPA, a treaty brokered last year by A, B and C, ...",
"Established in 1987, the fund promotes ...", "the pact, which the two had signed a decade ago, remains ..."), while
the clause's main predicate tells what the act does or undergoes now, in the present. The making is then background:
the act is operating, in force. So is an act one side's step extends or renews ("the cabinet approved extending the
agreement until 2030", "a decree prolonging the accord"), or told extended in the passive with its term ("is extended
until 2030", "was renewed for five years"), an act told to stay in place until a date ("will remain in effect until
2030"), and one whose implementation is under way: what is prolonged or implemented is running.

Guards, each a principle: the making must be told as history, with a time before the news (a past year, "last year",
"years ago", "decades ago") or a past perfect, never the news's own time ("on Monday", "this week"), and the act not
new; the main predicate must be a present one of the act itself, not negated, not its making or entry into force still
ahead ("is yet to be ratified", "is expected to enter into force"), and not what its text holds ("the deal signed in
2017 covers four reactors": its content, timeless). An extension the two sides agree on or sign is an act of its own
("agreed in 2021 to extend the programme", "signed a protocol to extend the agreement": act_separation reads it), and
one that reaches to new parties or areas is no extension in time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cached_property

from techpact.extract.gates import Hinted

_I = re.IGNORECASE


class _Lazy:
    """A pattern compiled, and gated by its words when given (gates.Hinted), on its first use: the rule costs nothing
    when the package is imported, which keeps the command line quick to start."""

    def __init__(self, source: str, *words: str) -> None:
        self.source, self.words = source, words

    @cached_property
    def built(self) -> re.Pattern | Hinted:
        """The compiled pattern."""
        compiled = re.compile(self.source, _I)
        return Hinted(compiled, *self.words) if self.words else compiled

    def search(self, text: str, *bounds: int) -> re.Match | None:
        """Like re.Pattern.search."""
        return self.built.search(text, *bounds)

    def match(self, text: str, *bounds: int) -> re.Match | None:
        """Like re.Pattern.match."""
        return self.built.match(text, *bounds)

    def finditer(self, text: str):
        """Like re.Pattern.finditer."""
        return self.built.finditer(text)


# The instruments and standing bodies whose making may be told as history.
_ACT = (r"(?:agreements?|accords?|pacts?|treat(?:y|ies)|deals?|memorand(?:um|ums|a)|MoUs?|MoCs?|protocols?|partnerships?"
        r"|alliances?|conventions?|charters?|arrangements?|programmes?|programs?|frameworks?|initiatives?|mechanisms?"
        r"|funds?|commissions?|committees?|councils?|platforms?|corridors?|roadmaps?|road maps?|dialogues?|concepts?"
        r"|declarations?)")
# Participles of making an act (not "agreed", said of a plan as often as of an act).
_MAKING = (r"(?:signed|inked|concluded|sealed|struck|brokered|reached|forged|established|set\s+up|launched|created"
           r"|founded|adopted|initiated|started|begun|formed|penned|negotiated|hammered\s+out|agreed\s+upon|entered\s+into)")
# A time before the news: a year (with its month or day), "last year", "years ago", "a decade ago", "in the 1990s".
_NUMBER = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|several|many|some|\d+)"
_PAST_TIME = (r"(?:(?:in|back\s+in|as\s+early\s+as|as\s+far\s+back\s+as|as\s+long\s+ago\s+as)\s+(?:(?:early|late|mid-?)\s*)?"
              r"(?:(?-i:[A-Z])[a-z]+\s+)?(?:\d{1,2},?\s+)?(?:19|20)\d\d\b|(?-i:[A-Z])[a-z]+\s+\d{1,2},\s+(?:19|20)\d\d\b"
              r"|in\s+the\s+(?:(?:early|late|mid-?)\s*)?(?:19|20)\d0s\b|last\s+year\b"
              r"|(?:(?:more|less)\s+than\s+|(?:just\s+)?over\s+|nearly\s+|almost\s+|about\s+|some\s+|well\s+over\s+)?" + _NUMBER
              + r"\s+(?:years?|decades?)\s+ago\b|decades\s+ago\b)")
# The news's own time: the making told is then the news, not its history.
_NEWS_TIME = _Lazy(r"\b(?:on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday|this\s+(?:week|month|year)"
                   r"|earlier\s+today|new|newly|fresh)\b")
# The history of the act: a participle after the act's noun ("the accord (,) signed in 2014", "DEPA, an international
# treaty brokered last year by A"); a relative clause ("the pact, which was signed in 2015", "which the two countries
# had signed a decade ago"); a participle leading the clause ("Established in 1987, the fund"); its age or its year.
# (the act's noun may carry its parties or matter: "the memorandum between Chile and Peru, which ...")
_TAIL = r"(?:\s*\([^()]{1,40}\))?(?:\s+(?:between|with|among|of|on|for)\s+[^,.;:()]{1,60}?)?"
_AFTER_NOUN = (r"\b" + _ACT + _TAIL + r"\s*,?\s+(?:(?:first|originally|initially|jointly|formally)\s+)?"
               r"(?P<made>" + _MAKING + r")\b")
_RELATIVE = (r"\b" + _ACT + _TAIL + r"\s*,?\s+(?:which|that)\s+(?:(?P<perfect>had\s+been|had)\s+|(?:was|were)\s+"
             r"|(?:[\w'’-]+\s+){1,6}?(?P<perfect2>had\s+)?)(?:(?:first|originally|initially|jointly|formally)\s+)?"
             r"(?P<made2>" + _MAKING + r")\b")
# (or with no relative word, its makers its subject: "the accord Ghana and Togo reached two years ago")
_ZERO_RELATIVE = (r"\b" + _ACT + r"\s+(?:(?-i:[A-Z])[\w.-]*(?:\s+and\s+(?-i:[A-Z])[\w.-]*)?|they|both\s+sides"
                  r"|the\s+two\s+(?:countries|sides|nations|governments|leaders|ministries))\s+(?P<perfect3>had\s+)?(?P<made6>"
                  + _MAKING + r")\b")
_LEADING = (r"^\W*(?:(?:first|originally|initially|jointly)\s+)?(?P<made3>" + _MAKING + r")\b")
# Its age told outright: "the accord, dating back to 1992,", "the treaty, which dates from the 1970s,".
_DATING = (r"\b" + _ACT + _TAIL + r"\s*,?\s+(?:(?:which|that)\s+)?(?P<made4>dat(?:ing|es|ed))\s+(?:back\s+)?(?:to|from)\s+"
           r"(?:the\s+)?(?:(?:early|late|mid-?)\s*)?(?:(?-i:[A-Z])[a-z]+\s+)?(?:19|20)\d\d(?:s\b)?")
# The act named by the year of its making: "the 2014 accord between Chile and Peru", "under a 2019 memorandum" (not a
# span, "the 2021-2025 plan").
_YEAR_NAMED = (r"\b(?:the|their|its|an?)\s+(?P<made5>(?:19|20)\d\d)\s+(?:[\w-]+\s+){0,3}?" + _ACT + r"\b" + _TAIL)
_HISTORY = _Lazy(_AFTER_NOUN + "|" + _RELATIVE + "|" + _ZERO_RELATIVE + "|" + _LEADING + "|" + _DATING + "|" + _YEAR_NAMED,
                 "signed", "inked", "concluded", "sealed", "struck", "brokered", "reached", "forged", "established",
                 "set up", "launched", "created", "founded", "adopted", "initiated", "started", "begun", "formed",
                 "penned", "negotiated", "hammered out", "agreed upon", "entered into", "dating", "dates", "dated", "19", "20")
# _HISTORY after a text's first character, where its leading branch ("^") cannot match: that branch is left out (a
# literal never followed, keeping its group), so every match opens on a word the search is tried at only (gates.Hinted's
# opened search) instead of the engine entering six branches at every character. The matches are _HISTORY's own.
_NO_LEADING = r"zqxj(?!)(?P<made3>)"
_HISTORY_LATER = _Lazy(_AFTER_NOUN + "|" + _RELATIVE + "|" + _ZERO_RELATIVE + "|" + _NO_LEADING + "|" + _DATING + "|" + _YEAR_NAMED,
                       *_HISTORY.words)
# How far the history phrase may run after its participle before its time ("signed by Ghana, Togo and Benin in 2015").
_PHRASE = r"[^.;:]{0,100}?"
_TIMED = _Lazy(_PHRASE + r"\b" + _PAST_TIME)
# The main predicate told now, right after the history phrase: a present of the act ("aims to", "governs",
# "serves as", "is being implemented", "remains", "has helped"), after the comma that closes the phrase, or after a
# short phrase of its parties or its matter ("signed in 2014 between Chile and Peru governs ..."); not a verb of making
# or intending, which has another subject ("Founded in 1987, the firm signs ..."), nor a verb of what the act's text
# holds, timeless ("the deal signed in 2017 covers four reactors"), unless told of now ("now covers cloud services").
_ADVERB = (r"(?:(?:now|still|also|currently|today|already|effectively|essentially|largely|mainly|primarily|formally|further"
           r"|jointly|in\s+turn)\s+)*")
_PRESENT = (r"(?!(?:signs|inks|concludes|seals|launches|establishes|sets|agrees|adopts|plans|intends|proposes|offers|wants"
            r"|hopes|says|tells|adds|notes|claims|reports)\b)"
            r"(?:is|are|remains?|has|have|continues?|stays?|does|(?-i:[a-z])[a-z]{2,}(?<!ss)(?<!ous)(?<!is)(?<!us)s"
            r"(?!\s*(?:and|or|of|,|\.|;|$))(?!\s+(?-i:[A-Z])))\b")
_CONTENT = re.compile(r"(?:covers|includes|contains|comprises|entails|envisages|envisions|foresees|outlines|sets\s+out|lays\s+out"
                      r"|spells\s+out|stipulates|specifies|details|provides\s+for|concerns|deals\s+with|focuses\s+on|commits"
                      r"|obliges|binds|requires|calls\s+for)\b", _I)
# A predicate telling other instruments made through the act: the clause tells their making ("the committee, set up in
# 2014, has produced more than 100 agreements").
_YIELDED = re.compile(r"[^.;]{0,30}?\b(?:produced|yielded|generated|spawned|delivered|led\s+to|resulted\s+in|given\s+rise\s+to)\s+"
                      r"(?:[\w-]+\s+){0,4}?(?:agreements|deals|accords|memorand(?:a|ums)|MoUs|contracts|treaties|protocols"
                      r"|documents)\b", _I)
_NOW_SAID = re.compile(r"\b(?:now|still|currently|today|already)\b", _I)
_PREPOSITION = r"(?:by|between|among|with|on|for|in|at|under|during|after|following|as)"
_NOW = _Lazy(r"(?:\s+" + _PREPOSITION + r"\b[^,.;:]{0,60}?)?\s*,?\s*\b(?P<lead>" + _ADVERB + r")(?P<verb>" + _PRESENT + r")")
# A leading history phrase ends at its comma; the act follows as the clause's subject, then the predicate.
_LEAD_END = _Lazy(r"[^,.;:]{0,100}?,\s*(?:the|this|that|its|their)\s+(?:[\w()'’-]+\s+){0,4}?" + _ACT
                  + r"(?:\s+(?:between|of|with|on)\s+[^,.;:]{1,60}?)?\s+\b(?P<lead>" + _ADVERB + r")(?P<verb>" + _PRESENT + r")")
# The clause's own predicate told now before an apposition that tells the act's history ("Chile sees growing interest in
# DEPA, a treaty brokered last year by ..."): a subject named at its start, then a present.
_SUBJECT_NOW = _Lazy(r"^\W*(?:(?:the|a|an)\s+)?(?:(?-i:[A-Z])[\w.'’-]*\s+){1,4}(?P<lead>" + _ADVERB + r")(?P<verb>"
                     + _PRESENT + r")")
_APPOSITION = _Lazy(r",\s*(?:an?|the|one)\s+(?:[\w-]+\s+){0,3}?$")
# A predicate that tells the act not yet running, or its making still ahead, or denies it: not of this class.
_NOT_RUNNING = _Lazy(
    r"\b(?:not|never|no\s+longer|n[’']t|yet\s+to|pending|await\w*|before\s+(?:it|its)\b)\b"
    r"|\b(?:to\s+be|will\s+be|would\s+be|being)\s+(?:\w+\s+)?(?:signed|inked|concluded|finali[sz]ed|adopted|ratified|approved"
    r"|launched|negotiated|drafted|prepared|discussed)\b"
    r"|\b(?:enter|come|go|take)\w*\s+(?:into\s+)?(?:force|effect)\b|\b(?:expected|set|due|scheduled|slated)\s+to\b")
# An extension's time (the term an act runs to): until a date ("until December 2030", "to 2028", "beyond 2030") or for a
# term ("for five more years", "for another decade", "for a further five-year period").
TERM = (r"(?:until|till|through|to|beyond|into)\s+(?:(?:the\s+end\s+of|early|late|mid-?)\s*)?(?:(?-i:[A-Z])[a-z]+\s+)?"
        r"(?:\d{1,2},?\s+)?(?:19|20)\d\d\b"
        r"|for\s+(?:a\s+further|another|an\s+additional|a\s+new|(?:\w+\s+)?(?:more|further|additional))?\s*(?:" + _NUMBER
        + r"|\w+-year)\s*(?:[\w-]+\s+)?(?:years?|decades?|period|term)\b")
# An extension of the act in time told as one side's step, or in the passive (not both sides agreeing to extend it,
# which is an act of its own, "agreed in 2021 to extend their programme until 2031"): "the cabinet approved extending
# the agreement", "a decree prolonging the accord for five years", "backed the renewal of the pact", "the agreement is
# extended until 2030", "will be prolonged for another five years". One side's step needs no time, but does not reach
# to new parties or matters ("a decree extending the pact to Kenya", "to cover AI").
_EXTENSION = _Lazy(
    r"\b(?:approv\w*|back(?:s|ed|ing)?|endors\w*|decrees?|resolutions?|orders?|laws?|decisions?|bills?)\s+"
    r"(?:(?:on|the|an?|its|a\s+plan|a\s+proposal)\s+)?(?:to\s+)?(?P<ext>extend(?:ing)?|prolong(?:ing)?|renew(?:ing)?"
    r"|(?:the\s+)?(?:extension|prolongation|renewal)\s+of)\s+(?:(?:the|an?|its|their|this|that)\s+)?(?:[\w'’-]+\s+){0,8}?"
    + _ACT + r"\b(?![^.;]{0,60}?\b(?:to|into)\s+(?!(?:the\s+end\s+of\s+)?(?:(?-i:[A-Z])[a-z]+\s+)?(?:\d{1,2},?\s+)?"
    r"(?:19|20)\d\d))"
    r"|\b" + _ACT + r"\b[^.;]{0,80}?\b(?:be|being|is|are|was|were|has\s+been|have\s+been)\s+(?:\w+ly\s+)?"
    r"(?P<ext2>extended|prolonged|renewed)\s+(?:[^.;]{0,40}?\b)?(?:" + TERM + r")",
    "extend", "extension", "prolong", "renew")
# The extension itself an instrument concluded in the clause ("signed a protocol to extend ..."), or denied.
_INSTRUMENT_CONCLUDED = _Lazy(
    r"\b(?:sign\w*|ink\w*|conclud\w*|seal\w*|adopt\w*|initial\w*)\s+(?:(?:an?|the|a\s+new|two|three)\s+)?"
    r"(?:(?!extend|prolong|renew)[\w-]+\s+){0,3}?"
    r"(?:protocols?|agreements?|amendments?|memorand\w*|MoUs?|treat(?:y|ies)|accords?|deals?|extensions?)\b"
    r"|\bextensions?\s+(?:[^.;]{0,60}?\s)?(?:was|were|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:signed|inked|concluded)\b")
_DENIED_BEFORE = _Lazy(r"\b(?:not|never|n[’']t|refus\w*|declin\w*|against|reject\w*|oppos\w*)\s+(?:\w+\s+){0,2}$")
# An act told to stay in place until a date: "will remain in effect until 2030", "will be in place till 2028".
_IN_PLACE_UNTIL = _Lazy(
    r"\b(?:will|shall|would)\s+(?:be|remain|stay|continue\s+to\s+be)\s+(?:in\s+place|in\s+force|in\s+effect|valid|operational"
    r"|effective)\s+(?:until|till|through)\b"
    r"|\bwill\s+(?:run|continue)\s+(?:until|till|through)\s+(?:\w+\s+){0,2}?(?:19|20)\d\d\b",
    "in place", "in force", "in effect", "valid", "operational", "effective", "run", "continue")
_STARTS_AHEAD = _Lazy(r"\b(?:enter|come|go|take)\w*\s+(?:into\s+)?(?:force|effect)\b|\bnew\b")


def history_matches(text: str) -> list[re.Match] | Iterator[re.Match]:
    """_HISTORY.finditer(text): its first place tried with the whole pattern, the places after with _HISTORY_LATER."""
    if (first := _HISTORY.match(text)) is None:
        return _HISTORY_LATER.finditer(text)
    return [first, *_HISTORY_LATER.built.pattern.finditer(text, first.end())]


def _histories(text: str, before: int = 0):
    """The makings the clause tells as history, each with the end of its phrase: dated before the news ("signed on July
    6, 1988", "the 2019 accord", "dating back to 2015") or in a past perfect, with no time of the news from `before`
    characters ahead of it to its phrase's end ("the new accord, signed on Monday" is the news)."""
    for match in history_matches(text):
        perfect = bool(match.group("perfect") or match.group("perfect2") or match.group("perfect3"))
        dated = bool(match.group("made4") or match.group("made5"))  # its age or its year told with its name
        timed = None if dated else _TIMED.match(text, match.end())
        if timed is None and not (perfect or dated):
            continue  # no time before the news: the making may be the news itself
        phrase_end = timed.end() if timed else match.end()
        if not _NEWS_TIME.search(text, max(0, match.start() - before), phrase_end):
            yield match, phrase_end


def made_in_the_past(text: str, news_year: int | None = None) -> bool:
    """Whether the clause tells an act's making as history ("a memorandum signed in 2022", "the 2019 accord"), not in
    news_year when known."""
    return any(news_year is None or not any(int(year) >= news_year for year in _YEAR.findall(text[match.start():end]))
               for match, end in _histories(text))


def history_then_now(text: str) -> bool:
    """Whether the clause tells an act's making only as history (a time before the news) while its main predicate
    tells, in the present, what the act does or undergoes now."""
    for match, phrase_end in _histories(text, before=30):
        now = (_LEAD_END if match.group("made3") else _NOW).match(text, phrase_end)
        if now is None and _APPOSITION.search(text, 0, match.start()):
            now = _told_now_before(text[:match.start()])  # "Chile sees growing interest in DEPA, a treaty brokered ..."
        if now is None or _NOT_RUNNING.search(text, now.start("verb")):
            continue  # (not "is yet to enter into force", "has not been ratified")
        if _YIELDED.match(text, now.start("verb")):
            continue  # "has produced 100 agreements": their making is told
        if not _CONTENT.match(text, now.start("verb")) or _NOW_SAID.search(now.group("lead")):
            return True
    return False


def _told_now_before(before: str) -> re.Match | None:
    """The present predicate of a clause (before an apposition of history) whose subject opens it, when that stretch
    tells no status of its own ("Chile will join DEPA, a treaty ..." plans; "Chile sees interest in DEPA, ..." does not)."""
    from techpact.extract.status import find_status  # status.py reads this module through status_shapes

    now = _SUBJECT_NOW.match(before)
    return now if now is not None and find_status(before) is None else None


# Its implementation told begun or under way: "implementation of the concept has begun", "is under way".
_IMPLEMENTATION = _Lazy(
    r"\bimplementation\b[^.;]{0,80}?\b(?:has|have)\s+(?:already\s+|now\s+)?(?:begun|started|commenced|got\s+under\s*way)\b"
    r"|\bimplementation\b[^.;]{0,80}?\b(?:is|are)\s+(?:already\s+|now\s+|well\s+)?(?:under\s*way|in\s+progress|ongoing"
    r"|progressing|advancing|proceeding)\b", "implementation")


# The act itself as the subject of beginning: "A trilateral power-sharing agreement ... officially began on Friday" (not
# talks about one, nor what it begins to do: "the partnership began to ...").
_ACT_BEGUN = _Lazy(
    r"\b(?:agreements?|accords?|pacts?|arrangements?|deals?|treat(?:y|ies)|memorand(?:um|a)|MoUs?|partnerships?|programmes?"
    r"|programs?)(?:\s+(?:between|among|with|on|for)\b[^.;]{0,80}?)?\s+(?:(?:has|have)\s+)?(?:(?:officially|formally|finally"
    r"|also|now)\s+)?(?:began|begun|begins|started|commenced"
    r"|kicked\s+off)\b(?!\s+(?:to|with\s+talks)\b)", "began", "begun", "begins", "started", "commenced", "kicked off")

# Talks on the act before it: "Talks on an agreement ... started" (the talks began, not the act); so the signing of it:
# "the signing ceremony of various agreements began" (made then, not begun to run).
_TALKS_OR_SIGNING_BEFORE = _Lazy(r"\b(?:(?:talks|negotiations?|discussions?|consultations?)\s+(?:on|for|about|over|towards)"
                      r"|(?:signing\s+)?ceremony\s+(?:of|for)|signing\s+of)\s+(?:(?:a|an|the"
                      r"|new)\s+)?(?:[\w-]+\s+){0,3}$")


def implementation_begun(text: str) -> bool:
    """Whether the clause tells an act's implementation begun or under way, not negated ("has not yet begun"), the
    act itself begun (act_begun), or a joint facility or project of the sides described as it stands now
    (standing_facility)."""
    return (any(not _NOT_RUNNING.search(match.group()) for match in _IMPLEMENTATION.finditer(text))
            or act_begun(text) or standing_facility(text))


def act_begun(text: str) -> bool:
    """Whether the clause tells the act itself begun ("the agreement between A, B and C officially began on Friday"),
    not negated ("has not started yet") and not talks on it ("Talks on an agreement ... started")."""
    return any(not _NOT_RUNNING.search(match.group()) and not _TALKS_OR_SIGNING_BEFORE.search(text, max(0, match.start() - 60), match.start())
               for match in _ACT_BEGUN.finditer(text))


# A joint facility or project described in the present as the sides' own: "The station is a space technology
# cooperation facility between China and Argentina", "the centre remains a joint project of the two countries". It
# stands now: in force (not "will be a joint centre", and not "is to be").
_STANDING_FACILITY = _Lazy(
    r"\b(?:is|are|remains?|serves\s+as)\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,4}?(?:co-?operation|joint|bilateral|shared)"
    r"\s+(?:[\w-]+\s+){0,2}?(?:facilit(?:y|ies)|cent(?:re|er)s?|stations?|projects?|programmes?|programs?|platforms?"
    r"|laborator(?:y|ies)|labs?|observator(?:y|ies)|ventures?)\s+(?:between|of)\b", "cooperation", "co-operation", "joint",
    "bilateral", "shared")


def standing_facility(text: str) -> bool:
    """Whether the clause describes a joint facility or project of the sides as it stands now, or their cooperation as
    the subject of a perfect of growth (cooperation_grown)."""
    return _STANDING_FACILITY.search(text) is not None or _COOPERATION_GROWN.search(text) is not None


# The sides' cooperation as the subject of a perfect of growth, with or without a stretch of time: "Cooperation between
# Ethiopia and China has advanced from the land to space", "Our partnership has deepened". It stands: in force (not
# "has been suspended", nor "trade between them has grown": cooperation is the subject).
_COOPERATION_GROWN = _Lazy(
    r"^\W*(?:(?:the|our|their|its|this)\s+)?(?:[\w-]+\s+){0,3}?(?:co-?operation|collaboration|partnership|ties)\s+"
    r"(?:(?:between|of|with|in|on)\s+[^,;.]{1,80}?\s+)?(?:has|have)\s+(?:(?:also|steadily|greatly|significantly|further"
    r"|now|already|continuously)\s+)?(?:grown|advanced|expanded|deepened|developed|progressed|evolved|strengthened"
    r"|flourished|matured|broadened)\b", "grown", "advanced", "expanded", "deepened", "developed", "progressed", "evolved",
    "strengthened", "flourished", "matured", "broadened")


def extended_in_time(text: str) -> bool:
    """Whether the clause tells an act extended, renewed or prolonged in time (in any aspect), the extension not itself
    an instrument it tells concluded, nor denied."""
    for match in _EXTENSION.finditer(text):
        at = match.start("ext") if match.group("ext") else match.start("ext2")
        if _DENIED_BEFORE.search(text, max(0, at - 40), at) or _INSTRUMENT_CONCLUDED.search(text, 0, match.end()):
            continue
        return True
    return False


def in_place_until(text: str) -> bool:
    """Whether the clause tells an act staying in place until a date ("will remain in effect until 2030"), not one
    entering into force first nor a new one."""
    return bool(_IN_PLACE_UNTIL.search(text)) and not _STARTS_AHEAD.search(text)


# Several instruments made before with a class of partners, told by examples: what a side holds ("The EU has (already)
# established digital trade agreements with countries like Britain, Chile and New Zealand"; not "has signed agreements
# with Chile and Peru", acts just made). status_plain has taken "already" out before this reads the clause.
_STOCK_HELD = _Lazy(r"\b(?:has|have)\s+(?:established|signed|concluded|inked|struck|sealed|forged)\s+(?:[\w-]+\s+){0,3}?"
                    r"(?:partnerships|agreements|accords|treaties|pacts|deals|arrangements|memoranda|MoUs)\s+with\s+(?:other\s+)?"
                    r"(?:countries|nations|states|partners|economies)\s*,?\s+(?:like|such as|including|notably)\b", "countries", "nations",
                    "states", "partners", "economies")


def operating_now(text: str) -> bool:
    """Whether the clause tells an earlier act operating now: its making told as history under a present predicate,
    an extension of it in time, its staying in place until a date, its implementation under way, or instruments a side
    already holds."""
    return (history_then_now(text) or extended_in_time(text) or in_place_until(text) or implementation_begun(text)
            or bool(_STOCK_HELD.search(text)))


# A clause opening with a time before the news: "In 1988, China and Brazil signed ...", "Back in 2014, the two ...".
_OPENING_TIME = _Lazy(r"^\W*(?:" + _PAST_TIME + r")|\b(?:" + _PAST_TIME + r"),?\s+when\s+(?:[\w-]+\s+){0,3}$")  # "in June 2020, when they upgraded"
_PAST_PERFECT = _Lazy(r"\bhad\s+(?:\w+ly\s+)?(?:been\s+)?$|\b(?:previously|formerly|originally)\s+$")  # or "previously signed"
# A past perfect in reported speech is the news's past told back ("the leaders said their countries had elevated ties"):
# a verb of saying before it in the clause, no word of an earlier time.
_REPORTED = _Lazy(r"\b(?:said|says|announced|stated|declared|confirmed|told\s+\w+)\s+(?:that\s+)?(?:(?!already|previously|earlier"
                  r"|before|long|once|formerly|originally)[^.;:\d])*$")


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def made_as_history(text: str, start: int, end: int, news_year: int | None = None) -> bool:
    """Whether the making verb at text[start:end] is told as history: a time before the news follows it within its
    phrase ("signed on July 6, 1988", "created in 2022 by ...", "since it was signed in October 2022") or opens the
    clause ("In 1988, ... signed") or a clause of "when" the verb opens ("held a summit in June 2020, when they upgraded
    ties"), or it is a past perfect ("had signed") or told done before ("previously signed"); never with the news's own time beside it
    ("signed on Monday", "the new accord"), nor in the news's year when it is known (news_year)."""
    timed = _TIMED.match(text, end)
    opening = None if timed is not None else _OPENING_TIME.search(text[:start])
    if timed is None and opening is None and (not _PAST_PERFECT.search(text, max(0, start - 30), start)
                                              or _REPORTED.search(text, max(0, start - 120), start)):
        return False
    told = (timed or opening).group() if (timed or opening) is not None else ""
    if news_year is not None and any(int(year) >= news_year for year in _YEAR.findall(told)):
        return False  # "the memorandum signed on June 12, 2023", told in 2023: the news's own making
    phrase_end = timed.end() if timed is not None else end
    return _NEWS_TIME.search(text, max(0, start - 30), phrase_end) is None


# What a making verb makes, when it has an object: an act named before the clause's next stop ("signed a memorandum",
# "agreed to set up a joint council"), or nothing after it (passive or told of the act before: "it was signed by ...",
# "created in 2022"); an object naming no act is another thing made ("creating jobs", "launched a satellite").
_OBJECT_ACT = _Lazy(r"[^.;:,]{0,80}?\b(?:" + _ACT + r"|forums?|alliances?|cooperation|co-operation|collaboration|working\s+groups?"
                    r"|projects?|ventures?|consortium|task\s+forces?|centres?|centers?|(?-i:[A-Z]{2,8}))\b")
_NO_OBJECT = _Lazy(r"\s*(?:[,.;:)]|$|(?:by|in|on|at|since|between|among|with|under|during|last|earlier|back|two|three|four"
                   r"|five|several|many|some|a\s+(?:year|decade)|years|decades|jointly|formally|first|originally|this|today|yesterday"
                   r"|recently|earlier|here|there|together)\b)")


def makes_an_act_now(text: str, start: int, end: int, news_year: int | None = None) -> bool:
    """Whether the making verb at text[start:end] makes an act (its object names one, or it has none: passive, or said
    of the act told before) and is not told as history (made_as_history, the news told in news_year when known)."""
    if _NO_OBJECT.match(text, end) is None and _OBJECT_ACT.match(text, end) is None:
        return False  # "creating jobs in green sectors": another thing made
    return not made_as_history(text, start, end, news_year)
