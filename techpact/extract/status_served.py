"""An act served by what a clause concludes is in force (extraction rule, ours).

A verb of concluding tells an act's status only when the act is what is concluded. News often tells the conclusion of
another thing that serves a standing act: a domestic law enacted to ratify it ("the president signed a law to ratify
the agreement with X"), or a thing made or done under it ("a satellite was launched on Friday under their joint
programme", "the fifth plant built under the treaty"). The act itself is then ratified or operating: in force in the
guide's words. Guards, each a principle: the serving act is told as done (not "will sign a law to ratify", "will be
launched under"); what is concluded is not itself an instrument ("signed a memorandum under their partnership" tells
the memorandum), nor is any other instrument named in the clause; and the act served is not a new one ("under a new
agreement signed today").

A ratification is told done in many wordings, each read as a class: a domestic legal act (law, decree, bill, resolution,
legislation, "the ratification bill") on the act, told enacted by a verb of enacting in either voice ("signed into
federal law a bill on ratifying", "the bill on ratification was signed into law", "passed legislation ratifying"); or a
legislature told consenting to the act by a verb or a noun of consent ("endorsed the agreement", "was accepted by
Parliament", "gave its consent to the treaty", "after both legislatures approved it"). Not a step still ahead ("will
sign the bill into law", "passed in the first reading"), nor one side's cabinet or draft, nor one side's consent when
the clause says a ratification is still outstanding ("but Turkey has not yet ratified it": the act stays signed).
"""

from __future__ import annotations

import re

from techpact.extract.gates import Hinted, Opened
from techpact.extract.status_background import made_as_history

_I = re.IGNORECASE

# The instruments an event may be done under, or a law may ratify.
_INSTRUMENT = (r"(?:agreements?|accords?|pacts?|treat(?:y|ies)|memorand(?:um|ums|a)|MoUs?|protocols?|partnerships?|conventions?"
               r"|charters?|arrangements?|programmes?|programs?|frameworks?|initiatives?)")
# A domestic legal act on the act: a law, decree, bill, resolution or legislation ("the federal law 'On ratification'",
# "the ratification bill").
_LEGAL_ACT = (r"(?:(?:federal|new|presidential|national|ratification|ratifying)\s+)?(?:laws?|decrees?|bills?|acts?|resolutions?"
              r"|ordinances?|edicts?|legislation)")
# Words before the instrument that make the object something else: "backed calls for a treaty", "approved a draft accord".
_NOT_THE_ACT = (r"(?:calls?|plans?|proposals?|ideas?|talks|negotiations?|drafts?|motions?|requests?|demands?|bids?|invitations?"
                r"|offers?|budgets?|funding|funds|money|spending|appropriations?|resolutions?\s+(?:urging|calling|on\s+(?:starting|opening)))\b")
# What ties it to the act: "to ratify", "ratifying", "on (the) ratification of", "approving the agreement", "on the
# agreement with X", "a bill that calls for (providing for, outlining) an agreement", "to promote cooperation between the
# governments of X and Y" (an intergovernmental act by its title).
_ON_THE_ACT = (r"(?:to\s+ratify|ratifying|(?:on|for|of)\s+(?:the\s+)?ratif(?:ication|ying)"
               r"|(?:on|regarding|concerning|approving|to\s+approve|to\s+promote|for|outlining|(?:that|which)\s+(?:calls|provides)"
               r"\s+for|calling\s+for|providing\s+for)\s+(?:(?:the|an?)\s+)?(?:(?!" + _NOT_THE_ACT + r")[\w-]+\s+){0,4}?(?:"
               + _INSTRUMENT[3:-1] + r"|treaty|co-?operation\s+between\s+(?:the\s+)?governments\s+of)\b)")
