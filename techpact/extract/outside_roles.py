"""States a sentence names in a role outside the act it tells (extraction rules, ours): the guide's parties are the
states that make, agree, propose or join an act, so a state named as the danger the act guards against ("to reduce
its reliance on Chinese technology", "reducing China-related risks", "for fear of leakage to China"), as the broker of
an act of others ("the peace deal, brokered in part by US President Donald Trump"), only in what a source adds to its
statement ("..., officials said, adding that China was not consulted"), as a comparison ("a major defence
partner, as India is"), inside a company's name ("a French company, Thales Alenia Space France,"), as a rival beaten
to an award ("France has beaten Japan and Germany to win a deal") or beside an act its sides' compound names ("This
latest Russia-China agreement suggests the relationship NASA and Roscosmos have ...") is no party.

outside_stretches gives the stretches of a sentence that hold such names; the reader leaves their actors out as it
leaves out those of the circumstances (sectors.circumstances), but keeps their sector words. compound_sides narrows a
clause's parties to those of the compound that names its act."""

from __future__ import annotations

import re
from functools import lru_cache

from techpact.extract.cues import COMPANY_NOUN
from techpact.extract.gates import Hinted
from techpact.extract.parties import Clause

_I = re.IGNORECASE

# A proper name, maybe with a title and a list: "United States President Donald Trump", "Qatar and Egypt".
_NAME = r"(?:the\s+)?(?-i:[A-Z])[\w.’'-]*(?:\s+(?:(?-i:[A-Z])[\w.’'-]*|of|and|the))*"

# The danger an act guards against: lessening a reliance or a risk (not whose: "reduce Vietnam's reliance"), with what
# it is on ("reduce its reliance on Chinese technology", "reducing China-related risks", "cut dependence on Russian
# gas", and the list after it: "on China and Taiwan"), keeping clear of being bound by
# another ("to avoid being bound by rules set by Beijing"), what is feared ("for fear of leakage to China") and the blow
# it answers ("following Trump's tariff assault").
_LESSEN = (r"(?:reduc(?:e|es|ed|ing)|reduction\s+(?:of|in)|cut(?:s|ting)?|lessen(?:s|ed|ing)?|lower(?:s|ed|ing)?|limit(?:s|ed|ing)?"
           r"|curb(?:s|ed|ing)?|decreas(?:e|es|ed|ing)|minimi[sz](?:e|es|ed|ing)|mitigat(?:e|es|ed|ing)|wean(?:s|ed|ing)?"
           r"|end(?:s|ed|ing)?)")
_DANGER = (r"(?:(?:over-?)?relian(?:ce|t)|dependen(?:ce|cy|cies|t)|exposure|risks?|vulnerabilit(?:y|ies)|threats?)")
GUARDED = Hinted(re.compile(
    rf"\b{_LESSEN}\s+(?:(?:[\w’'-]+\s+){{0,3}}[\w’'-]+[’']s?\s+)?(?P<own>)(?:[\w’'-]+\s+){{0,3}}?{_DANGER}\b"
    r"(?:\s+(?:on|upon|from|to|of|posed\s+by|linked\s+to)\s+(?:[\w.’'-]+\s+){0,3}?[\w.’'-]+(?P<head>)"
    rf"(?:(?:\s*,\s*|\s+and\s+|\s+or\s+|,\s+and\s+){_NAME})*)?"
    r"|\b(?:avoid|escap)\w*\s+(?:being\s+)?(?:bound|dependent|reliant|beholden|locked\s+in|tied|held\s+hostage|subject(?:ed)?)\b[^,;.]*"
    r"|\b(?:for|out\s+of|over)\s+fears?\s+(?:of|that|about|over)\b[^,;.]*"
    # the blow an act answers: "following U.S. President Donald Trump's tariff assault"
    rf"|{_NAME}[’']s\s+(?:[\w-]+\s+){{0,2}}?(?:tariff\s+(?:assault|war|threats?|hikes?|blitz|onslaught)|trade\s+war)\b", _I),
    "reduc", "cut", "lessen", "lower", "limit", "curb", "decreas", "minimi", "mitigat", "wean", "end",
    "avoid", "escap", "fear", "tariff", "trade war")

# After a list of names, a verb that makes them the subject of a clause of their own.
_OWN_VERB = re.compile(r"\s+(?:will|would|shall|has|have|had|is|are|was|were|agreed|signed|plans?|pledged|said|says)\b", _I)

# The broker of an act of others: "brokered in part by US President Donald Trump", "through the mediation of Qatar",
# "a US-brokered deal".
BROKER = Hinted(re.compile(
    rf"\b(?:brokered|mediated|facilitated|arbitrated)\s+(?:(?:in\s+part|partly|jointly|largely|mainly|chiefly)\s+)?by\s+{_NAME}"
    rf"|\b(?:mediation|good\s+offices)\s+of\s+{_NAME}"
    r"|(?-i:[A-Z])[\w.]*-(?:brokered|mediated)\b", _I), "brokered", "mediated", "facilitated", "arbitrated", "mediation",
    "good offices")

# A state compared with: "a major defence partner, as India is", "as is the case with Japan", "as with India", "on par
# with what it has with China".
COMPARED = Hinted(re.compile(
    r"(?<!such )(?<!as well )(?<!so )\bas\s+(?:the\s+)?(?-i:[A-Z])[\w.’'-]*(?:\s+(?-i:[A-Z])[\w.’'-]*){0,2}\s+"
    r"(?:is|was|are|were|does|did|has|had)(?:\s+(?:done|been|already))?\s*(?=[.,;)]|$)"
    rf"|\bas\s+(?:is\s+)?the\s+case\s+(?:with|for)\s+{_NAME}|(?:^|,\s*)as\s+with\s+{_NAME}"
    # a rank shared with others: "on par with what it has with China and Russia"
    r"|\bon\s+(?:a\s+)?par\s+with\b[^,;.]*", _I), "as ", "par with")

