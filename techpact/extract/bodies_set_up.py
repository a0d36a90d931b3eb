"""A body an instrument sets up is an act of its own (extraction rules, ours).

News tells an instrument by what it is for: "signed a memorandum on setting up an Uzbek-Korean expert group", "the
agreement to establish a joint working group on digital transformation". The annotation guide lists each act of the
same parties apart ("an MoU signed and a working group planned"), so the body the instrument provides for is a
working group of the same parties, planned: agreed on, not yet at work. Only a body the instrument itself is for
counts (the instrument noun, then "on/to/for" and a verb or noun of setting up, then the body), not a body the parties
already have ("signed at the meeting of their joint working group") or one they only mean to discuss.

A body told in a clause after the act is one too (body_set_up, read by act_separation.further_acts): one the act
provides for ("Under the agreement, the sides will establish a joint committee", "It calls for a sub-committee"), one
its parties also set up, or one the pair is told setting up ahead ("The two countries are poised to set up a joint
working group"): a working group planned beside the memorandum, not its content.
"""

from __future__ import annotations

import re
from dataclasses import replace

from techpact.extract.facts import Agreement
from techpact.extract.gates import Hinted
from techpact.extract.object_reference import instrument_as_it
from techpact.ontology.vocabulary import STATUS_RANK

_I = re.IGNORECASE

_INSTRUMENT = r"\b(?:memorand(?:um|a|ums)|MoUs?|agreements?|accords?|protocols?|deals?|pacts?)\b(?:\s+of\s+understanding)?"
_SETTING_UP = (r"(?:on|to|for|about|providing\s+for)\s+(?:the\s+)?(?:setting\s+up|set(?:ting)?\s+up|establish(?:ing)?|establishment"
               r"|creat(?:e|ing|ion)|form(?:ing|ation)?|launch(?:ing)?)\s+(?:of\s+)?(?:a|an|the)?\s*")
_BODY = (r"(?:working\s+groups?|expert\s+groups?|groups?\s+of\s+experts|(?:joint|intergovernmental)\s+(?:commissions?"
         r"|committees?)|task\s+forces?)\b")
# The instrument, a short aside ("(MoU)", "signed in Baku"), what it is for, then the body named in a few words.
SETS_UP = re.compile(rf"{_INSTRUMENT}(?:\s*\([^()]{{1,12}}\))?[^.;]{{0,30}}?\s{_SETTING_UP}(?:[\w’'-]+\s+){{0,6}}?{_BODY}",
                     re.IGNORECASE)
_HINTS = ("group", "commission", "committee", "task force")


def _concluded(status: str) -> bool:
    """Signed or in force: an instrument that can have set something up (not one proposed or planned)."""
    return STATUS_RANK["signed"] <= STATUS_RANK.get(status, 0) <= STATUS_RANK["in-force"]


def bodies_set_up(agreements: list[Agreement]) -> list[Agreement]:
    """For each instrument that sets up a body, that body as a planned working group of the same parties (unless the
    document already has one for them), in the order of the instruments."""
    added: list[Agreement] = []
    for agreement in agreements:
        if agreement.kind == "working-group" or agreement.kind == "proposal" or not _concluded(agreement.status):
            continue
        told = next((span for span in agreement.evidence
                     if any(hint in span.text.lower() for hint in _HINTS) and SETS_UP.search(span.text)), None)
        if told is None:
            continue
        if any(other.kind == "working-group" and set(other.parties) == set(agreement.parties)
               for other in agreements + added):
            continue
        added.append(replace(agreement, kind="working-group", status="planned", parties=list(agreement.parties),
                             sectors=list(agreement.sectors), signatories=[], date=None, evidence=[told],
                             _evidence_seen={told}, cues=set(agreement.cues)))
    return added


_TOLD_INSTRUMENT = (r"(?:agreements?|deals?|memorand(?:um|ums|a)|MoUs?|pacts?|accords?|treat(?:y|ies)|documents?|protocols?"
               r"|partnerships?|arrangements?|roadmaps?|road maps?|(?:joint\s+)?statements?|declarations?)")

