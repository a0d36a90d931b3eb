"""How a passage tells its acts apart, read with the status shapes (extraction rules, ours): a lead's hot-news perfect
dating its act on the day of publication, a new instrument built on an existing act, an offer refused apart from the act
it would shape, an act concluded after a refusal, a signing told apart from the step that put an act in force, an
instrument coordinated after the verb of the clause before it, an instrument told ahead after cooperation going on ("have
cooperated for years and will sign a memorandum")."""

from __future__ import annotations

import re
from collections.abc import Callable

from techpact.extract.gates import Hinted
from techpact.extract.status_shapes import INSTRUMENT, told
from techpact.extract.trailing_clauses import comment_tail, event_after, trailing_clause

_I = re.IGNORECASE
_SIGNED = "signed"
_IN_FORCE = "in-force"
_PROPOSED = "proposed"
_REJECTED = "rejected"

# A text finished ("initialled the accord", "finalised the agreement"), then its signing told after it.
_TEXT_FINISHED = re.compile(r"\b(?:initial(?:l)?ed|finali[sz]ed)\b", _I)
_SIGNING_WORD = re.compile(r"\b(?:sign\w*|ink\w*|ceremony)\b", _I)
_ANOTHER_INSTRUMENT = re.compile(r"\b(?:a|an|another|one|two|three|new)\s+(?:[\w-]+\s+){0,3}?" + INSTRUMENT, _I)


def signing_ahead_after_finish(text: str, find_status: Callable[[str], str | None]) -> bool:
    """Whether the text tells a text finished, then its signing still ahead ("initialled the agreement on Monday; the
    formal signing will take place in Tokyo")."""
    finished = _TEXT_FINISHED.search(text)
    return (finished is not None and (signing := _SIGNING_WORD.search(text, finished.end())) is not None
            and not _ANOTHER_INSTRUMENT.search(text, signing.end())  # "... and will sign a space memorandum": another act
            and find_status(text[finished.end():]) == "planned")


# An act named as the base a new one builds on or strengthens, or is part of: "the memorandum will build on their existing
# partnership", "allows us to strengthen our existing partnership", "described the deal as part of the ongoing
# partnership" (the existing act is another than the clause's).
_BUILT_ON_BEFORE = re.compile(r"\b(?:build\w* on|built on|strengthen\w*|deepen\w*|consolidat\w*|cement\w*|complement\w*|expand\w*|enhanc\w*|reinforc\w*"
                              r"|boost\w*|upgrad\w*|elevat\w*|broaden\w*|add\w* to|part of)\s+(?:(?:the|their|its|our|this|these)\s+)?"
                              r"(?:[\w-]+['’]s?\s+){0,2}$", _I)
# ... and raised into a new one the clause makes: "agreed to expand their existing Energy Partnership to an Energy and
# Climate Partnership", "upgraded their existing partnership into a comprehensive strategic partnership".
_RAISED_INTO = re.compile(r"[^.;]{0,80}?\b(?:to|into)\s+(?:a|an)\s+(?:[\w-]+\s+){0,5}?(?:partnership|agreement|alliance|pact|treaty"
                          r"|framework|mechanism|programme|program|initiative)\b", _I)
_NEW_INSTRUMENT = re.compile(r"\b(?:agreements?|accords?|pacts?|treat(?:y|ies)|deals?|memorand(?:um|ums|a)|MoUs?|MoCs?|protocols?"
                             r"|roadmaps?|documents?|charters?|declarations?)\b", _I)


def raised_into(text: str, start: int) -> bool:
    """Whether the act named at start is raised into a new one named after it ("their existing partnership to a
    climate partnership")."""
    return bool(_RAISED_INTO.match(text, start))


def built_on(text: str, start: int) -> bool:
    """Whether the act named at start (an existing one) is what another instrument, named before it, builds on or
    strengthens ("The MoU allows us to strengthen our existing partnership"; not "A and B agreed to expand their
    existing partnership", where the existing act is the clause's own), or raises into a new one named after it ("agreed
    to expand their existing partnership to a climate partnership")."""
    return bool(_BUILT_ON_BEFORE.search(text, max(0, start - 60), start)
                and (_NEW_INSTRUMENT.search(text, 0, start) or raised_into(text, start)))


