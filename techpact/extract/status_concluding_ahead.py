"""A concluding told as still ahead, though its word is one of concluding (extraction rules, ours).

A verb or noun of concluding ("signed", "signing", "adopted", "approved", "agreed on") tells a concluded act only
when the concluding is told as done. The guide reads it as planned ("not yet concluded") when the clause tells the
concluding:
- in the future or under a modal, even with auxiliaries, articles and adverbs between ("would be the signing of a
  declaration", "must now be approved"), or as the next verb of a series under one modal ("will build a network,
  establish hubs"), or in a present-tense clause of time that puts it ahead ("before it is signed");
- as an approval of an act still named proposed or draft ("approved the text of the proposed agreement");
- as expected, eyed or scheduled, with or without its copula, as headlines write it ("Signing Eyed By November");
- hedged: provisionally or tentatively, or reported from a draft ("according to a draft statement");
- as a noun aimed at, wished or prepared for, or qualified as early or still to come ("called for the speedy conclusion
  of", "to reach an early conclusion of the negotiations", "paving the way for the signing of"), or as the subject of
  a predicate that puts it ahead ("the signing ceremony will take place", "the conclusion of the agreement is expected");
- as the later step of a finishing told done: a text finalised, agreed, initialled or cleared, negotiations completed,
  with the act's concluding still ahead in the clause ("finalised the text, which will be signed shortly", "initialled
  the accord, to be signed later", "agreed on a deal that the ministers are expected to sign").
PLANNED gives status.py the same reading where no word of concluding is a cue ("ready for signature", "nearing
completion", "signature of the pact is expected in May"). A concluding verb in the past tense told of the act itself
is another cue and stays signed ("signed ... and will implement"; "welcomed the signing of", "after the conclusion of").
Also here: "concluded" with no object tells a meeting ending ("the summit, which concluded on Friday"), and a statement
still to be made ("will announce in a joint statement"). status_aspect and statement_ahead read them.
"""

from __future__ import annotations

import re

from techpact.extract.gates import Opened

_I = re.IGNORECASE

# A modal, or a verb that puts what follows ahead, then only auxiliaries, articles and adverbs before the cue (one
# word between is status_aspect's own reading; this takes two or three): "would be the signing", "must now be approved".
_MODAL = (r"\b(?:will|would|shall|must|should|(?-i:may)|might|can|could|(?:needs?|has|have|is|are|yet|expected|set|due|likely"
          r"|poised|ready|remains?|remained)\s+(?:still\s+|yet\s+|now\s+)?to)\s+")
_BETWEEN = r"(?:be|been|the|a|an|now|then|soon|first|later|still|only|\w+ly)\s+"
_UNDER_MODAL_BEFORE = re.compile(_MODAL + r"(?:" + _BETWEEN + r"){2,3}$", _I)
# A present-tense clause of time puts its verb ahead: "before it is signed", "until they are approved".
_TIME_AHEAD_BEFORE = re.compile(
    r"\b(?:before|until|till|prior to)\s+(?:(?:it|they|(?:the|both|all)\s+(?:[\w-]+\s+){0,2}?\w+)\s+(?:is|are|can be|gets?)"
    r"|being)\s+(?:\w+ly\s+)?$", _I)
# A noun of concluding told as expected or scheduled, its copula left out as in headlines: "Signing Eyed By November",
# "signing of the pact expected in May", "launch slated for 2026".
# Its complement may run on ("ceremony for the agreement between A and B"), though not into a clause of its own.
_COMPLEMENT = (r"(?:\s+ceremon(?:y|ies))?(?:\s+(?:of|on|for|between|with|by|in|at)(?:\s+(?!(?:that|which|who|when|where|said|says"
               r"|told|means|meant|shows|showed|signals|signalled|marks|marked|allows|opens|ensures)\b)[\w’'.-]+){1,12}?)?")
_TOLD_AHEAD = (r"\s+(?:(?:(?:is|are|was|were|now|still|being)\s+){1,2})?(?:eyed|expected|planned|scheduled|slated|targeted|set for|due"
               r"|mooted|envisaged|foreseen|pencill?ed|tipped|awaited|likely|imminent|probable|(?:yet\s+|still\s+)?to\s+(?:be|take|happen))\b"
               r"(?!\s+to\s+(?!be\b|take\b|happen|occur|come|go ahead|proceed))"  # not its effect: "is expected to boost trade"
               r"|\s+(?:will|would|shall|could|(?-i:may)|might|should|must)\s+(?:\w+ly\s+)?(?:be|take place|happen|occur|go ahead|proceed)\b"
               r"|\s+(?:has|have)\s+(?:yet\s+to|not\s+yet)\b|\s+(?:remains?|remained)\s+(?:pending|outstanding|to be)\b")