# A company's name after its noun, past its first word: "a French company, Thales Alenia Space France, ...",
# "operator Orange Egypt" (in the comma form only when the apposition closes: not "Within the group, Saudi Arabia and").
COMPANY_NAME = Hinted(re.compile(
    rf"\b{COMPANY_NOUN}\s+(?-i:[A-Z])[\w&.’'-]*(?P<rest>(?:\s+(?-i:[A-Z])[\w&.’'-]*)+)"
    rf"|\b{COMPANY_NOUN},\s+(?-i:[A-Z])[\w&.’'-]*(?P<listed>(?:\s+(?-i:[A-Z])[\w&.’'-]*)+)(?=,)", _I),
    "compan", "firm", "giant", "corp", "carrier", "operator", "maker", "shipbuilder", "group", "subsidiar", "consortium",
    "conglomerate", "manufacturer", "developer", "provider", "start", "enterprise", "multinational", "producer", "miner",
    "utilit", "contractor", "supplier", "vendor", "lender", "investor", "fund")


# Rivals beaten to an award: "France has beaten Japan and Germany to win a deal to build submarines for Australia",
# "outbid firms from Korea to secure" (the losing bidders take no part in the deal won).
RIVALS = Hinted(re.compile(
    rf"\b(?:beat(?:s|en|ing)?(?:\s+out)?|outbid(?:s|ding)?|edg(?:ed|es|ing)\s+out|saw\s+off|sees\s+off|defeat(?:ed|s|ing)?"
    rf"|outpac(?:ed|es|ing))\s+(?:(?:rivals?|competitors?|bidders?|firms?|companies)\s+(?:from\s+)?)?{_NAME}"
    r"(?=,?\s+to\s+(?:win|secure|land|clinch|bag)\b)", _I), "beat", "outbid", "edged out", "edges out", "edging out", "saw off",
    "sees off", "defeat", "outpac")


# What a source adds after its statement: "..., US officials said, adding that China was not consulted" (another
# statement; a state named only there takes no part in the act the sentence tells).
ADDED = Hinted(re.compile(r"\b(?:said|says|told\s+[\w ]{1,40}?|stated|reported|announced),?\s+(?:adding|noting|stressing)\s+"
                          r"that\b(?P<added>.*)$", _I), "adding", "noting", "stressing")


def outside_stretches(text: str) -> list[tuple[int, int]]:
    """The stretches of a sentence (offsets in text) whose states are named outside the act it tells: the danger
    guarded against or the blow answered, the broker, the state compared with, a company's name, what a source adds."""
    return list(_outside_stretches(text))


@lru_cache(maxsize=256)  # a text only: a sentence told again (a lead retold, a boilerplate line) is read once
def _outside_stretches(text: str) -> tuple[tuple[int, int], ...]:
    """outside_stretches, as a tuple."""
    found = [match.span() for pattern in (BROKER, COMPARED, RIVALS) for match in pattern.finditer(text)]
    found += [match.span("added") for match in ADDED.finditer(text)]
    for match in GUARDED.finditer(text):  # the list after it, unless its names go on to act: "on China, Japan and India signed"
        end = match.end("head") if match.group("head") is not None and _OWN_VERB.match(text, match.end()) else match.end()
        found.append((match.start("own") if match.group("own") is not None else match.start(), end))  # not "Japan's"
    for match in COMPANY_NAME.finditer(text):
        rest = "rest" if match.group("rest") else "listed"
        found.append(match.span(rest))
    return tuple(found)


# A clause opening on an act named by its sides' compound: "This latest Russia-China agreement suggests ...".
_COMPOUND_ACT = re.compile(
    r"^\W*(?:[\w’'-]+\s+){0,3}?(?P<compound>(?-i:[A-Z])[\w.’']*(?:-(?-i:[A-Z])[\w.’']*)+)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:agreements?|deals?|pacts?|accords?|treat(?:y|ies)|memorand\w*|MoUs?|partnerships?|initiatives?|declarations?"
    r"|alliances?)\b", _I)
# Words that bring another state into such an act, or tell its makers: "The US-India initiative will include Japan",
# "... with Australia", "The Ghana-Togo Pact, an agreement signed by Ghana, Togo and Benin".
_JOINED = re.compile(r"\b(?:join\w*|includ\w*|involv\w*|extend\w*|expand\w*|acced\w*|participat\w*|with|welcom\w*|by|between"
                     r"|among|signed|signator\w*)\b", _I)


def compound_sides(clause: Clause, parties: list[str]) -> list[str]:
    """The parties of a clause opening on an act its sides' compound names ("This latest Russia-China agreement
    suggests the relationship that NASA and Roscosmos have enjoyed may end"): the compound's states, not the others the
    clause names, unless it brings them into the act."""
    if len(parties) < 3 or "-" not in clause.text or not (opening := _COMPOUND_ACT.match(clause.text)):
        return parties
    base = clause.span.start + max(0, clause.span.text.find(clause.text))
    start, end = opening.span("compound")
    sides = [code for code in parties if any(m.code == code and start <= m.start - base < end for m in clause.actors)]
    if len(sides) < 2 or _JOINED.search(clause.text, opening.end()):
        return parties
    return sides