# The hot-news perfect or the headline present of concluding, with no modal before it: "The UAE and India have signed
# three memoranda", "Ghana, Togo sign chip deal". In a lead, it reports an act of the day the story was published.
_HOT_NEWS = Hinted(re.compile(
    r"\b(?:has|have)\s+(?:(?:\w+ly|also|now|just)\s+)?(?:signed|inked|sealed|concluded|agreed|adopted|launched|issued|released"
    r"|unveiled|struck|reached|established|formed|finali[sz]ed|exchanged|initial(?:l)?ed|set up|forged)\b"
    r"|(?<!\bto )(?<!\bwill )(?<!\bwould )(?<!\bcould )(?<!\bmay )(?<!\bshall )(?<!\bcan )"
    r"\b(?:signs?|inks?|seals?|launch(?:es)?|adopts?|strikes?|unveils?)\s+(?:(?:a|an|the|new|joint|\d+|two|three|four|five)\s+)?"
    r"(?:[\w-]+\s+){0,3}?" + INSTRUMENT + r"\b", _I),
    "has ", "have ", "sign", "ink", "seal", "launch", "adopt", "strike", "unveil")
_PAST_TIME = re.compile(r"\b(?:in the past|previously|earlier|already|before|last (?:year|month|week)|ago)\b", _I)


def hot_news(text: str) -> bool:
    """Whether a lead clause tells its act concluded in the hot-news perfect or the headline present (and no past time)."""
    return bool(_HOT_NEWS.search(text)) and not _PAST_TIME.search(text)


_CONCLUDED_STATUSES = frozenset({_SIGNED, _IN_FORCE})


def told_apart(status: str | None, told: str | None) -> bool:
    """Whether a clause's status (not a back reference) tells another act than one already told with another status: an
    offer or a refusal is apart from what was signed ("..., and the US offered Kenya help", "A declined a demand of B"),
    and an instrument concluded is apart from a refusal told before it ("Japan turned down a request from Manila. The
    two signed a reciprocal access agreement in July")."""
    if not status or not told or status == told:
        return False
    return status in (_PROPOSED, _REJECTED) or (told == _REJECTED and status in _CONCLUDED_STATUSES)


# A refusal whose object is an offer, named before the act it would shape: "declined a US demand that the new agreement
# include ...", "rejected Beijing's request to add a clause to the treaty".
_REFUSED_OFFER = Hinted(re.compile(
    r"\b(?:rejected|rejects|turned down|turns down|refused|refuses|declined|declines|spurned|rebuffed|dismissed|vetoed)\s+"
    r"(?:(?:a|an|the|its|their|this|that)\s+|(?-i:[A-Z])[\w.’'-]*(?:['’]s)?\s+){0,2}(?:[\w-]+\s+){0,2}?"
    r"(?:demands?|requests?|proposals?|offers?|calls?|bids?|suggestions?|invitations?)\b", _I),
    "reject", "turn", "refus", "declin", "spurn", "rebuff", "dismiss", "veto")


def refused_offer(text: str, back_at: int) -> bool:
    """Whether the clause refuses an offer named before the act it points back to (at back_at): the refusal is of the
    offer, an act of its own, not a new status of the act in focus."""
    match = _REFUSED_OFFER.search(text, 0, back_at)
    return bool(match) and match.end() <= back_at


# A signing told as done: "was signed in Kyiv last October", "first signed in 2017", "signed in Moscow on May 7", "The
# ceremony of signing the agreement took place in Moscow on Monday".
_SIGNING_TOLD = Hinted(re.compile(r"\b(?:signed|concluded|inked)\b|\bsigning\b(?=[^.;]{0,100}?\b(?:took place|was held)\b)", _I),
                       "signed", "concluded", "inked", "signing")


_SINCE_BEFORE = re.compile(r"\b(?:since|ever since)\s*$", _I)  # a clause that is what a stretch of time runs from
# a clause that is a time ahead or a condition: "no sense to name the crew before | the agreement is concluded"
_TIME_AHEAD_BEFORE = re.compile(r"\b(?:before|once|until|till|as soon as|when|after|if|unless)\s*$", _I)
_PRESENT_MADE = re.compile(r"\b(?:is|are|has been|have been)\s+(?:\w+\s+)?(?:signed|concluded|inked|sealed|finali[sz]ed|adopted|reached)\b", _I)


def signing_told(text: str) -> bool:
    """Whether the clause tells a signing as done (not "will be signed", "to be concluded")."""
    return told(_SIGNING_TOLD, text)