_EXPECTED_AFTER = re.compile(_COMPLEMENT + r"(?:" + _TOLD_AHEAD + r")", _I)
_NOUNS = ("signing", "conclusion of", "launch", "launching", "adoption")
# Words telling a thing still to come or wished soon: "an early conclusion", "the speedy signing", "its eventual adoption".
_EARLY = (r"(?:early|earliest|earlier|speedy|speediest|swift|quick|prompt|timely|rapid|expeditious|eventual|future|upcoming"
          r"|forthcoming|imminent|impending|expected|anticipated|planned|scheduled|proposed|possible|potential|prospective|likely|probable)")
# A verb or noun of looking, wishing, urging or preparing, in any tense, whose object is the concluding: "eyes signing",
# "called for the speedy conclusion of", "paved the way for the signing of", "expected the conclusion of", "preparations
# for the signing"; or a word telling it early or to come, with an article or more adjectives between.
_AIMING = (r"eye[sd]?|eyeing|target\w*|aim\w*\s+(?:at|for)|hop\w*\s+for|wish\w*\s+for|await\w*|anticipat\w*|expect\w*|seek\w*"
           r"|sought|plan\w*\s+(?:for|on)|call\w*\s+for|push\w*\s+for|press\w*\s+for|appeal\w*\s+for|urg\w*|look\w*\s+forward\s+to"
           r"|striv\w*\s+for|work\w*\s+(?:for|towards?)|commit\w*\s+to|prepar\w*\s+for|preparations?\s+for|(?:date|deadline"
           r"|timetable|timeline|schedule)s?\s+for|(?:pav|clear)\w*\s+the\s+way\s+for|set\w*\s+the\s+stage\s+for|lay\w*\s+the"
           r"\s+groundwork\s+for|expedit\w*|accelerat\w*|hasten\w*|speed\w*\s+up|fast-track\w*|facilitat\w*")
_LOOKED_FOR_BEFORE = re.compile(r"(?:\b(?:" + _AIMING + r")\s+(?:(?:the|an?|its|their|his|her)\s+)?(?:(?:" + _EARLY
                                + r"|formal|official|final|\w+ly)\s+){0,2}|\b" + _EARLY + r"\s+(?:(?:formal|official|final)\s+)?)$", _I)
# A bare "for signing" tells a purpose ahead ("cleared the memorandum for signing at the summit"), not "thanked them
# for signing the deal" (its object follows) nor "came for the signing of" (a ceremony attended).
_FOR_BEFORE = re.compile(r"\bfor\s+(?:(?:formal|official|final|eventual)\s+)?$", _I)
_NO_OBJECT_AFTER = re.compile(r"(?!\s+(?:the|a|an|it|them|this|that|these|those|its|their|his|her|of|off|up|on|with)\b)", _I)
_DONE_BEFORE = re.compile(r"\b(?:after|following|since|upon|on)\s+(?:(?:the|an?|its|their)\s+)?$", _I)
# The later step of a finishing told done, the act's concluding still ahead: "finalised the text, which will be signed
# shortly", "initialled the accord, to be signed later", "agreed on a deal that the ministers are expected to sign",
# "completed negotiations on a pact, paving the way for its signing" (not "signed ..., to be ratified": a later step).
_FINISHING = ("finali", "complet", "initial", "wrap", "agree", "reach", "struck", "strike", "clinch", "hammer", "iron", "thrash",
              "clear", "approv", "endors", "okay", "broker", "secur")
