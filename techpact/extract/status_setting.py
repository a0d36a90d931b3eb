"""An act told as the setting of what happens now is in force (extraction rule, ours).

The guide's in force covers acts "ongoing, existing ... operating". News tells such an act less by a verb of its own
than as the place, forum or frame of what the sides do now, whatever the tense of that doing:
  - a numbered or recurring session of a joint body: "the sixth Brazil-Chile digital policy meeting took place",
    "during the third session of their intergovernmental commission", "at the annual space dialogue" (a body met
    again works, as does one that "will meet for the sixth time"; its first or inaugural meeting is how a new body is
    launched);
  - work at or within it, or in its framework: "officials will look for new projects at the joint working group",
    "took place in the framework of a memorandum signed in 2014" (an act named with "a" only when dated in the past),
    "projects within the areas set out by the treaty", "guided by the provisions of the charter" (not "Under the
    memorandum, A will ...": what an act holds is its content, which tells no status);
  - a part or pillar of it: "energy is a cornerstone of the Brazil-Chile strategic partnership", "will become a pillar
    of their partnership";
  - its renewal or extension: "approved prolonging an agreement on fisheries", "to review the renewal of their roadmap";
  - named as existing, continuing or had in place: "will widen their existing cooperation on solar power, launched in
    2020", "discussed the continuing collaboration between A and B",
    "have in place an agreement on fisheries".
The future verb is about the work; the act it works in stands. Guards, each a principle of the guide:
  - the named setting must be the act itself: its noun has the act's kind (a memorandum signed at the fifth session of
    a commission is signed; the commission is another act), and a meeting series naming no kind is a joint body;
  - a session told as the place or time of what was done ("agreed to start talks at the third meeting of their
    council") makes no body of an act that names no kind: the act is what was done there;
  - a session of a body must be joint (a pair or bloc named in it, "joint", "bilateral", "intergovernmental", "their")
    or a dialogue between sides; a summit or a visit is no standing body;
  - an act the text makes now ("agreed to set up a council", "the newly created council", "its first meeting") is
    launched or planned, not standing; a making dated in the past ("launched in 2022") is its history;
  - an act being ended or replaced keeps the status its own verbs give (ended ranks above in force).
"""

from __future__ import annotations

import re

from techpact.extract import cues
from techpact.extract.gates import Hinted
from techpact.extract.status_background import TERM
from techpact.extract.status_discourse import raised_into

_I = re.IGNORECASE
_ORDINAL = (r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|\w+tieth"
            r"|(?!1st\b)\d+(?:st|nd|rd|th)|annual|yearly|regular"
            r"|ongoing|current|latest)")  # a body in session now, or met before: "the ongoing session of the commission"
# The words of a name between determiner and noun: no preposition (what follows one is another thing: "an extension of
# the railway under a new agreement") and nothing new or still to come.
_WORDS = (r"(?:(?!(?:new|fresh|future|proposed|planned|possible|draft|under|to|with|for|by|of|on|in|at|and|or|a|an)\b)"
          r"[\w&'’-]+\s+){0,6}?")
_BODY = (r"(?:meetings?|sessions?|dialogues?|consultations|commissions?|councils?|committees?|working\s+groups?"
         r"|task\s+forces?|forums?|mechanisms?)")
_ACT = (r"(?:partnerships?|alliances?|agreements?|accords?|treat(?:y|ies)|pacts?|charters?|memorand(?:um|a)|MoUs?|road ?maps?"
        r"|initiatives?|programmes?|programs?|frameworks?|strateg(?:y|ies)|dialogues?|commissions?|councils?|committees?"
        r"|working\s+groups?|task\s+forces?|mechanisms?)")
_DETERMINED = r"(?:the|their|its|our|this|both\s+countries['’]?)\s+(?:existing\s+|current\s+)?"
# The act's noun is the head of its name: not a noun inside a body's name ("their Digital Partnership Council").
_HEAD_END = (r"\b(?![\s-]+(?:councils?|committees?|commissions?|meetings?|summits?|talks|visits?|forums?|secretariat"
             r"|working\s+groups?|offices?|dialogues?|sessions?)\b)")
