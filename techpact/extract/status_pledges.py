"""A pledge made is an act made: its declaration is signed, whatever it promises for later (extraction rule, ours).

When the parties "pledged", "vowed", "promised", "committed (themselves)" to do something (past, perfect, a headline's
present or a participle: "met in Tallinn, pledging to"; a phrase may stand before "to": "vowed at their summit in Bogota
to"), when they stated or made a noun of undertaking ("declared their commitment", "reaffirmed their commitment",
"underscored their resolve", "made a joint commitment", "signed off on a pledge" to do something), or when they "agreed"
or "decided to elevate their relations" to a partnership, the saying is the deed: the pledge, the declaration, the
upgrade itself was made (the guide: declarations and launched partnerships are signed,
issued). What the pledge holds for the future ("to hold regular consultations", "will meet once a year") is its
content, not its status; the status rules read the verb of pledging as intent (planned), this module reads a joint
pledge as the act (read per clause in agreements.py, where the parties are known), and with no instrument named its
kind is a declaration (act_finish). Relations told as raised, the relations as subject ("U.S., Vietnam partnership
raised to top level"), are the upgrade made too (read in status_shapes.refine).

Guards, each a principle of the guide:
  - a pledge told ahead, modal, negated or reported as a state is no pledge made ("will pledge", "did not commit",
    "are committed to": a stance, present tense);
  - a pledge whose content is to bring a new thing into being ("committed to commence cooperation", "pledged to
    launch a fund", "vowed to sign a treaty") is a plan of that thing, as "agreed to launch X" is: planned;
  - a pledge to deepen a partnership that stands ("vowed to expand their strategic partnership") tells that
    partnership, in force (status_standing, read in act_finish), not a new act;
  - a pledge told after an instrument the same sides concluded, naming no instrument of its own ("signed a
    memorandum ... Both sides pledged to expand cooperation in space"), is that meeting's further plan beside the
    instrument, one more act still planned (act_pledges reads it so): the act made there is the instrument;
  - one side's promise to another ("Japan pledged to help Vietnam train engineers", "Japan sent a letter to India,
    pledging to help it") is its own undertaking, no joint declaration: the pledge must be of two or more sides named
    before its verb (not as the object of a preposition before a participle), of a plural subject ("the leaders", "the
    countries": the pair just named, read in agreements.py), or of a bloc's leaders or members ("Leaders of the G7");
  - a restated commitment of both ("reaffirmed their commitment to strengthen cooperation") is the statement made, not
    the cooperation standing that "reaffirmed" alone would tell;
    a state named inside what is pledged ("to curb the threat posed by China") is no side of it;
  - a pledge of something other than an action ("committed to a major investment", "pledged $50 million") is left to
    the other rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from techpact.extract.gates import Hinted
from techpact.extract.status_standing import STANDING_WORKED_ON
from techpact.ontology.reference import is_bloc
from techpact.ontology.vocabulary import STATUS_RANK

if TYPE_CHECKING:  # status_shapes imports this module, and parties imports the status rules
    from techpact.extract.facts import Agreement
    from techpact.extract.parties import Clause

_I = re.IGNORECASE

# The verbs of undertaking, in a form that tells the undertaking made (past or perfect, or a headline's present:
# "Quad pledges to restore chip supply chains"), then "to" and a verb
# ("pledged to restore", "have committed to embracing", "vowed on Monday to deepen"), or relations raised by agreement
# ("agreed to elevate their relations to a strategic partnership").
_TIME = (r"(?:(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|jointly|also|further|again"
         r"|once\s+again|anew|firmly|publicly|formally)"
         # or a short phrase of time or place, set off or not ("vowed at their summit in Bogota to")
         r"|,?\s*(?:on|at|in|during|after|following)\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+,?)\s+)?")
# Two verbs of undertaking joined ("committed and agreed to").
_JOINED = r"(?:\s+and\s+(?:agreed|decided|resolved|pledged|vowed|committed|promised))?"
# The noun of undertaking stated or made, its verb a verb of saying or making in a form that tells it done: "declared
# their commitment to", "reaffirmed their commitment to", "expressed their shared commitment to", "underscored their
# resolve to", "made a joint commitment to", "gave a joint pledge to", "signed off on a pledge to".
_STATING = (r"(?:(?:re)?affirm|reiterat|underscor|underlin|stress|emphasi[sz]|confirm|renew|restat|express|voic|declar"
            r"|announc|stat|pledg|highlight)(?:ed|e?s)"
            r"|made|gave|issued|sealed|signed\s+off\s+on|makes|gives|issues")
_UNDERTAKING_NOUN = (r"(?:commitments?|determination|resolve|intent|intention|pledges?|vows?|promises?|undertakings?)")
_PLEDGE = Hinted(re.compile(
    r"\b(?P<verb>(?:pledged|vowed|promised|undertook|resolved|committed(?:\s+themselves)?|pledges?|vows?|promises"
    r"|commits|pledging|vowing|promising|committing(?:\s+themselves)?)" + _JOINED + r"\s+" + _TIME + r"to"
    r"|(?P<stated>(?:" + _STATING + r")\s+" + _TIME + r"(?:their|its|a|an|the|our)\s+(?:[\w-]+\s+){0,2}?"
    + _UNDERTAKING_NOUN + r"\s+to))\s+(?P<content>[a-z]+)"
    r"|\b(?P<raised>(?:agreed|decided|resolved)\s+" + _TIME + r"to\s+(?:elevate|upgrade|raise|lift)\s+"
    r"(?:(?:their|its|the|bilateral)\s+)?(?:[\w'’-]+\s+){0,2}?(?:ties|relations|relationship|partnership)"
    r"(?:\s+between\s+(?:[\w'’-]+\s+){1,4}?[\w'’-]+)?\s+to)\b", _I),
    "pledg", "vow", "promis", "undertook", "undertaking", "resolve", "commit", "determination", "intent", "elevate",
    "upgrade", "raise", "lift")
# Relations told as raised, the act as subject ("U.S., Vietnam partnership raised to top level", "ties were upgraded to
# a strategic partnership"); "will be raised", "set to be upgraded" do not follow the noun directly.
_RAISED = Hinted(re.compile(
    r"\b(?:partnership|ties|relations|relationship)\s+(?:(?:was|were|is|are|has\s+been|have\s+been)\s+)?"
    r"(?:(?:officially|formally|now|also)\s+)?(?:raised|elevated|upgraded|lifted)\s+to\b", _I),
    "raised", "elevated", "upgraded", "lifted")
# A plural subject standing for the sides, when none is named before the verb ("the presidents", "they", "both sides").
_PLURAL_SUBJECT = re.compile(r"\b(?:they|we|both|leaders|presidents|prime ministers|heads|ministers|sides|countries|nations"
                             r"|governments|allies|partners|members|parties|states|delegations)\b", _I)
# Before the verb: told ahead or denied ("will pledge", "are expected to commit", "did not commit"), a state
# ("are committed to", "remain firmly committed to"), or the noun ("their pledge to", "a vow to").
_NOT_MADE_BEFORE = re.compile(
    r"\b(?:will|would|shall|could|may|might|should|must|to|expected|set|due|not|never|n[’']t|yet|without"
    r"|am|is|are|was|were|be|been|being|remains?|remained|stay(?:s|ed)?|deeply|firmly|fully|strongly"
    r"|a|an|the|their|its|this|that|his|her|our|whose)\s+"
    r"(?:(?:\w+ly|also|both|all|joint|shared|common|mutual|firm|strong|fresh|new|renewed|earlier|previous|solemn"
    r"|public|formal|collective)\s+)?$", _I)
# A state named as the object of a preposition, before a participle of pledging ("a letter to India, pledging").
_OBJECT_BEFORE = re.compile(r"\b(?:to|with|from|for|by|toward|towards)\s+(?:the\s+)?$", _I)
# What the content brings into being: a thing still to be done, as "agreed to launch" (planned).
_NEW_THING = re.compile(
    r"\b(?:launch|commence|start|begin|establish|set\s+up|create|form|found|open|sign|ink|conclude|negotiate|draft"
    r"|adopt|finali[sz]e|work\s+towards?|explore|consider|study|launching|commencing|starting|beginning|establishing"
    r"|setting\s+up|creating|forming|founding|opening|signing|inking|concluding|negotiating|drafting|adopting)\b", _I)
# The content's reach: up to the end of the clause.
_CONTENT_END = re.compile(r"[.;:]|\s[—–]\s")
# A verb, not a noun or a number, opens the content ("pledged to a major investment" is no action).
_NOT_A_VERB = re.compile(r"(?:a|an|the|this|that|these|those|its|their|his|her|our|such|\d\w*)$", _I)


def relations_raised(text: str) -> bool:
    """Whether text tells relations raised to a higher level, the relations as subject (the upgrade is made)."""
    return bool(_RAISED.search(text))


def _pledge_at(text: str) -> re.Match[str] | None:
    """Where text tells a pledge or declared commitment made now, whose content is an action other than bringing a
    new thing into being or deepening a standing partnership (see the module docstring); None when it tells none."""
    for match in _PLEDGE.finditer(text):
        if _NOT_MADE_BEFORE.search(text, 0, match.start()):
            continue
        if match.group("raised"):
            return match  # the upgrade agreed is the upgrade made
        if _NOT_A_VERB.match(match.group("content")):
            continue
        stop = _CONTENT_END.search(text, match.start("content"))
        content = text[match.start("content"):stop.start() if stop else len(text)]
        if not _NEW_THING.search(content) and not STANDING_WORKED_ON.search(content):
            return match
    return None


def pledge_made(text: str) -> bool:
    """Whether text tells a pledge, declared commitment or raised relations made now (see _pledge_at)."""
    return _pledge_at(text) is not None


_clause_base: Callable[[Clause], int] | None = None  # parties.clause_base, taken on first use (parties imports the status rules, which import this module)


def _base_finder() -> Callable[[Clause], int]:
    """parties.clause_base, imported once (an import statement run at every call costs about 0.5 us)."""
    global _clause_base
    from techpact.extract.parties import clause_base
    _clause_base = clause_base
    return clause_base


def joint_pledge(clause: Clause, *, sides_only: bool = False) -> bool:
    """Whether a clause tells a pledge made by two or more sides: two parties named before its verb ("Ghana and Togo
    pledged"), or none named and a plural subject ("the leaders", "they", "both sides"); one side's promise to
    another ("Japan pledged to help Vietnam") is its own undertaking, not a joint declaration. sides_only: and no
    state named in what is pledged ("pledged to curb the threat posed by China": China is no side of it)."""
    clause_base = _clause_base or _base_finder()

    pledge = _pledge_at(clause.text)
    if pledge is None:
        return False
    at = pledge.start()
    base = clause_base(clause)
    before = {m.code for m in clause.actors if m.start - base < at}
    after = any(m.start - base >= at and m.code not in before for m in clause.actors)  # not a side's own capital
    if sides_only and after:
        return False
    plural = _PLURAL_SUBJECT.search(clause.text, 0, at) is not None
    # a bloc's members as the sides ("Leaders of the G7 committed to"), no other state named after the verb
    members = len(before) == 1 and is_bloc(next(iter(before))) and not after
    if pledge.group("verb") and pledge.group("verb").split()[0].lower().endswith("ing") and any(
            _OBJECT_BEFORE.search(clause.text, 0, m.start - base) for m in clause.actors if m.start - base < at):
        return False  # "Japan sent a letter to India, pledging to help it": the subject's promise, India its addressee
    return len(before) >= 2 or (plural and (not before or members))


def pledged_act(status: str | None, evidence: list[str]) -> bool:
    """Whether an act of no named instrument, made (signed), is a pledge made: a declaration (the guide's kind for
    what the parties declare together)."""
    return status == "signed" and any(map(pledge_made, evidence))


# An instrument named as the means of what is pledged: "coordinate their policies through a dedicated Memorandum".
_MEANS_INSTRUMENT = re.compile(r"\b(?:through|via|by\s+means\s+of|by\s+way\s+of)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:memorand\w*"
                               r"|MoUs?|MOUs?|agreements?|treat(?:y|ies)|accords?|pacts?|protocols?)\b", re.IGNORECASE)


def pledge_status(status: str | None, kind: str | None, clause: Clause, focus: Agreement | None) -> str | None:
    """The status of a clause once a joint pledge made is read as the act made (signed); told after an instrument the
    sides just concluded, with no instrument of its own, it keeps its reading (a further plan beside it)."""
    restated = status == "in-force" and not kind and (pledge := _pledge_at(clause.text)) and pledge.group("stated")
    if (status not in (None, "planned") and not restated) or not joint_pledge(clause):
        return status
    if kind and _MEANS_INSTRUMENT.search(clause.text):
        return status  # "committed to coordinate their policies through a dedicated memorandum": the memorandum is ahead
    if not kind and focus is not None and focus.status and (
            STATUS_RANK["signed"] <= STATUS_RANK[focus.status] <= STATUS_RANK["in-force"]):
        return status
    return "signed"