# "concluded" is a step before only with talks as its object ("concluded negotiations on a pact, to be signed in May").
_TALKS_AFTER = re.compile(r"\s+(?:the\s+|their\s+)?(?:[\w-]+\s+)?(?:talks|negotiations)\b", _I)
_CONCLUDE = r"(?:sign|ink|seal|conclud|adopt|formali[sz]|initial)"
# Its subject is the act: a relative or pronoun right before the auxiliaries ("which will be signed", "that is due to be
# signed", "it is to be signed", ", to be signed later"); or, active, a relative whose verb takes no other object
# ("which the ministers will sign in May", "sign it"); or the noun told ahead ("paving the way for its signing",
# "signing next month"). Not "a framework under which contracts will be signed": other acts concluded under it.
_AUX = r"(?:(?:is|are|was|were|has|have|had|now|then|still|also|\w+ly|expected|due|set|likely|scheduled|slated|poised|ready|yet|going)\s+){0,3}"
_CONCLUDED_LATER_AFTER = re.compile(
    r"[^.!?]{0,200}?(?:(?:\b(?:which|that|it|they|and)\s+|,\s*)" + _AUX + r"(?:will|would|shall|to)\s+(?:then\s+|soon\s+|later\s+"
    r"|now\s+)?be\s+(?:\w+ly\s+)?" + _CONCLUDE + r"\w*ed\b|\b(?:which|that)\s+[^.;,]{0,60}?\b(?:will|would|shall|(?:expected|due|set"
    r"|likely|scheduled|slated|poised|plan\w*|intend\w*)\s+to)\s+(?:\w+ly\s+)?" + _CONCLUDE + r"\w*(?=\s*(?:[,.;]|$|\s+(?:in|on|at"
    r"|during|next|later|by|when|after|within|this|soon|shortly|\w+ly)\b))|\b(?:will|would|shall|to)\s+(?:\w+ly\s+)?" + _CONCLUDE
    + r"\w*\s+(?:it|them)\b|\b(?:for|awaiting|pending|ready\s+for|(?:pav|clear)\w*\s+the\s+way\s+for)\s+(?:(?:its|their|the"
    r"|formal|official|final|eventual|later)\s+)*(?:signature|signing(?!\s+(?:a|an|new|contracts?|deals?)\b)|conclusion|adoption"
    r"|inking)\b|\b(?:signature|signing|adoption|inking)(?:\s+(?:is|was|now))?\s+(?:set|due|expected|scheduled|slated|planned|likely"
    r"|next|later|tomorrow|soon)\b)", _I)
# The next base-form verb of a series under one modal, after a comma: "will implement a fibre network, establish 1,450
# hubs and launch ..." (status_coordinated reads the one after "and").
_SERIES_AHEAD_BEFORE = re.compile(r"\b(?:will|shall|would|plans?\s+to|set\s+to|expected\s+to|due\s+to|intends?\s+to)\s+"
                                  r"(?:\w+ly\s+|also\s+|jointly\s+)?(?-i:[a-z])\w+\s+[^.;:!?\"“”()]{3,120}?,\s+$", _I)
_BASE_FORM = re.compile(r"(?-i:[a-z])\w*(?<!ed)(?<!ing)(?<!s)$")
# An approval whose object is an act still named as proposed or draft: "approved the text of the proposed agreement",
# "cleared the draft memorandum" (a step before its conclusion; signing it concludes it).
_APPROVING = ("approved", "cleared", "okayed", "endorsed")
_PROPOSED_ACT_AFTER = re.compile(r"\s+(?:(?:the|a|an|its|their)\s+)?(?:(?:text|wording|terms)\s+of\s+(?:the\s+|a\s+|an\s+)?)?"
                                 r"(?:proposed|draft|planned|prospective|envisaged|future|upcoming|forthcoming)\b", _I)
# A hedge on the concluding verb, before or after it: "provisionally agreed", "agreed tentatively".
_HEDGE_BEFORE = re.compile(r"\b(?:provisionally|tentatively|preliminarily)\s+$", _I)
_HEDGE_AFTER = re.compile(r"\s+(?:provisionally|tentatively)\b", _I)
# The clause told on the authority of a draft, not yet approved: "according to a draft statement", "a draft seen by".
_FROM_A_DRAFT = Opened(re.compile(r"\baccording to (?:a|the) (?:[\w-]+\s+)?draft\b|\bdraft\s+(?:[\w-]+\s+){0,3}?(?:seen|obtained|reviewed) by\b", _I))

# "concluded" with no object but a time, a place or the clause's end: a meeting ended ("which concluded on Friday");
# not the passive, whose subject is the act ("the deal was concluded on Friday").
_ENDED_MEETING_AFTER = re.compile(r"\s*(?:[,.;:)]|$|\s(?:on|in|at|last|yesterday|today|earlier|this|with(?!\s+(?:a|an|the)\s+"
                                  r"(?:[\w-]+\s+){0,2}?(?:agreements?|memorand\w+|MoUs?|deals?|treat\w+|pacts?|accords?)\b)|after|without)\b)", _I)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|been|be|being)\s+(?:\w+\s+)?$", _I)

# A statement still to be made: a verb of saying in the future, said "in a joint statement" ("will announce in a joint
# statement", "are expected to declare in a communique").
_STATEMENT_AHEAD = re.compile(
    r"\b(?:will|shall|would|(?:expected|set|plans?|due)\s+to)\s+(?:\w+\s+)?(?:announce|declare|state|proclaim|affirm|reaffirm"
    r"|pledge|outline|set out|unveil|express|confirm)\w*\s+(?:[\w-]+\s+){0,2}?(?:in|through|via)\s+(?:a|an|the|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:statements?|declarations?|communiqu[eé]s?)\b", _I)