SETTING = Hinted(re.compile(
    # a session numbered after the first, or recurring, of a body named as known (not "will hold an annual dialogue"):
    # "the ninth ... meeting", "the 5th session of the commission", "their annual dialogue"
    r"\b(?:the|their|its|our)\s+(?P<session>" + _ORDINAL + r"\s+(?:(?:meeting|session|round)s?\s+of\s+(?:the\s+|their\s+"
    r"|its\s+)?)?" + _WORDS + r"(?P<session_head>(?:(?:joint|intergovernmental)\s+)?" + _BODY + r"))\b"
    r"(?!\s+(?:partners?|members?)\b)"
    # the body meeting again: "will meet for the sixth time"
    r"|\b(?P<again>(?:meet|meets|met|meeting|convene[sd]?|convening)\s+for\s+the\s+" + _ORDINAL + r"\s+time)\b"
    # work at, under or within it, or guided by it: "at the joint working group", "within the framework of the treaty"
    # (not "Under the memorandum, A will ...": what an act holds is its content, no setting)
    r"|\b(?:(?:at|within)\s+(?:the\s+(?:framework|auspices|umbrella|provisions|areas?\s+of\s+\w+)\s+"
    r"(?:of|set\s+out\s+by|stipulated\s+by|covered\s+by)\s+)?|(?:in|under)\s+the\s+(?:framework|auspices|umbrella)\s+of\s+)"
    r"(?:" + _DETERMINED + r"|(?P<indef>an?)\s+)" + _WORDS
    + r"(?P<under>" + _ACT + r")" + _HEAD_END + r""
    r"|\b(?:stipulated|set\s+out|provided|laid\s+down|guided)\s+(?:by|in)\s+(?:the\s+principles\s+and\s+)?(?:the\s+)?"
    r"(?:provisions\s+of\s+)?" + _DETERMINED + _WORDS + r"(?P<guided>" + _ACT + r")" + _HEAD_END + r""
    # a part or pillar of it: "a cornerstone of the X-Y strategic partnership"
    r"|\b(?:cornerstones?|pillars?|centrepieces?|centerpieces?|backbone|linchpin|bedrock)\s+of\s+" + _DETERMINED + _WORDS
    + r"(?P<pillar>" + _ACT + r")" + _HEAD_END + r""
    # its renewal or extension: "extending an agreement on space", "the renewal of their roadmap"
    r"|\b(?:renew\w*|extend(?:s|ed|ing)?|extension\s+of|prolong\w*)\s+(?:of\s+)?(?:the|their|its|an?)\s+" + _WORDS
    + r"(?P<renewed>" + _ACT + r")" + _HEAD_END + r""
    # named as existing, or had in place: "their existing cooperation", "have in place an agreement"
    r"|\b(?:the|their|its|our)\s+[\"“‘']?(?:existing|current|ongoing|continuing|long-standing|longstanding)\s+" + _WORDS
    + r"(?P<existing>" + _ACT + r"|cooperation|collaboration)" + _HEAD_END + r""
    r"|\b(?:have|has|had)\s+(?:long\s+|already\s+)?(?:had\s+)?(?:in\s+place\s+(?:a|an|the|their)\s+" + _WORDS
    + r"(?P<placed>" + _ACT + r")" + _HEAD_END + r"|(?:a|an|the|their)\s+" + _WORDS + r"(?P<placed_after>" + _ACT
    + r")\s+in\s+place\b)", _I),
    "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "teenth",
    "tieth", "th", "st", "nd", "rd", "annual", "yearly", "regular", "at", "under", "within", "in", "stipulated",
    "set out", "provided", "laid down", "guided", "cornerstone", "pillar", "centrepiece", "centerpiece", "backbone",
    "linchpin", "bedrock", "renew", "extend", "extension", "prolong", "existing", "current", "ongoing", "standing",
    "in place")
# A session that is joint: a pair or a bloc named in it, or a word of jointness; a dialogue is between sides by itself.
_JOINT = re.compile(r"\b(?-i:[A-Z][\w]*)-(?-i:[A-Z][\w]*)\b|\b(?:joint|bilateral|intergovernmental|inter-governmental|their"
                    r"|trilateral|dialogues?|consultations)\b", _I)
# A summit or visit is no standing body, and a body of one state ("national security council") is not joint.
_NOT_A_BODY = re.compile(r"\b(?:summits?|visits?|national|cabinet|parliament\w*|assembly)\b", _I)
# A body told as new: "the newly created council", "its first meeting".
_NEW_BODY = Hinted(re.compile(
    r"\b(?:newly|just)\s+(?:created|formed|established|launched|set\s+up)\b|\b(?:first|inaugural|founding)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:meeting|session|round)\b", _I), "newly", "just", "first", "inaugural", "founding")
# Making an act now, or still making it ("agreed to set up", "launched", "are negotiating"); not a making dated in the
# past ("launched in 2022", "set up in 2009", "signed by the two countries in 2014").
_MAKING = Hinted(re.compile(
    r"\b(?:set(?:s|ting)?\s+up|establish\w*|creat(?:e|es|ed|ing)|form(?:s|ed|ing)?|launch\w*|sign(?:s|ed|ing)?|ink(?:s|ed|ing)?"
    r"|conclud\w*|forg\w*|seal(?:s|ed|ing)?|exchang(?:ed|ing)|adopt\w*|unveil\w*|negotiat\w*|draft\w*|propos\w*)\b"
    r"(?!\s+(?:by\s+(?:[\w-]+\s+){1,5}?)?(?:in|on|since|back\s+in)\s+(?:\w+\s+)?(?:\d+\s+)?"
    r"(?:19|20)\d\d\b)", _I),
    "set", "establish", "creat", "form", "launch", "sign", "ink", "conclud", "forg", "seal", "exchang", "adopt", "unveil",
    "negotiat", "draft", "propos")
