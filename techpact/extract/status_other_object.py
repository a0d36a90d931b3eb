"""An ending or refusal told of something other than an act (extraction rules, ours).

The guide's ended (withdrawn, suspended, expired, cancelled) and rejected (refused, declined) are what happened to the
act: its end or its refusal has the act, or the offer of it, as object ("cancelled the agreement") or as subject ("the
deal was scrapped"). News tells many endings and refusals of other things beside an act, and they say nothing of it:
  - an occasion: a meeting, visit, summit or talks cancelled, called off or refused ("would cancel the meeting amid anger
    over the pact", "refused to attend the summit", "the visit was cancelled"); the act talked of there stands as it was;
  - an idea that came to nothing ("now that the idea has fallen through"): a thought never made an act has no end;
  - a domestic actor's stance: a party, lawmakers or critics opposing ("the opposition party, which opposed the
    ratification"): their position in a debate at home, not a state's refusal of the act;
  - a thing no state concludes with another: a measure, a flow of trade, a decision of others, a state of affairs ("scrapped
    a tax", "suspended exports of minerals", "froze funding for the dam", "a project delayed by Jakarta's suspended
    payments", "sales were cut off", "did not accept the ruling", "has not joined the sanctions", "ended months of
    uncertainty", "does not extend to governmental services");
  - a state's stance to a regime, told as background: in an aside of the state ("Brazil, which has not joined the Belt and
    Road, signed ...", "Israel, a country that has not signed the treaty, ..."), of a class of states ("one of the few
    countries that have not signed the convention") or against other states ("did not sign the declaration, unlike its
    neighbours"); the stance stays the act's when the act's other side is named with it ("refused to sign a pact with B").
An ending named as the matter of an act or a talk is no end either: "the agreement covering the UK exit from the EU",
"talks on Togo's withdrawal from the pact". A thing proposed, named as the act's matter, is no offer of the act either: "will sign a deal on the transponders of the
proposed satellite", "signed an agreement to study the proposed rail link" (an offer of a thing no state concludes).
status.find_status reads its cues through aspect_of_act, which gives such a cue no status, so the clause's other words tell
its status (or none); status_shapes.refine asks ends_act of its own shapes of ending ("fell through").
"""

from __future__ import annotations

import re

from techpact.extract.gates import folded
from techpact.extract.gazetteer import gazetteer
from techpact.extract.status_aspect import aspect
from techpact.extract.status_signing_ahead import signing_ahead
from techpact.ontology.reference import is_bloc
from techpact.ontology.vocabulary import STATUS_RANK

_I = re.IGNORECASE
_ENDED = "ended"
_SIGNED = "signed"
_PLANNED = "planned"

# The acts an ending or refusal may have as object (status_shapes.INSTRUMENT, which imports this module, and cooperation).
_ACT = (r"(?:agreements?|accords?|pacts?|treat(?:y|ies)|deals?|memorand(?:um|ums|a)|MoUs?|MoCs?|protocols?|partnerships?"
        r"|alliances?|conventions?|charters?|arrangements?|programmes?|programs?|frameworks?|roadmaps?|road maps?|initiatives?"
        r"|declarations?|projects?|co-?operation|collaboration)")

# Occasions: what is held or attended, not made or joined.
_OCCASION = (r"(?:meetings?|visits?|trips?|tours?|summits?|talks|negotiations|consultations|conferences?|sessions?"
             r"|ceremon(?:y|ies)|events?|hearings?|debates?|rounds?|gatherings?|receptions?|dinners?|appointments?|elections?|votes?"
             r"|polls?|referend(?:um|a))")
