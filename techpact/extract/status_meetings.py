"""A joint body told as meeting is working: in force (extraction rules, ours).

News tells a commission, working group or dialogue that exists by what it does: "the commission has conducted five meetings",
"the committee held its fifth session", "the group is co-chaired by the two ministers". Whenever the body was set up
(a clause may say "was established in 2014"), a body that has met again and again or is chaired now operates, and the
guide's in force covers acts "ongoing, existing ... operating". So does its first (inaugural) meeting told held ("In the
first meeting of the Joint Working Group on Cyber Security, held virtually today, both countries noted progress"): the
body is at work. A meeting still ahead ("will hold its fifth meeting", "the first meeting is planned for spring", "expected
to hold the first meeting of the framework") tells nothing of the kind.
"""

from __future__ import annotations

import re

from techpact.extract.gates import Hinted

_I = re.IGNORECASE
_COUNT = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty|several|numerous|many|regular)"
# A meeting numbered after the first: the first (or inaugural) one is how a new body is launched, the making of it.
_ORDINAL = r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\w+teenth|\w+tieth|(?!1st)\d+(?:st|nd|rd|th))"
MET = Hinted(re.compile(
    # meetings counted: "conducted 5 meetings", "has held several sessions", "met three times"
    r"\b(?:held|conducted|convened)\s+(?:its\s+|their\s+)?" + _COUNT + r"\s+(?:[\w-]+\s+)?(?:meetings|sessions|rounds)\b"
    r"|\bmet\s+" + _COUNT + r"\s+times\b"
    # a meeting of it numbered after the first, held (not "will be holding"): "holding the fifth session of"
    r"|(?<!be )\b(?:held|holding|convened|hosted)\s+(?:its|the)\s+" + _ORDINAL + r"\s+(?:[\w-]+\s+)?(?:meeting|session)\b"
    # its organs meeting: "the subcommittees of the Partnership Dialogue held consultation sessions" (a body with
    # organs at work exists)
    r"|\b(?:sub-?committees?|sub-?groups?|working\s+groups?|panels?)\s+of\s+(?:the\s+)?(?:[^.;]|(?<=\b[A-Z])\.){0,80}?\b(?:held|had|convened|conducted)"
    r"\s+(?:[\w-]+\s+){0,2}(?:meetings?|sessions?)\b"
    # chaired now: "is co-chaired by", "is currently chaired by"
    r"|\b(?:is|are)\s+(?:currently\s+|now\s+|jointly\s+)?(?:co-?)?chaired\s+by\b"
    # the body itself meeting, now or before: "The EU-US Trade and Technology Council (TTC) is meeting in Paris today",
    # "the joint committee met in Accra" (a meeting it is to hold is ahead: "will meet")
    r"|\b(?:council|commission|committee|dialogue|forum|working\s+group|task\s+force)(?:\s*\([^)]{1,12}\))?\s+"
    r"(?:is\s+meeting|are\s+meeting|meets|met|convened|convenes|reconvened|gathered)\b"
    # a meeting of it numbered after the first: "This is only the second meeting of the TTC"
    r"|\b" + _ORDINAL + r"\s+(?:[\w-]+\s+)?(?:meeting|session)\s+of\s+the\b", _I),
    "meetings", "sessions", "rounds", "times", "meeting", "session", "chaired", "meets", "met", "convene", "gathered")


# Its first meeting, by its name: "the first meeting of the Joint Working Group", "the inaugural session of India-US
# Strategic Trade Dialogue", "the first face-to-face meeting of the Mars Working Group" ...
FIRST_MET = Hinted(re.compile(r"\b(?:first|inaugural|1st|maiden)\s+(?:[\w-]+\s+){0,2}?(?:meeting|session)\s+of\s+(?:the\s+)?"
                              r"(?:[\w.’'()-]+\s+){0,8}?(?:council|commission|committee|dialogue|forum|working\s+group|task\s+force"
                              r"|group|mechanism)\b", _I), "meeting", "session")
# ... unless that meeting is still ahead or only wished for: before it in the clause ("will hold the first meeting of",
# "expected to hold"), or as its own verb right after it ("... is planned for spring", "... will take place in May"; not
# "..., in which the two sides will consider": what the meeting does).
_AHEAD = (r"\b(?:will|shall|would|plan(?:s|ned)?|scheduled|expected|due|set\s+to|to\s+be\s+held|to\s+hold|to\s+convene"
          r"|is\s+to|are\s+to|next|upcoming|forthcoming|soon|hope[sd]?|propos\w+|aim\w*)\b")
_AHEAD_BEFORE = re.compile(_AHEAD, _I)
_AHEAD_AFTER = re.compile(r"[^,;.]{0,40}?" + _AHEAD, _I)


def body_met(texts: list[str]) -> bool:
    """Whether a joint body's clauses (texts) tell it meeting or chaired (its first meeting too, told held): it works,
    in force."""
    return any(MET.search(text) is not None or _first_met(text) for text in texts)


def _first_met(text: str) -> bool:
    """Whether text tells a body's first meeting held (not one ahead)."""
    first = FIRST_MET.search(text)
    return (first is not None and _AHEAD_BEFORE.search(text, 0, first.start()) is None
            and _AHEAD_AFTER.match(text, first.end()) is None)
