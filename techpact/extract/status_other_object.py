"""An ending or refusal told of something other than an act (extraction rules, ours).

The guide's ended (withdrawn, suspended, expired, cancelled) and rejected (refused, declined) are what happened to the
act: its end or its refusal has the act, or the offer of it, as object ("cancelled the agreement") or as subject ("the
deal was scrapped"). News tells many endings and refusals of other things beside an act, and they say nothing of it:
  - an occasion: a meeting, visit, summit or talks cancelled, called off or refused ("would cancel the meeting amid anger
    over the pact", "refused to attend the summit", "the visit was cancelled"); the act talked of there stands as it was;
  - an idea that came to nothing ("now that the idea has fallen through"): a thought never made an act has no end;
  - a domestic actor's stance: a party, lawmakers or critics opposing ("the opposition party, which opposed the
    ratification"): their position in a debate at home, not a state's refusal of the act.
status.find_status reads its cues through aspect_of_act, which gives such a cue no status, so the clause's other words tell
its status (or none); status_shapes.refine asks ends_act of its own shapes of ending ("fell through").
"""

from __future__ import annotations

import re

from techpact.extract.gates import folded
from techpact.extract.status_aspect import aspect
from techpact.ontology.vocabulary import STATUS_RANK

_I = re.IGNORECASE
_ENDED = "ended"

# The acts an ending or refusal may have as object (status_shapes.INSTRUMENT, which imports this module, and cooperation).
_ACT = (r"(?:agreements?|accords?|pacts?|treat(?:y|ies)|deals?|memorand(?:um|ums|a)|MoUs?|MoCs?|protocols?|partnerships?"
        r"|alliances?|conventions?|charters?|arrangements?|programmes?|programs?|frameworks?|roadmaps?|road maps?|initiatives?"
        r"|declarations?|projects?|co-?operation|collaboration)")

# Occasions: what is held or attended, not made or joined.
_OCCASION = (r"(?:meetings?|visits?|trips?|tours?|summits?|talks|negotiations|consultations|conferences?|sessions?"
             r"|ceremon(?:y|ies)|events?|hearings?|debates?|rounds?|gatherings?|receptions?|dinners?|appointments?)")
# Ideas: thoughts of something to be done, not an act or its offer on the table.
_IDEA = r"(?:idea|notion|prospect|possibility|hope|dream)s?"
# An occasion named in a compound before an act is the act's name ("the summit agreement"): not an occasion then.
_NOT_NAMING = r"(?![\w-]*\s+(?:[\w-]+\s+)?" + _ACT + r"\b)"
# An occasion held under the act is the act at work, and its end the act's: "terminated the talks under the memorandum".
_UNDER_ACT = (r"(?!\s+(?:under|within|in the framework of|as part of)\s+(?:(?:the|its|their|this|that|an?)\s+)?(?:[\w-]+\s+){0,3}?"
              + _ACT + r"\b)")
# Words between the verb and its occasion: modifiers, not another noun phrase ("suspended the deal after talks").
_LINKS = r"(?:after|before|with|and|or|over|amid|during|at|in|on|for|of|to|by|between|following|because)"
_MODIFIER = r"(?:(?!" + _ACT + r"\b|" + _LINKS + r"\b)[\w-]+\s+)"
# The object right after the verb: "cancel the meeting", "refused to attend Monday's summit", "called off their talks".
_OBJECT_AFTER = re.compile(
    r"\s+[\"“‘']?(?:(?:to\s+)?(?:attend|hold|host|join|take part in|participate in|go (?:to|ahead with)|make)\s+)?"
    r"(?:(?:of|from|in|to|on)\s+)?"
    r"(?:(?:the|a|an|its|their|his|her|this|that|these|those|any|all|planned|scheduled|upcoming|next)\s+"
    r"|(?-i:[A-Z])[\w.’'-]*['’]s\s+){0,2}" + _MODIFIER + "{0,3}?" + _OCCASION + r"\b" + _NOT_NAMING + _UNDER_ACT, _I)