# Verbs of enacting a legal act: "signed (into law)", "passed", "adopted", "promulgated", "assented to", "published".
# (the present in headlines: "Tokayev signs into law a bill on ratifying ...").
_ENACTED = (r"(?:sign(?:ed|s)(?:\s+into\s+(?:(?:federal|national)\s+)?law)?|issu(?:ed|es)|adopt(?:ed|s)|pass(?:ed|es)|enact(?:ed|s)"
            r"|approv(?:ed|es)|promulgat(?:ed|es)|endors(?:ed|es)|publish(?:ed|es)|ratifi(?:ed|es)|okayed|assented\s+to"
            r"|(?:gave|gives)\s+(?:(?:his|her|its|their|final|royal)\s+)*assent\s+to"
            r"|put(?:s)?\s+(?:his|her|their)\s+signature\s+(?:to|on))")
# A domestic legal act enacted to ratify the act, or on it, in either voice: "signed a law to ratify", "has signed into
# federal law a bill on ratifying", "passed legislation ratifying"; "a bill on ratification of the treaty was signed into
# law", "the decree ratifying it has been published", "the ratification bill was passed by the senate".
_RATIFYING_LAW = Hinted(re.compile(
    r"\b" + _ENACTED + r"\s+(?:(?:a|an|the)\s+)?['‘’\"“]?" + _LEGAL_ACT + r"\s+['‘’\"“]?(?:" + _ON_THE_ACT + r")"
    r"|\b(?:(?:a|an|the)\s+)?" + _LEGAL_ACT + r"\s+['‘’\"“]?(?:" + _ON_THE_ACT + r")[^.;]{0,120}?\b(?:was|were|has\s+been"
    r"|have\s+been|had\s+been|got|is\s+now)\s+(?:(?:formally|officially|finally|unanimously|also|now|duly)\s+)?"
    r"(?!approved\s+by\s+(?:the\s+)?(?:cabinet|government))" + _ENACTED + r"\b"
    r"|\b(?:the|a)\s+ratification\s+(?:bill|law|act|decree)\s+(?:was|were|has\s+been|had\s+been)\s+(?:\w+ly\s+)?"
    + _ENACTED + r"\b", _I),
    "law", "decree", "bill", "act", "resolution", "ordinance", "edict", "legislation")
# A step of the legislature short of enacting: "passed the bill in the first reading".
_NOT_FINAL = re.compile(r"[^.;]{0,100}?\bin\s+(?:the\s+|its\s+)?(?:first|second)\s+reading\b", _I)
# A legislature, the body whose consent ratifies an act.
_LEGISLATURE = (r"(?:parliaments?|parliamentarians|knesset|duma|senates?|senators|congress(?:es)?|legislatures?"
                r"|(?:national|federal|legislative|people['’]s)\s+assembl(?:y|ies)|legislators|lawmakers|deputies|MPs|majlis"
                r"|bundestag|rada|sejm|federation\s+council|(?:lower|upper)\s+(?:house|chamber)|house\s+of\s+representatives"
                r"|storting|riksdag|mazhilis|mejlis|kenesh|khural|seimas|saeima|riigikogu|sabor|skup[sš]tina|(?-i:Diet))")
# Verbs and nouns of consent: "approved", "accepted", "consented to", "gave its consent (assent, approval, green light) to".
_CONSENTED = (r"(?:approv(?:ed|es)|pass(?:ed|es)|endors(?:ed|es)|back(?:ed|s)|accept(?:ed|s)|adopt(?:ed|s)|okayed|cleared|ratifi(?:ed|es)"
              r"|rubber-?stamped|voted\s+through|signed\s+off\s+on|consented\s+to|assented\s+to"
              r"|g(?:ave|iven|ives)\s+(?:(?:its|their|the|final|formal|unanimous|overwhelming|\w+['’]s)\s+)*(?:consent|assent|approval"
              r"|green\s+light|nod|go-ahead|backing|endorsement)\s+to)")
