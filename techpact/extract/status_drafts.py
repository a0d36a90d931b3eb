"""Settling the text of an instrument still to be signed, or unveiling plans for one, is not concluding it
(extraction rules, ours).

"Finalised the text of a cybersecurity agreement, which will be signed in May", "completed the draft of the treaty":
the verb that elsewhere tells a concluded act ("finalised a deal") here works on the text, and the instrument is
still to be signed: planned, as the guide's "not yet concluded". A draft is unsigned by its name ("finalised the
draft agreement", "the draft memorandum ... was approved"); a settled text is
so only when the clause tells its signing ahead ("agreed on the text of a memorandum" alone stays signed, as the
house reads it, and signing the text signs the act). So are plans unveiled and talks launched ("unveiled plans to
build a joint ground station", "launched talks on a trade agreement"): the launching verb works on the plans or the
talks, the act is ahead. status_aspect reads a "signed" cue through this.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
# An instrument's noun, after "draft" ("the draft agreement", "a draft memorandum of understanding").
_INSTRUMENT = (r"(?:agreements?|memorand\w*|MoUs?|treat(?:y|ies)|accords?|pacts?|protocols?|declarations?|statements?|charters?"
               r"|conventions?|road ?maps?)\b")
# Right after the cue: its object is a text or draft of something ("the final text of", "the draft of").
_TEXT_OF = re.compile(r"\s+(?:on\s+|upon\s+)?(?:the\s+|a\s+|its\s+|their\s+)?(?:final\s+|full\s+|agreed\s+)?(?:(?P<noun>text|wording|draft)"
                      r"\s+of\b|(?P<draft>draft)\s+(?:[\w-]+\s+){0,3}?" + _INSTRUMENT + ")", _I)
# A draft instrument as the subject of the passive cue: "The draft agreement on data exchange ... was finalized".
_DRAFT_SUBJECT = re.compile(r"\bdraft\s+(?:[\w-]+\s+){0,3}?" + _INSTRUMENT + r"[^.;]{0,160}?\b(?:is|are|was|were|has\s+been"
                            r"|have\s+been|had\s+been)\s+(?:\w+ly\s+)?$", _I)
# The signing told ahead later in the clause: "which will be signed in May", "ready for signature".
_SIGNING_AHEAD = re.compile(r"\b(?:will|would|is to|are to|to)\s+be\s+(?:formally\s+|officially\s+)?signed\b"
                            r"|\b(?:for|awaiting|pending|ready for)\s+(?:its\s+|their\s+|formal\s+)?(?:signature|signing)\b", _I)
# A verb of launching whose object is plans to do something or talks on it: "unveiled plans to build", "launched a plan
# to set up", "launched talks on a trade agreement", "kicked off negotiations on a pact" (a dialogue launched is made).
_PLANS_TO = re.compile(r"\s+(?:off\s+)?(?:the\s+|a\s+|their\s+|its\s+)?(?:[\w-]+\s+)?(?:plans?\s+to|talks|negotiations)\b", _I)
_LAUNCHING = ("unveil", "launch", "kick")
# Verbs that conclude whatever they take, the text included: "signed the text of the agreement" signs it; and
# agreeing on a text, which the house reads as agreeing the instrument.
_CONCLUDING_ANYWAY = ("sign", "ink", "seal", "countersign", "agree")


def text_only(text: str, start: int, end: int) -> bool:
    """Whether the "signed" cue at start:end works on a draft, on the text of an instrument whose signing the clause
    tells ahead, or on plans or talks ("unveiled plans to ...", "launched talks on ..."): the act is not concluded yet."""
    word = text[start:end].lower()
    if word.startswith(_LAUNCHING) and _PLANS_TO.match(text, end):
        return True  # "unveiled plans to build ...", "launched talks on ...": the act is ahead
    if word.startswith(_CONCLUDING_ANYWAY):
        return False
    if (settled := _TEXT_OF.match(text, end)) is None:
        return _DRAFT_SUBJECT.search(text, max(0, start - 220), start) is not None  # "the draft agreement ... was finalised"
    return bool(settled.group("draft")) or settled.group("noun").lower() == "draft" or _SIGNING_AHEAD.search(text, settled.end()) is not None