# The subject right before the verb, with only what it is of, auxiliaries and adverbs between: "the visit by the
# minister was cancelled", "now that the idea has fallen through", "the meeting had been called off", "the talks were
# long and ended with the signing".
_SUBJECT_BEFORE = re.compile(
    r"\b(?P<noun>" + _OCCASION + r"|" + _IDEA + r")\s+(?:(?:by|of|to|with|between|among|in)\s+[^,;:.]{1,50}?\s+)?"
    r"(?:(?:was|were)\s+[\w-]+\s+and\s+)?"
    r"(?:(?:was|were|is|are|has|have|had|been|being|be|later|then|also|now|since|eventually|finally|\w+ly)\s+){0,3}$", _I)
# A domestic actor whose stance the verb tells: "the opposition party Komeito, which opposed", "lawmakers who object to".
_DOMESTIC_ACTOR = re.compile(
    r"\b(?:opposition|(?:political\s+)?part(?:y|ies)|lawmakers|legislators|MPs|senators|deputies|critics|activists|protesters"
    r"|unions?|factions?|camps?|coalition\s+partners?|hardliners|conservatives|liberals|nationalists)\b"
    r"(?:\s+(?:in|of|from)\s+(?:the\s+)?(?-i:[A-Z])[\w.’'-]*)?(?:\s+(?-i:[A-Z])[\w.’'-]*){0,3}\s*,?\s*"
    r"(?:(?:which|who|that)\s+)?(?:(?:has|have|had|also|\w+ly|long|still)\s+){0,2}$", _I)
# An occasion the cue itself ends on: "walked out of the talks".
_OCCASION_END = re.compile(r"\b" + _OCCASION + r"$", _I)
_NOT_UNDER_ACT = re.compile(_UNDER_ACT, _I)
# An occasion told in a phrase after a participle or an act is no subject: "the deal signed during the visit was
# cancelled" (but "..., after an earlier visit was cancelled" is).
_IN_PHRASE = re.compile(r"\b(?:[\w-]+ed|made|held|struck|" + _ACT + r")\s+(?:during|at|on|after|of|in|since|before|for|amid"
                        r"|following|ahead of|from|with|by)\s+(?:\S+\s+){0,3}$", _I)
_STANCE = re.compile(r"oppos|object|resist", _I)


def of_other_thing(status: str, text: str, start: int, end: int) -> bool:
    """Whether the ending or refusal cue at text[start:end] (read as status) is told of an occasion, an idea or a domestic
    actor's stance rather than of an act (see the module docstring); only an ending or refusal is asked about."""
    if STATUS_RANK[status] < STATUS_RANK[_ENDED]:
        return False
    if ((match := _SUBJECT_BEFORE.search(text, max(0, start - 60), start))
            and (status == _ENDED or not re.fullmatch(_IDEA, match.group("noun"), _I))
            and not _IN_PHRASE.search(text, max(0, match.start() - 40), match.start())):
        return True  # "the visit was cancelled", "the idea has fallen through" (an idea refused is an offer refused)
    cue = folded(text[start:end])
    occasion = _OBJECT_AFTER.match(text, end) or (_OCCASION_END.search(cue) and _NOT_UNDER_ACT.match(text, end))
    if occasion and not re.search(r"\b" + _ACT + r"\b", cue, _I):
        return True  # "would cancel the meeting", "refused to attend the summit", "walked out of the talks"
    return bool(_STANCE.match(cue) and _DOMESTIC_ACTOR.search(text, max(0, start - 80), start))


def ends_act(pattern: re.Pattern, text: str) -> bool:
    """Whether a match of pattern (a shape of ending) in text is told of an act, not of another thing."""
    return any(not of_other_thing(_ENDED, text, match.start(), match.end()) for match in pattern.finditer(text))


def aspect_of_act(cue: str, text: str, start: int, end: int) -> str | None:
    """status_aspect.aspect of the cue at text[start:end], or None for an ending or refusal told of another thing."""
    status = aspect(cue, text, start, end)
    return None if status and of_other_thing(status, text, start, end) else status
