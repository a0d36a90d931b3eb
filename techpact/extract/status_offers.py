"""One side's intent to do something for another is an offer (extraction rules, ours).

The guide reads "one side offers or proposes" as proposed and "the sides agreed, intend, will, plan to" as planned. An
intent told of ONE state whose verb gives or helps and whose object or beneficiary is ANOTHER state ("Australia intends
to support India in ...", "Japan plans to help Kenya build ...", "Ghana aims to provide Togo with ...") is what that
side offers the other, not a plan both sides hold: proposed. Guards, each a principle:
  - a joint subject (two states, "both", "the two", "they", "together", "jointly") is both sides' intention: planned;
  - a partner named after "with" is a co-agent ("plans to work with Kenya to support ..."), not a beneficiary;
  - a clause telling that the sides agreed, or that an offer was taken up, tells a plan both hold: planned;
  - the verb must be one of giving or helping ("intends to sign a deal with Kenya" is an intent to conclude together).
The status rules read the intent as planned; status_shapes.refine asks offered_to_another of every planned clause, and
act_finish names the undertaking so offered, with no instrument told, an initiative (what one side will do for the other).

An offer told after an act of the same parties with another fate (agreed, signed, standing), in a clause that points
back to no act, is a proposal of its own, not a step of that act (offer_apart, asked where the reader extends the act in
focus): "Bangladesh agreed to move forward on space cooperation with India ... 'We have put the offer on the table'".
"""

from __future__ import annotations

import re

from techpact.extract.facts import Agreement
from techpact.extract.gates import Hinted
from techpact.extract.gazetteer import gazetteer

_I = re.IGNORECASE
_PROPOSED = "proposed"
_REJECTED = "rejected"

# An intent of the subject's own, then a verb of giving or helping: "intends to support", "is planning to help",
# "aims to provide", "also wants to assist".
_INTENT_TO_GIVE = Hinted(re.compile(
    r"\b(?:intends?|intended|intending|plans?|planned|planning|aims?|aimed|aiming|wants?|wanted|wishes|wished|hopes?|hoped"
    r"|hoping|seeks?|sought|seeking|looks?|looking)\s+(?:(?:also|further|now|still)\s+)?to\s+(?:(?:also|further|actively"
    r"|significantly|substantially)\s+)?"
    r"(?P<verb>help|support|assist|aid|fund|finance|train|equip|provide|supply|give|grant|lend|donate|share|transfer)\b", _I),
    "intend", "plan", "aim", "want", "wish", "hop", "seek", "sought", "look")
# What one side says it can do for another, its capacity held out: "Russia can build a nuclear plant in Kazakhstan",
# "China can also help Kenya train engineers". Not "could" (a guess), and not what an act makes possible (below).
_CAN_GIVE = Hinted(re.compile(
    r"\bcan\s+(?:also\s+|further\s+)?(?P<verb>help|support|assist|aid|finance|train|equip|provide|supply|give|share|transfer"
    r"|build|construct)\b", _I), "can")
# An instrument told before "can": what it lets the sides do ("Under the deal, Russia can supply ..."), no offer.
_INSTRUMENT_BEFORE = re.compile(
    r"\b(?:agreements?|deals?|accords?|pacts?|treat(?:y|ies)|memorand(?:um|ums|a)|MoUs?|contracts?|frameworks?|under)\b", _I)
# Words before the intent that make its subject more than one side, or a partner a co-agent.
_JOINT_SUBJECT = re.compile(r"\b(?:and|both|two|three|together|jointly|with|along|alongside|they|their|we|our|sides"
                            r"|countries|nations|partners|allies|leaders|governments|each other)\b|&", _I)
# What stands between the verb and the state it is for: a few words, no clause break, no partner as co-agent.
_TO_BENEFICIARY = re.compile(r"^[\s\w'’$.-]{0,50}$")
_CO_AGENT = re.compile(r"\b(?:with|together|jointly|alongside)\b", _I)
# The sides agreeing, or an offer taken up, told in the clause: a plan both hold.
_AGREED = re.compile(r"\b(?:agreed|agree|agrees|agreement to|accepted|accepts|welcomed the offer|took up|consensus)\b", _I)
# A document or plan as the clause's subject: what it "calls for" or "proposes" is its content, no side's offer ("The
# plan calls for further enhancement of military cooperation").
_DOCUMENT_SUBJECT = re.compile(
    r"\W*(?:the|this|that|these|its|their)\s+(?:[\w-]+\s+){0,3}?(?:plans?|drafts?|documents?|texts?|agreements?|deals?|accords?"
    r"|pacts?|treat(?:y|ies)|memorand(?:um|ums|a)|MoUs?|road ?maps?|statements?|declarations?|communiqu\w+|strateg(?:y|ies)"
    r"|programmes?|programs?|frameworks?|charters?|protocols?)\b", _I)
_GIVEN_WITH = ("share", "transfer")  # verbs whose "with" names the one given to ("share its know-how with Estonia")
_STATE_HOW = frozenset({"name", "official", "demonym", "capital", "acronym", "bloc", "leader"})


def offered_to_another(text: str) -> bool:
    """Whether a clause tells one state's intent to give to or help another state, or what it says it can do for it (its
    offer, proposed)."""
    intent = _INTENT_TO_GIVE.search(text)
    if intent is None and (intent := _CAN_GIVE.search(text)) and _INSTRUMENT_BEFORE.search(text, 0, intent.start()):
        return False  # "The deal means Russia can supply Kazakhstan with fuel": what the act allows
    if intent is None or _AGREED.search(text):
        return False
    before = text[:intent.start()]
    if _JOINT_SUBJECT.search(before):
        return False  # "India and Australia intend to ...", "Australia, with Japan, plans to help ..."
    actors = [m for m in gazetteer().find_actors(text) if m.how in _STATE_HOW]
    subjects = {m.code for m in actors if m.start < intent.start()}
    if len(subjects) > 1:
        return False
    after = intent.end("verb")
    for mention in actors:
        if mention.start < after or mention.code in subjects:
            continue
        between = text[after:mention.start]
        if not _TO_BENEFICIARY.match(between) or (_CO_AGENT.search(between) and intent.group("verb").lower() not in _GIVEN_WITH):
            return False  # the first state told after the verb is no beneficiary ("... with Kenya to ...")
        return True
    return False


def intended_help(texts: list[str]) -> bool:
    """Whether an act with no instrument named is told as one state's intended help to another: the undertaking it
    offers (an initiative), not a proposal of talks or terms."""
    return any(offered_to_another(text) for text in texts)


def offer_apart(status: str | None, focus: Agreement, text: str) -> bool:
    """Whether a clause naming no act back (the caller's test) tells one side's offer beside an act of the same parties
    told with another fate (agreed, signed, standing): the offer is an act of its own, a proposal of one state to another
    ("A and B agreed to cooperate in space. 'We have put an offer on the table,' A's official said"). Not beside an offer
    or a refusal of one, which it may retell, nor a clause telling what the act holds ("It also entails ...")."""
    from techpact.extract.status_terms import content_only  # status_terms imports status.py, which imports this module
    return (status == _PROPOSED and bool(focus.status) and focus.status not in (_PROPOSED, _REJECTED)
            and not content_only(focus.status, status, text) and not _DOCUMENT_SUBJECT.match(text))