# Things no state concludes with another: measures, flows of trade, others' decisions, states of affairs ("term" only
# singular: "the terms" are the offer's).
_THING = (r"(?:tax(?:es)?|tariffs?|duties|levies|fees|subsid(?:y|ies)|sanctions|bans?|embargo(?:es)?|restrictions|curbs|quotas"
          r"|exports?|imports?|sales|shipments|flights|services|rulings?|verdicts?|judg(?:e)?ments?|results?|outcomes?|findings"
          r"|assessments?|views?|claims?|resolutions?|motions?|candidac(?:y|ies)|candidates?|nominations?|uncertainty|speculation"
          r"|deadlock|stalemate|term|tenure|career|war|conflict|fighting|hostilities|strikes?|protests?|lockdowns?"
          r"|investigations?|probes?|inquir(?:y|ies)|lawsuits?|trials?|boycotts?|blockades?|waivers?|exemptions?|licen[cs]es?"
          r"|permits?|visas?"
          # a state's own course: "scrap the previous government's nuclear phase-out drive", "ended its zero-Covid policy"
          r"|drives?|polic(?:y|ies)|phase-?outs?|moratori(?:um|ums|a)"
          # money and goods sent, as the head of their phrase ("suspended payments to", "did not accept investment from",
          # not "the payment system")
          r"|(?:payments?|funding|financing|investments?|loans?|aid|deliveries|supplies)(?=\s*(?:[.,;:)]|$)|\s+(?:to|for|of|from|in|on|at|by"
          r"|after|since|until|under|over|amid|and|or|with|through|as|during|was|were|is|are|has|have|had)\b))")
_OTHER = r"(?:" + _OCCASION + r"|" + _THING + r")"
# Ideas: thoughts of something to be done, not an act or its offer on the table.
_IDEA = r"(?:idea|notion|prospect|possibility|hope|dream)s?"
# An occasion named in a compound before an act is the act's name ("the summit agreement"): not an occasion then.
_NOT_NAMING = r"(?![\w-]*\s+(?:[\w-]+\s+)?" + _ACT + r"\b)"
# An occasion held under the act is the act at work, and its end the act's: "terminated the talks under the memorandum".
_UNDER_ACT = (r"(?!\s+(?:under|within|in the framework of|as part of)\s+(?:(?:the|its|their|this|that|an?)\s+)?(?:[\w-]+\s+){0,3}?"
              + _ACT + r"\b)"
              # and talks on an act are its making: their end is the act's ("suspended negotiations on a proposed trade
              # deal with the UK", "to suspend negotiations to expand the agreement"), not an occasion's
              r"(?!(?:(?<=talks)|(?<=negotiations)|(?<=discussions)|(?<=consultations))(?:\s+with\s+[^,;.]{1,40}?)?\s+"
              r"(?:on|over|for|about|towards?|to\s+(?:conclude|expand|acquire|sign|finali[sz]e|agree\s+on|reach))\s+"
              r"(?:(?:the|a|an|its|their|this|that|proposed|planned|new|possible)\s+)?(?:[\w.-]+\s+){0,4}?" + _ACT + r"\b)")
# Words between the verb and its occasion: modifiers, not another noun phrase ("suspended the deal after talks").
_LINKS = r"(?:after|before|with|and|or|over|amid|during|at|in|on|for|of|to|by|between|following|because)"
_MODIFIER = r"(?:(?!" + _ACT + r"\b|" + _LINKS + r"\b)[\w-]+(?:['’]s)?\s+)"  # "the previous government's"
# The object right after the verb: "cancel the meeting", "refused to attend Monday's summit", "called off their talks".
_OBJECT_AFTER = re.compile(
    r"\s+[\"“‘']?(?:(?:to\s+)?(?:attend|hold|host|join|take part in|participate in|go (?:to|ahead with)|make)\s+)?"
    r"(?:(?:of|from|in|to|on|with)\s+)?"
    r"(?:(?:the|a|an|its|their|his|her|this|that|these|those|any|all|planned|scheduled|upcoming|next)\s+"
    r"|(?-i:[A-Z])[\w.’'-]*['’]s\s+|(?:days|weeks|months|years|decades)\s+of\s+){0,2}" + _MODIFIER + "{0,3}?" + _OTHER + r"\b"
    + _NOT_NAMING + _UNDER_ACT, _I)