# A legislature told consenting to the act, in either voice: "the parliament endorsed the agreement", "after both
# legislatures approved it", "the senate gave its consent to the treaty", "the agreement was accepted by Parliament",
# "the agreement was introduced to the Hungarian Parliament and was accepted".
_LEGISLATURE_CONSENTED = Hinted(re.compile(
    r"\b" + _LEGISLATURE + r"\b[^.;]{0,60}?\b" + _CONSENTED + r"\s+(?:it|them|(?:(?:the|a|an|its|their|this|that|both)\s+)?"
    r"(?:(?!" + _NOT_THE_ACT + r")[\w'’-]+\s+){0,6}?(?:" + _INSTRUMENT[3:-1] + r"|treat(?:y|ies)|ratification))\b"
    r"|\b(?:" + _INSTRUMENT[3:-1] + r"|treat(?:y|ies)|ratification)\b[^.;]{0,100}?\b(?:was|were|has\s+been|have\s+been|had\s+been)"
    r"\s+(?:(?:formally|unanimously|overwhelmingly|also|now|finally|duly)\s+)?" + _CONSENTED + r"\b(?=[^.;]{0,60}?\b"
    + _LEGISLATURE + r"\b)"
    r"|\b(?:" + _LEGISLATURE + r"\b[^.;]{0,80}?\b(?:" + _INSTRUMENT[3:-1] + r"|treat(?:y|ies))"
    r"|(?:" + _INSTRUMENT[3:-1] + r"|treat(?:y|ies))\b[^.;]{0,80}?\b" + _LEGISLATURE + r")\b[^.;]{0,80}?\b(?:was|were|has\s+been"
    r"|have\s+been|had\s+been)\s+(?:(?:formally|unanimously|overwhelmingly|also|now|finally|duly)\s+)?" + _CONSENTED + r"\b", _I),
    "parliament", "knesset", "duma", "senat", "congress", "assembly", "legislat", "lawmakers", "deputies", "mps", "majlis",
    "bundestag", "rada", "sejm", "federation council", "house", "chamber", "storting", "riksdag", "diet", "mazhilis",
    "mejlis", "kenesh", "khural", "seimas", "saeima", "riigikogu", "sabor", "skup")
# A legislature's consent as a noun: "parliamentary approval", "the Duma's approval", "the backing of both parliaments".
_CONSENT_NOUN = (r"(?:(?:parliamentary|congressional|legislative|senate|" + _LEGISLATURE + r"(?:['’]s?)?)\s+(?:final\s+|formal\s+)?"
                 r"(?:approval|consent|assent|backing|endorsement|nod|green\s+light)"
                 r"|(?:approval|consent|assent|backing|endorsement)\s+(?:of|by|from)\s+(?:the\s+|both\s+|its\s+|their\s+)?"
                 r"(?:[\w'’-]+\s+){0,3}?" + _LEGISLATURE + r")\b")
# That consent told obtained or given: "received parliamentary approval", "has won the backing of both parliaments",
# "the Duma's approval of the agreement came on Tuesday", "following its approval by the parliaments of both countries",
# "welcomed the approval by all three parliaments of the Convention".
_CONSENT_RECEIVED = Hinted(re.compile(
    r"\b(?:received|receives|won|wins|secured|secures|obtained|got|gained|clinched)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?" + _CONSENT_NOUN
    + r"|\b" + _CONSENT_NOUN + r"[^.;]{0,100}?\b(?:came|was\s+(?:given|granted|obtained|secured|announced|received))\b"
    r"|\b(?:following|after)\s+(?:its|their|the)\s+" + _CONSENT_NOUN
    # hailed as given: "welcomed the approval by all three parliaments of the Convention"
    + r"|\b(?:welcom|hail|celebrat|salut|not)(?:ed|es|ing)\s+the\s+" + _CONSENT_NOUN, _I),
    "approval", "consent", "assent", "backing", "endorsement", "nod", "green light")