# A second predicate coordinated after the first, opening with a verb of intent, plan or talks: "... and will sign",
# "..., and plan to conclude", "and are now negotiating".
_AND_AHEAD = Hinted(re.compile(r"(?:,\s*|\s)and\s+(?:then\s+|now\s+|also\s+|are\s+now\s+)?(?=(?:will|shall|plan|plans|intend|intends|aim"
                               r"|aims|hope|hopes|are|expect|want|seek|look)\b)", _I), " and ")


_find_status: Callable[[str], str | None] | None = None  # status.find_status, taken on first use (status.py imports this module): not imported at every call


def _status_finder() -> Callable[[str], str | None]:
    """status.find_status, imported once (an import statement run at every call costs about 0.5 us)."""
    global _find_status
    from techpact.extract.status import find_status
    _find_status = find_status
    return find_status


def ahead_after_going_on(text: str) -> str | None:
    """The status of an instrument told ahead in a predicate coordinated after cooperation going on ("have cooperated on
    AI for years and plan to sign a memorandum": planned), the cooperation naming no instrument of its own; else None."""
    find_status = _find_status or _status_finder()

    for joint in _AND_AHEAD.finditer(text):
        before, after = text[:joint.start()], text[joint.end():]
        if _NEW_INSTRUMENT.search(before) is None and _NEW_INSTRUMENT.search(after) and find_status(before) == _IN_FORCE:
            status = find_status(after)
            return status if status and status != _IN_FORCE else None
    return None


def clause_status(clause) -> str | None:
    """The status a clause tells; for an instrument coordinated after the verb of the clause before it, whose own words
    tell none ("agreed to sign a protocol on customs | and a memorandum on AI", "have not signed X | and Y"), the status
    that verb gives both; for a clause read signed whose sentence goes on to tell its concluding ahead ("initialled the
    accord on Monday; it is to be signed later"), planned when the clause is read with the rest of its sentence."""
    find_status = _find_status or _status_finder()

    status = find_status(clause.text)
    if status and (trailing := trailing_clause(clause.text))[0] > 0 and (own := find_status(clause.text[:trailing[0]] + clause.text[trailing[1]:])):
        status = own  # "will resume talks on an agreement, as a Saudi company sealed a chip purchase": the trailing clause's own news
    if status == _IN_FORCE and (tail := comment_tail(clause.text)) > 0 and find_status(clause.text[:tail]) == _SIGNED:
        status = _SIGNED  # "adopted a joint action plan, reaffirming their strategic partnership": the comment tells what stands
    if status in (_SIGNED, _IN_FORCE) and (after := event_after(clause.text)) and find_status(clause.text[:after]) == "planned":
        status = "planned"  # "will sign a pact on Friday after launching a track on trade": the launch came first, the pact is ahead
    if status == _IN_FORCE and " and " in clause.text and (ahead := ahead_after_going_on(clause.text)):
        return ahead  # "have cooperated on AI for years and plan to sign a memorandum": the memorandum is ahead
    if status == "signed" and (at := clause.span.text.find(clause.text)) > 0 and _SINCE_BEFORE.search(clause.span.text[:at]) \
            and find_status(clause.span.text) == "in-force":
        return "in-force"  # "have worked together since | the signing of a memorandum in 2016": the stretch it opens
    if status == "signed" and (at := clause.span.text.find(clause.text)) > 0 and _PRESENT_MADE.search(clause.text) \
            and (lead := _TIME_AHEAD_BEFORE.search(clause.span.text, max(0, at - 16), at)) and find_status(lead.group() + " " + clause.text) == "planned":
        return "planned"  # "before | the agreement is concluded", "once | the memorandum is signed": its making is ahead
    if status is None and clause.continued and (at := clause.span.text.find(clause.text)) > 0:
        status = find_status(clause.span.text[:at])
    if status == "signed" and (at := clause.span.text.find(clause.text)) >= 0 and (
            (clause.span.text[at + len(clause.text):].strip(" .") and find_status(clause.span.text[at:]) == "planned")
            or signing_ahead_after_finish(clause.span.text[at:], find_status)):
        status = "planned"  # "initialled the accord; it is to be signed later", "...; the formal signing will take place in May":
        # the rest of its sentence tells its concluding ahead
    return status
