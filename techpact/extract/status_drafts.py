"""Settling the text of an instrument, or unveiling plans for one, is not concluding it (extraction rules, ours).

"Finalised the text of a cybersecurity agreement", "agreed on the wording of the memorandum", "completed the draft of
the treaty": the verb that elsewhere tells a concluded act ("finalised a deal", "agreed on a roadmap") here works on
the text, and the instrument is still to be signed: planned, as the guide's "not yet concluded". status_aspect reads a
"signed" cue so when its object is the text, wording or draft of something; signing the text signs the act. So are
plans unveiled ("unveiled plans to build a joint ground station"): the launching verb works on the plans, the act is
ahead.
"""

from __future__ import annotations

import re

# Right after the cue: its object is a text of something ("the final text of", "the draft of", "a draft of").
_TEXT_OF = re.compile(r"\s+(?:on\s+|upon\s+)?(?:the\s+|a\s+|its\s+|their\s+)?(?:final\s+|full\s+|agreed\s+)?(?:text|wording|draft)"
                      r"\s+of\b", re.IGNORECASE)


# A verb of launching whose object is plans to do something: "unveiled plans to build", "launched a plan to set up".
_PLANS_TO = re.compile(r"\s+(?:the\s+|a\s+|their\s+|its\s+)?(?:[\w-]+\s+)?plans?\s+to\b", re.IGNORECASE)
_LAUNCHING = ("unveil", "launch")
# Verbs that conclude whatever they take, the text included: "signed the text of the agreement" signs it.
_SIGNING = ("sign", "ink", "seal", "countersign")


def text_only(text: str, start: int, end: int) -> bool:
    """Whether the "signed" cue at start:end works on the text of an instrument ("finalised the text of ...") or on
    plans ("unveiled plans to ..."): the act is not concluded yet ("signed the text of" signs it)."""
    word = text[start:end].lower()
    if word.startswith(_LAUNCHING) and _PLANS_TO.match(text, end):
        return True  # "unveiled plans to build ...": the act is ahead
    return not word.startswith(_SIGNING) and _TEXT_OF.match(text, end) is not None