# Each side's domestic procedures for the act told completed: its ratification ("have completed the domestic procedures
# required for the agreement", "completed their internal legal procedures").
_PROCEDURES_DONE = Hinted(re.compile(
    r"\b(?:completed|concluded|finished|fulfilled|finali[sz]ed)\s+(?:all\s+)?(?:the|their|its|both\s+sides['’]?)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:internal|domestic|national|ratification)\s+(?:legal\s+|legislative\s+|constitutional\s+)?(?:procedures|requirements"
    r"|formalities|processes)\b", _I), "procedures", "requirements", "formalities", "processes")
# A ratification the clause tells still outstanding: "Turkey has not yet ratified it", "is yet to be ratified by Togo",
# "awaits ratification by the other side", "still needs Togo's ratification".
RATIFICATION_OUTSTANDING = Opened(re.compile(
    r"\b(?:not|never|n[’']t|yet\s+to)\s+(?:yet\s+)?(?:been\s+|be\s+)?(?:\w+\s+)?ratif\w*(?![^.;]{0,60}?\buntil\b)"
    r"|\b(?:await\w*|pending|still\s+(?:requires?|needs?|awaits?))\s+(?:[\w'’-]+\s+){0,2}?ratification\b", _I))
# Entry into force still ahead in the clause: the consent told is a step before it ("will take effect once both
# parliaments have approved it").
_FORCE_AHEAD = Opened(re.compile(r"\b(?:will|shall|would|is to|are to|set to|due to|expected to)\s+(?:\w+\s+)?(?:enter|come|go|take)"
                                 r"\s+(?:into\s+)?(?:force|effect)\b", _I))
# One side's executive enacting it: a draft it sends on to the legislature ("the cabinet approved a bill to ratify").
_EXECUTIVE_BEFORE = re.compile(r"\b(?:cabinet|government|council of ministers|draft)\b", _I)
_DRAFT = re.compile(r"\bdrafts?\b", _I)
# A thing told done, or being done, under an instrument: "was launched into space on Friday under a bilateral program",
# "developed under the CBERS program", "is building the plant under an intergovernmental agreement", "have been working
# together for a decade under a memorandum", "cooperate on solar power under a memorandum", "announced new projects that
# are part of their initiative" (a participle, a past verb, the present progressive or perfect progressive, or the sides'
# cooperation in the present, a few words, then "under" or "that are part of" and the instrument).
_DONE_UNDER = Hinted(re.compile(
    r"\b(?:\w+ed|built|made|held|run|undertaken|carried\s+out|put|sent|begun|done|grown|won|set\s+up|(?:(?:is|are)|(?:has|have)"
    r"\s+been)\s+(?:now\s+|currently\s+|already\s+|jointly\s+)?(?:building|constructing|developing|operating|running|training"
    r"|supplying|funding|financing|conducting|exchanging|sharing|working|cooperating|co-operating|collaborating|partnering)"
    r"|(?:cooperate|co-operate|collaborate|work\s+together|work\s+jointly))\s+(?:[\w,'’-]+\s+){0,7}?"
    r"(?P<under>under|(?:that|which)\s+(?:are|is|were|was)\s+(?:all\s+|also\s+)?part\s+of)\s+(?:the|a|an|their|its|this|that|these"
    r"|both\s+countries['’]?)\s+(?P<name>(?:[\w().'’-]+\s+){0,6}?)"
    + r"(?P<act>" + _INSTRUMENT + r")\b(?P<after>[^.;]{0,40})", _I), "under", "part of")
# Words before a serving verb that put it ahead or deny it: "will be launched under", "did not sign a law to ratify".
_AHEAD_BEFORE = re.compile(r"\b(?:will|would|shall|could|(?-i:may)|might|should|must|to|not|never|n[’']t|yet|expected|set"
                           r"|due|plans?|planned|about)\s+(?:\w+\s+){0,2}$", _I)