# Its making told as a noun under a modal: "the key event would be the signing of a declaration".
_STATEMENT_MADE = re.compile(r"\b(?:signing|adoption|issuing|issuance|release)\s+of\s+(?:(?:a|an|the|their|its|new)\s+)?"
                             r"(?:[\w-]+\s+){0,2}?(?:statements?|declarations?|communiqu[eé]s?)\b", _I)
_NOUN_UNDER_MODAL_BEFORE = re.compile(_MODAL + r"(?:" + _BETWEEN + r"){1,3}$", _I)


# The same readings where no word of concluding is a cue (status_variants adds them to the planned rules): the act
# ready for or nearing its concluding ("is ready for signature", "ready to be signed", "is nearing completion"), or a
# noun of concluding told ahead ("signature of the pact is expected in May", "formal adoption is due at the summit").
PLANNED = [
    ("ready|near|approach|close to", r"\bready\s+(?:for\s+(?:(?:its|their|formal|official|final)\s+)*(?:signature|signing|adoption"
     r"|conclusion|initial(?:l)?ing)|to\s+be\s+" + _CONCLUDE + r"\w*ed)\b|\b(?:near(?:s|ing|ed)?|approach(?:es|ing|ed)?|close\s+to)\s+"
     r"(?:its\s+|their\s+|final\s+)*(?:completion|conclusion|finali[sz]ation|signature|signing)\b"),
    ("signature|adoption|inking|sealing|finalis|finaliz", r"\b(?:signature|adoption|inking|sealing|finali[sz]ation)\b"
     + _COMPLEMENT + r"(?:" + _TOLD_AHEAD + r")"),
]


def concluding_ahead(text: str, start: int, end: int) -> bool:
    """Whether the concluding cue at start:end is told as ahead (future, modal, a clause of time), expected, or hedged."""
    before = text[max(0, start - 60):start]
    word = text[start:end].lower()
    if _UNDER_MODAL_BEFORE.search(before) or _TIME_AHEAD_BEFORE.search(before) or _HEDGE_BEFORE.search(before):
        return True
    if _BASE_FORM.match(word) and _SERIES_AHEAD_BEFORE.search(text, max(0, start - 160), start):
        return True
    if word in _APPROVING and _PROPOSED_ACT_AFTER.match(text, end):
        return True
    if word.startswith(_NOUNS) and (_EXPECTED_AFTER.match(text, end - 3 if word.endswith(" of") else end)
                                    or (_LOOKED_FOR_BEFORE.search(before) and not _DONE_BEFORE.search(
                                        text, max(0, start - 80), start - len(_LOOKED_FOR_BEFORE.search(before).group())))):
        return True
    if word == "signing" and _FOR_BEFORE.search(before) and _NO_OBJECT_AFTER.match(text, end):
        return True
    if ((any(part.startswith(_FINISHING) for part in word.split()) or (word == "concluded" and _TALKS_AFTER.match(text, end)))
            and _CONCLUDED_LATER_AFTER.match(text, end)):
        return True
    return bool(_HEDGE_AFTER.match(text, end) or _FROM_A_DRAFT.search(text))


def meeting_ended(text: str, start: int, end: int) -> bool:
    """Whether the cue at start:end is "concluded" with no object, in the active: a meeting ending, no act concluded."""
    return (text[start:end].lower() == "concluded" and _ENDED_MEETING_AFTER.match(text, end) is not None
            and not _PASSIVE_BEFORE.search(text, max(0, start - 30), start))


def statement_told_ahead(text: str) -> bool:
    """Whether the text tells a statement still to be made: something said, in the future, in a statement, or its
    making told as a noun under a modal."""
    return _STATEMENT_AHEAD.search(text) is not None or any(
        _NOUN_UNDER_MODAL_BEFORE.search(text, max(0, made.start() - 60), made.start()) for made in _STATEMENT_MADE.finditer(text))


# An entry into force in the present of a time or condition ahead: "When it comes into force, the accord will ...", "if
# the treaty enters into force" (not "when it came into force in 2010"): it tells neither the act's making nor its force.
_WHEN_AHEAD_BEFORE = re.compile(r"\b(?:when|whenever|if|after)\s+(?:it|they|the\s+(?:[\w-]+\s+){0,3}?(?:agreements?|accords?|deals?"
                                r"|treat(?:y|ies)|pacts?|memorand(?:um|a)|MoUs?|protocols?|conventions?))\s+$", re.IGNORECASE)
_PRESENT_ENTRY = re.compile(r"(?:comes?|enters?|takes?)\b", re.IGNORECASE)


def entry_in_time_ahead(text: str, start: int, end: int) -> bool:
    """Whether the cue at start:end tells an entry into force in the present of a when- or if-clause."""
    return bool(_PRESENT_ENTRY.match(text, start) and _WHEN_AHEAD_BEFORE.search(text, max(0, start - 80), start))