# The subject right before the verb, with only what it is of, auxiliaries and adverbs between: "the visit by the
# minister was cancelled", "now that the idea has fallen through", "the meeting had been called off", "the talks were
# long and ended with the signing".
_SUBJECT_BEFORE = re.compile(
    r"\b(?P<noun>" + _OTHER + r"|" + _IDEA + r")" + _NOT_NAMING + r"(?:\s+(?:(?:planned|scheduled|set|due)\s+)?"
    r"(?:by|of|to|with|between|among|in|on|over|for|about|around)\s+[^,;:.]{1,50}?)?"
    r"(?:,?\s+(?:that|which)\b)?\s+(?:(?:was|were)\s+[\w-]+\s+and\s+)?"
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
# What an act reaches, after "does not extend": "to governmental services" (not a date: "extend to 2030").
_SCOPE_AFTER = re.compile(r"\s+to\s+(?!\d|(?:the\s+)?end\b|(?:early|mid|late)\b|(?-i:[A-Z][a-z]+\s+\d))", _I)
# What a state's stance is told of: an act, or the offer of one ("Togo, which rejected the proposal, ...": the act's).
_ACT_OR_OFFER = _ACT + r"|(?:proposals?|offers?|plans?|bids?|invitations?|requests?|ideas?|drafts?|deals?|contracts?|schemes?)"
# An aside told of a state or person, its relative pronoun the subject of the cue: "Brazil, which has not joined the Belt
# and Road, ...", "India (which never signed the NPT)", "Israel, a country that has not signed the treaty, ..." (not "the
# deal, which Togo refused to sign", nor one of an act: "the pact, which was scrapped").
_STATE_ASIDE = re.compile(r"(?P<head>[\w.’'-]+)\s*(?:,|\(|\s[—–])\s*(?:(?:a|an|one|the)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s+)?"
                          r"(?:which|who|that)\s+(?:(?:has|have|had|is|are|was|were|also|still|so far|yet|long|\w+ly)\s+){0,3}$", _I)
# A class of states as the subject: "one of the few countries that have not signed", "the only ECOWAS state that has
# refused to join", "many countries have not ratified" (not "the two countries have not signed": the parties).
_STATES = (r"(?:countries|states|nations|members|member states|governments|economies|signatories|powers|country|state|nation"
           r"|member|member state|government|economy|power)")
_CLASS_OF_STATES = re.compile(
    r"\b(?:(?:a|an|one of the|one of|among the|the only|the few|the last|the sole|a handful of|the handful of|any|other|many|most"
    r"|some|several|few|those|all|no|\d+)\s+(?:[\w-]+\s+){0,3}?" + _STATES + r"\s+(?:which|who|that)\s+"
    # a state picked out of the others needs no relative: "the only EU state not to have signed"
    r"|(?:the only|the last|the sole|one of (?:the )?(?:few|only))\s+(?:[\w-]+\s+){0,3}?" + _STATES + r"\s+"
    r"|(?<!the\s)(?:many|most|some|several|few|other|no)\s+(?:[\w-]+\s+){0,2}?" + _STATES + r"\s+)"
    r"(?:(?:has|have|had|still|yet|also|so far|\w+ly)\s+){0,3}$", _I)
# Other states the stance is set against: "Unlike Ghana, Togo has not ...", "... , unlike its neighbours", "Like many Gulf
# states, Oman has not ratified".
_CONTRAST = re.compile(r"(?:^|[,;(—–]\s*)(?:unlike\s|(?:like|as\s+(?:have|has|had|did|do|does))\s+(?:many|most|other|several|some"
                       r"|its|their|fellow|all|(?-i:[A-Z])))", _I)
# The act's other side named with the stance: "refused to sign a pact with the United States" is that act refused.
_PARTNER_AFTER = re.compile(r"[^,;.()]{0,80}?\b(?:with|between)\s+(?:the\s+)?(?-i:[A-Z])")
# The owner of the instrument refused, its other side: "China's Belt and Road" (within the clause).
_OWNER = re.compile(r"(?-i:[A-Z])[\w.’'-]*['’]s\s")
# A negation or refusal of the verb of a cue: "has not signed", "never ratified", "refused to endorse".
_NEGATED_BEFORE = re.compile(r"\b(?:not|never|n[’']t|(?:refus|declin|fail)\w*\s+to)\s+(?:\w+\s+){0,2}?$", _I)
# The act in focus as the object: a pronoun, an offer, an act named by a definite phrase with no proper name in it ("the
# deal", "Ghana's offer"; not "the Belt and Road", "the NPT", "the Paris accord": instruments of their own name).
_PRONOUN_AFTER = re.compile(r"\s+(?:(?:to|in|from|out of|of)\s+)?(?:it|them|this one|that one)\b", _I)
_OFFER_AFTER = re.compile(r"\s+(?:(?:to|in|of)\s+)?(?:\w+\s+){0,4}?(?:proposals?|offers?|invitations?|requests?|overtures?|bids?)\b", _I)
_ACT_TOLD_AFTER = re.compile(r"\s+(?:(?:to|in|from|out of|of)\s+)?(?:the|its|their|this|that|(?-i:[A-Z])[\w.’'-]*['’]s)\s+"
                             r"(?:(?-i:[a-z\d])[\w-]*\s+){0,3}?(?:" + _ACT_OR_OFFER + r")\b", _I)
# A thing built or placed, proposed: "the proposed satellite", "Kenya's proposed power line" (not "the proposed pipeline
# deal": the act named after it).
_DETERMINER_BEFORE = re.compile(r"(?:\b(?:the|its|their|his|her|this|that)|['’]s)\s+$", _I)
_THING_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:satellites?|plants?|lines?|pipelines?|railways?|rail\s+links?|links?|corridors?|ports?|dams?"
    r"|bridges?|roads?|highways?|cables?|tunnels?|reactors?|sites?|facilit(?:y|ies)|centres?|centers?|hubs?|parks?|stations?"
    r"|terminals?|refiner(?:y|ies)|mines?|airports?|canals?|grids?|towers?|factor(?:y|ies)|bases?|routes?)\b" + _NOT_NAMING, _I)
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", _I)
# An ending told as a noun ("exit from", "withdrawal from", "termination of") after a word naming what an act or a talk is
# about: the matter ("an agreement covering the UK exit from the EU", "talks on Togo's withdrawal from the pact"), no end.
_ENDING_NOUN = re.compile(r"(?:exit|withdrawal|termination|suspension|cancell?ation|annulment|revocation)\b", _I)
_MATTER_BEFORE = re.compile(r"\b(?:cover(?:s|ed|ing)?|govern(?:s|ed|ing)?|regulat(?:es|ed|ing)|on|about|concerning|regarding"
                            r"|deal(?:s|t|ing)? with|address(?:es|ed|ing)?)\s+(?:(?:the|its|their|a|an)\s+)?"
                            r"(?:(?-i:[A-Z])[\w.’'-]*(?:['’]s)?\s+){0,3}$", _I)


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
    if _ENDING_NOUN.match(cue) and _MATTER_BEFORE.search(text, max(0, start - 60), start):
        return True  # "an agreement covering the UK exit from the EU": what the act is about
    if _LEAVING.search(cue) and _state_left(text, end):
        return True  # "the sudden US exit from Afghanistan": troops leaving a country, no act ended
    occasion = _OBJECT_AFTER.match(text, end) or (_OCCASION_END.search(cue) and _NOT_UNDER_ACT.match(text, end))
    if occasion and not re.search(r"\b" + _ACT + r"\b", cue, _I):
        return True  # "would cancel the meeting", "refused to attend the summit", "walked out of the talks"
    if cue.endswith("extend") and _SCOPE_AFTER.match(text, end):
        return True  # "does not extend to governmental services": what the act covers, no renewal refused
    if _STANCE.match(cue) and _DOMESTIC_ACTOR.search(text, max(0, start - 80), start):
        return True  # "the opposition party, which opposed the ratification"
    return stance_to_regime(text, start, end)


