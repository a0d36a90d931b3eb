"""A concluding told as still ahead, though its word is one of concluding (extraction rules, ours).

A verb or noun of concluding ("signed", "signing", "adopted", "approved", "agreed on") tells a concluded act only
when the concluding is told as done. The guide reads it as planned ("not yet concluded") when the clause tells the
concluding:
- in the future or under a modal, even with auxiliaries, articles and adverbs between ("would be the signing of a
  declaration", "must now be approved"), or as the next verb of a series under one modal ("will build a network,
  establish hubs"), or in a present-tense clause of time that puts it ahead ("before it is signed");
- as an approval of an act still named proposed or draft ("approved the text of the proposed agreement");
- as expected, eyed or scheduled, with or without its copula, as headlines write it ("Signing Eyed By November");
- hedged: provisionally or tentatively, or reported from a draft ("according to a draft statement").
A concluding verb in the past tense told of the act itself is another cue and stays signed ("signed ... and will
implement"). Also here: "concluded" with no object tells a meeting ending ("the summit, which concluded on Friday"),
and a statement still to be made ("will announce in a joint statement"). status_aspect and statement_ahead read them.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# A modal, or a verb that puts what follows ahead, then only auxiliaries, articles and adverbs before the cue (one
# word between is status_aspect's own reading; this takes two or three): "would be the signing", "must now be approved".
_MODAL = r"\b(?:will|would|shall|must|should|(?-i:may)|might|can|could|(?:needs?|has|have|is|are|yet|expected|set|due)\s+to)\s+"
_BETWEEN = r"(?:be|been|the|a|an|now|then|soon|first|later|still|only|\w+ly)\s+"
_UNDER_MODAL_BEFORE = re.compile(_MODAL + r"(?:" + _BETWEEN + r"){2,3}$", _I)
# A present-tense clause of time puts its verb ahead: "before it is signed", "until they are approved".
_TIME_AHEAD_BEFORE = re.compile(
    r"\b(?:before|until|till|prior to)\s+(?:(?:it|they|(?:the|both|all)\s+(?:[\w-]+\s+){0,2}?\w+)\s+(?:is|are|can be|gets?)"
    r"|being)\s+(?:\w+ly\s+)?$", _I)
# A noun of concluding told as expected or scheduled, its copula left out as in headlines: "Signing Eyed By November",
# "signing of the pact expected in May", "launch slated for 2026".
_EXPECTED_AFTER = re.compile(
    r"(?:\s+(?:of|on)\s+[^,.;:]{0,80}?)?\s+(?:(?:is|are|now|still|being)\s+)?"
    r"(?:eyed|expected|planned|scheduled|slated|targeted|set for|due|mooted|envisaged|foreseen|pencill?ed|tipped|awaited)\b", _I)
_NOUNS = ("signing", "conclusion of", "launch", "launching", "adoption")
# A verb of looking ahead whose object is the concluding: "eyes signing", "targets the signing of", "awaits the adoption".
_LOOKED_FOR_BEFORE = re.compile(r"\b(?:eye[sd]?|eyeing|target\w*|aim\w*\s+(?:at|for)|hop\w*\s+for|await\w*|anticipat\w*"
                                r"|plan\w*\s+(?:for|on))\s+(?:the\s+)?$", _I)
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
_FROM_A_DRAFT = re.compile(r"\baccording to (?:a|the) (?:[\w-]+\s+)?draft\b|\bdraft\s+(?:[\w-]+\s+){0,3}?(?:seen|obtained|reviewed) by\b", _I)

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
    if word.startswith(_NOUNS) and (_EXPECTED_AFTER.match(text, end) or _LOOKED_FOR_BEFORE.search(before)):
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