# Another instrument in the clause, before or after the one served: what is concluded may be that instrument ("signed a
# memorandum under ...", "signed, under the framework of their partnership, three agreements"), and the clause tells it.
_INSTRUMENT_BEFORE = re.compile(r"\b(?:agreements?|accords?|pacts?|treat(?:y|ies)|deals?|memorand\w*|MoUs?|protocols?"
                                r"|contracts?|declarations?|statements?|road ?maps?|programmes?|programs?|initiatives?"
                                r"|partnerships?|frameworks?|charters?)\b", _I)
# The act served told as new, or as concluded in the same breath: "under a new agreement", "under the pact signed today".
_NEW_ACT = re.compile(r"\bnew\b|\b(?:to be\s+)?(?:signed|inked|sealed|concluded|reached|agreed|adopted|launched|established"
                      r"|set up|created)\b", _I)


_RATIFIED = (_RATIFYING_LAW, _LEGISLATURE_CONSENTED, _CONSENT_RECEIVED, _PROCEDURES_DONE)


def short_of_ratification(text: str, approved: re.Pattern) -> bool:
    """Whether a legislature's approval (approved) is told short of a ratification: beside a ratification still
    outstanding (one side's step), or at a reading before the last ("passed the bill in the first reading")."""
    return any(RATIFICATION_OUTSTANDING.search(text) or _NOT_FINAL.match(text, match.end())
               for match in approved.finditer(text))


# An act told in force by its entry or its running, not by a ratification: "entered into force", "took effect".
_ENTERED = re.compile(r"\b(?:(?:entered|came|went|put)\s+into\s+(?:force|effect)|took\s+effect|in\s+force\s+since)\b", _I)


def still_to_ratify(texts: list[str]) -> bool:
    """Whether an act's clauses tell a ratification still outstanding, or its entry into force still ahead, and none
    tells it entered into force: the ratification another clause tells ("The Duma approved it, but Turkey has not yet
    ratified it"; "... ratified it. The treaty will enter into force once Togo ratifies it") is one side's."""
    return (any(RATIFICATION_OUTSTANDING.search(text) or _FORCE_AHEAD.search(text) for text in texts)
            and not any(_ENTERED.search(text) for text in texts))


def act_served(text: str) -> bool:
    """Whether the clause tells something done that serves a standing act: a law enacted to ratify it, a legislature's
    consent to it, or a thing made or done under it (told done, not itself an instrument, the act not a new one)."""
    if RATIFICATION_OUTSTANDING.search(text) or _FORCE_AHEAD.search(text):
        ratified = False  # "the Duma approved it, but Turkey has not yet ratified it": one side's step, the act signed
    else:
        ratified = any(not (_AHEAD_BEFORE.search(text, max(0, match.start() - 40), match.start())
                            or (pattern is _RATIFYING_LAW and _EXECUTIVE_BEFORE.search(text, 0, match.start()))
                            or _DRAFT.search(match.group()) or _NOT_FINAL.match(text, match.end()))
                       for pattern in _RATIFIED for match in pattern.finditer(text))
    return ratified or done_under(text)


def done_under(text: str) -> bool:
    """Whether the clause tells a thing done, or work going on, under a standing act ("trained 300 engineers under the
    2016 agreement", "have been cooperating for a decade under a memorandum", "is building the plant under an agreement
    signed in 2010"): told done, not itself an instrument, the act not a new one (its making told as history,
    status_background.made_as_history, is older news). The act runs its own course, a memorandum too."""
    for match in _DONE_UNDER.finditer(text):
        if (_AHEAD_BEFORE.search(text, max(0, match.start() - 40), match.start())
                or _INSTRUMENT_BEFORE.search(text, 0, match.start("under"))
                or _INSTRUMENT_BEFORE.search(text, match.end("act"))
                or _NEW_ACT.search(match.group("name")) or ((made := _NEW_ACT.match(after := match.group("after").lstrip(" ,")))
                                                             and not made_as_history(after, made.start(), made.end()))):
            continue
        return True
    return False