# The clause speaks of an act told before, as what something happens under or what it holds: "Under the agreement",
# "As part of the deal", "The memoranda include", "The pact also provides for".
_ACT_TOLD = re.compile(
    r"\b(?:under|as part of|thanks to|in line with|within)\s+(?:the|this|that|these|their)\s+(?:[\w-]+\s+){0,2}?"
    + _TOLD_INSTRUMENT + r"\b"
    r"|\b(?:the|this|that|these)\s+(?:[\w-]+\s+){0,2}?" + _TOLD_INSTRUMENT
    + r"(?:\s*,[^,]{1,60},)?\s+(?:also\s+|will\s+|would\s+)?(?:includes?|included|include|provides?\s+for|provided\s+for|provide\s+for|sets?\s+the\s+stage\s+for|pave[sd]?\s+the\s+way\s+for"
      r"|envisages?|envisaged|envisage|foresees?|foresee|calls?\s+for|called\s+for|call\s+for|covers?|covered|cover"
      # "The declaration commits both sides to establish ...": what its parties are bound to set up
      r"|commits?\s+(?:both\s+sides|the\s+two\s+(?:sides|countries|nations)|the\s+parties|them)\s+to)\b", _I)

# A body set up: the verb (or its noun) before the body's name, with at most a few words between.
_BODY_SET_UP = Hinted(re.compile(
    r"\b(?P<verb>establish(?:es|ed|ing)?|establishment\s+of|set(?:s|ting)?\s+up|setting[- ]up\s+of|creat(?:e|es|ed|ing)"
    r"|creation\s+of|form(?:s|ed|ing)?(?!\s+of\b)|formation\s+of|launch(?:es|ed|ing)?(?!\s+of\b)|launch\s+of|provides?\s+for|provided\s+for|pave[sd]?\s+the\s+way\s+for)"
    r"\s+(?:an?\s+|the\s+|two\s+|three\s+|several\s+)?(?:[\w-]+\s+){0,5}?"
    r"(?P<body>working\s+groups?|task\s+forces?|(?:sub-?)?committees?|commissions?|councils?|mechanisms?|cent(?:re|er)s?"
    r"|funds?|hubs?|laborator(?:y|ies)|labs?|secretariats?)\b", _I),
    "establish", "set", "creat", "form", "launch", "provide", "pave")

# The pair as the clause's subject: "The two countries are poised to set up a working group" (after their memorandum).
_PAIR_OPENING = re.compile(r"^\W*(?:the\s+two\s+(?:countries|sides|nations|governments|ministries|leaders)|both\s+(?:sides|countries|nations)"
                           r"|they|the\s+sides)\b", _I)
OWN = re.compile(r"\b(?:national|domestic|own|state-run|federal|provincial)\b", _I)

# Bodies whose members meet and decide: a working group in the guide's words; the others are joint undertakings.
_MEETING_BODY = re.compile(r"working|task|(?:sub-?)?committee|commission|council|mechanism", _I)
_DONE = re.compile(r"^(?:established|created|formed|launched)$", _I)  # ("set up" may be either)
# A body still to come: "will establish", "plan to create", "would also like to set up".
_AHEAD = re.compile(r"\b(?:will|would|shall|to|plans?|planned)\s+(?:[\w-]+\s+){0,3}?$", _I)


def body_set_up(text: str, focus: Agreement) -> tuple[str, str] | None:
    """The kind and status of a body that the act in focus, told before, sets up ("Under the agreement, the sides
    will establish a joint committee": a working group, planned), or that its parties also set up ("China would
    also like to establish a cooperation mechanism with the GCC", after a proposal: one more proposal); None when
    the clause names no such body, names it before any act it belongs to, or names the very kind of the act."""
    body = _BODY_SET_UP.search(text)
    if body is None or OWN.search(body.group()):
        return None  # "Japan will also create a national AI centre": a body of one side's own
    told = _ACT_TOLD.search(text, 0, body.end("verb")) or instrument_as_it(text, focus) or None  # ("The pact provides for a committee": the verb tells both)
    also = None if told else _ALSO_BEFORE.search(text, max(0, body.start() - 48), body.start())
    ahead = _AHEAD.search(text, max(0, body.start() - 48), body.start())
    if told is None and (also is None or len(focus.evidence) < 2) and not (ahead and _PAIR_OPENING.match(text)):
        return None  # (the pair told setting it up ahead, after their act: one more act, planned)
    kind = "working-group" if _MEETING_BODY.match(body.group("body")) else "initiative"
    if kind == focus.kind:
        return None
    if also and focus.status == "proposed":
        return kind, "proposed"  # one offer after another
    return kind, "in-force" if _DONE.match(body.group("verb")) and not ahead else "planned"


# "also" a few words before the verb of setting up: "would also like to establish", "will also create".
_ALSO_BEFORE = re.compile(r"\balso\s+(?:[\w-]+\s+){0,4}?$", _I)