# Leaving a place: an exit, withdrawal or pull-out told with "from" or "out of" its object.
_LEAVING = re.compile(r"(?:exit\w*|withdr\w+|pull\w*\s+out)(?:\s+(?:from|of))?$", _I)
_ACT_NAMED_AFTER = re.compile(r"(?:['’]s)?\s*(?:[\w.’'-]+\s+){0,5}?" + _ACT + r"\b", _I)


def _state_left(text: str, end: int) -> bool:
    """Whether what is left, named right after end, is a state itself ("exit from Afghanistan"), not an act named after
    a state ("withdrew from the Paris Agreement", "pulled out of the Iran nuclear deal")."""
    after = text[end:end + 60]
    after = after[len(re.match(r"(?:\s+(?:from|of)\b)?", after).group()):]
    found = next(iter(gazetteer().find_actors(after)), None)
    if found is None or is_bloc(found.code) or found.how not in ("curated", "official", "name", "capital") or not re.fullmatch(r"\s*(?:the\s+)?", after[:found.start], _I):
        return False
    return _ACT_NAMED_AFTER.match(after, found.end) is None


def stance_to_regime(text: str, start: int, end: int) -> bool:
    """Whether the refusal or ending at text[start:end] is a state's stance told as background: in an aside of the state,
    of a class of states, or against other states (see the module docstring), with no other side of an act named and
    not told of the act in focus ("..., which refused to sign it")."""
    if (_PARTNER_AFTER.match(text, end) or _PASSIVE_BEFORE.search(text, max(0, start - 30), start)
            or _object_is(_PRONOUN_AFTER, text, start, end)):
        return False  # "refused to sign a pact with the US", "the pact, which was scrapped", "..., which rejected it"
    aside = _STATE_ASIDE.search(text, max(0, start - 80), start)
    if aside and not re.fullmatch(_ACT_OR_OFFER, aside.group("head"), _I) and not _object_is(_ACT_TOLD_AFTER, text, start, end):
        return True  # "Brazil, which has not joined the Belt and Road, signed ..." (not "Togo, which refused the deal")
    clause_start = max(text.rfind(mark, 0, start) for mark in ";:") + 1
    object_end = end + len(re.match(r"[^,;.]*", text[end:]).group())
    if _object_is(_OFFER_AFTER, text, start, end) or _OWNER.search(text, start, object_end):
        return False  # "the only state that rejected the proposal": an offer; "unlike its neighbours, shuns China's BRI": China's
    return bool(_CLASS_OF_STATES.search(text, max(clause_start, start - 80), start) or _CONTRAST.search(text[clause_start:start])
                or _CONTRAST.match(text, object_end))