# Where what a making verb makes ends: at a setting of it or the clause's end ("signed a memorandum | at the session").
_MADE_END = re.compile(r"[.;:]|\s(?:at|under|within|during|in\s+the\s+framework)\s", _I)
# A session told as the place or time of another act ("agreed to start talks at the third meeting of their council"):
# an act naming no kind of its own is what was done there, not the body.
_ADJUNCT = re.compile(r"\b(?:at|during|on\s+the\s+(?:sidelines|margins)\s+of|in|after|following|ahead\s+of|before|from|to|for)"
                      r"\s+$", _I)
_GROUP = "working-group"
_INITIATIVE = "initiative"
_PROPOSAL = "proposal"


def _made_now(kind: str | None, texts: list[str]) -> bool:
    """Whether a clause (texts) makes the act now or tells it new: a making verb whose object names the act's kind,
    or no kind at all (a making of another kind, "signed a memorandum at the commission's session", leaves it)."""
    for text in texts:
        if _NEW_BODY.search(text):
            return True
        for match in _MAKING.finditer(text):
            rest = text[match.end():match.end() + 120]
            made = cues.find_kind(rest[:end.start()] if (end := _MADE_END.search(rest)) else rest)[0]
            if made is None or made == kind:
                return True
    return False


# An act named with "a" told made in a past year right after its name: "a Memorandum of Understanding signed in 2014".
_DATED_PAST = re.compile(r"(?:\s+of\s+(?:understanding|cooperation|intent))?,?\s+(?:signed|concluded|adopted|inked|reached"
                         r"|established|launched|agreed)\s+(?:back\s+)?in\s+(?:(?-i:[A-Z])[a-z]+\s+)?(?:19|20)\d\d\b", _I)
# The sides' renewal told done, in the past tense: a making now, unless the term it runs to is told ("until 2030"), as
# "was renewed on Monday" already reads. (An act "extended" runs on: status_shapes reads it so.)
_RENEWED_NOW = re.compile(r"renewed\b", _I)
_TERM = re.compile(TERM, _I)

_HEADS = ("session_head", "under", "guided", "pillar", "renewed", "existing", "placed", "placed_after")


def _named_kind(match: re.Match[str]) -> str | None:
    """The kind the head noun of a setting match names (None for a meeting series or a council, which name no kind)."""
    head = next((match.group(name) for name in _HEADS if match.group(name) is not None), None)
    return cues.find_kind(head)[0] if head else None


def setting_kind(kind: str | None, texts: list[str]) -> str | None:
    """The kind of an act (kind) its clauses (texts) tell as the setting of what happens now, standing (in force),
    or None when they do not: the setting names the act's own kind (a meeting series naming none is a joint body,
    a working group), a session of it is joint and no summit, and no clause makes the act now."""
    if _made_now(kind, texts):
        return None
    for text in texts:
        for match in SETTING.finditer(text):
            named = _named_kind(match)
            if match.group("session") is not None:
                phrase = match.group("session")
                if _NOT_A_BODY.search(phrase) or not _JOINT.search(phrase):
                    continue
                if (named is None or named == _GROUP) and (kind == _GROUP or (
                        _loose(kind) and not _ADJUNCT.search(text, 0, match.start()))):
                    return _GROUP  # a joint meeting series or commission met again: a working body
                if named is not None and not kind:
                    return named
            elif match.group("again") is not None:
                named = _GROUP  # the act itself meets again: only a body does
            elif match.group("indef") is not None and not _DATED_PAST.match(text, match.end()):
                continue  # "in the framework of a memorandum": a known one only when dated ("a memorandum signed in 2014")
            elif match.group("renewed") is not None and _RENEWED_NOW.match(match.group()) and not _TERM.search(text, match.end()):
                continue  # "the two renewed their memorandum this week": the renewal concluded now, no term it runs to
            elif match.group("existing") is not None and raised_into(text, match.start("existing")):
                continue  # "upgraded their existing partnership to a strategic partnership": the new one is made
            elif match.group("existing") is not None and named is None and _loose(kind):
                return kind or _INITIATIVE  # "their existing cooperation": the joint undertaking stands
            if named is not None and named == kind:
                return named
    return None


def _loose(kind: str | None) -> bool:
    """Whether a kind is one a stray word gives an act that names no instrument (an initiative, a proposal)."""
    return not kind or kind == _INITIATIVE or kind == _PROPOSAL