def _object_is(pattern: re.Pattern, text: str, start: int, end: int) -> bool:
    """Whether the cue's object (after the cue, or inside it: the refusal cues hold theirs, "rejected the proposal") is
    of pattern."""
    return any(pattern.match(text, at) for at in [end] + [start + m.start() for m in re.finditer(r"\s", text[start:end])])


def ends_act(pattern: re.Pattern, text: str) -> bool:
    """Whether a match of pattern (a shape of ending) in text is told of an act, not of another thing."""
    return any(not of_other_thing(_ENDED, text, match.start(), match.end()) for match in pattern.finditer(text))


def aspect_of_act(cue: str, text: str, start: int, end: int) -> str | None:
    """status_aspect.aspect of the cue at text[start:end], or None for an ending or refusal told of another thing."""
    status = aspect(cue, text, start, end)
    if status == _SIGNED and signing_ahead(text, start, end):
        return _PLANNED  # "is expected to conclude with the signing of two agreements": still ahead
    if status and STATUS_RANK[status] < STATUS_RANK[_ENDED] and (negated := _NEGATED_BEFORE.search(text, max(0, start - 40), start)):
        # the verb a negation holds ("has not signed the treaty"): no status of its own when the refusal is another thing's
        return None if of_other_thing("rejected", text, negated.start(), end) else status
    if (status == "proposed" and text[start:end].lower() == "proposed" and _THING_AFTER.match(text, end)
            and _DETERMINER_BEFORE.search(text, max(0, start - 20), start)):
        return None  # "on the transponders of the proposed satellite": a thing proposed, not the act offered
    return None if status and of_other_thing(status, text, start, end) else status
