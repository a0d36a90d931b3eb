"""Shapes of real news English that tell an act's status beyond its clause's main verb (extraction rules, ours).

status.find_status reads the verb of concluding, planning or operating; this module then reads what such verbs miss:
  - a legislature approving or voting for an act: its ratification, so in force ("the Senate approved the treaty");
  - an act extended or prolonged: it is running ("extended its swap agreement for a further three years");
  - an act kept in force, or told as going on over a stretch of time up to now ("For 40 years, the agreement has ...");
  - documents exchanged at a ceremony: concluded ("signed it by exchanging the documents");
  - a clause telling what a definite act will do or holds ("The memorandum will build ...", "Under the accord, A will
    ...", "The roadmap includes plans for ..."): its content, not a plan still to be made, so no status of its own.
Each pattern is gated by words every match holds, as in status.py.
"""

from __future__ import annotations

import re
from functools import lru_cache

from techpact.extract.datelines import dateline_spans
from techpact.extract.gates import Hinted, folded
from techpact.extract.joint_activities import joint_activity_agreed
from techpact.extract.parties_asides import in_parties_aside  # "A and B, which have cooperated since 2010, signed"
from techpact.extract.status_approval import approved_by_executive
from techpact.extract.status_aspect import AIMED_BEFORE  # "to ensure that the agreement is operationalised": an aim
from techpact.extract.status_background import operating_now
from techpact.extract.status_contrast import signed_but_no_other, talks_go_on
from techpact.extract.status_gerunds import only_ahead_gerunds
from techpact.extract.status_offers import offered_to_another
from techpact.extract.status_other_object import ends_act
from techpact.extract.status_pledges import relations_raised
from techpact.extract.status_served import act_served, short_of_ratification
from techpact.ontology.vocabulary import STATUS_PRECEDENCE

_I = re.IGNORECASE
_IN_FORCE = "in-force"
_SIGNED = "signed"
_PLANNED = "planned"
_PROPOSED = "proposed"
_REJECTED = "rejected"
_ENDED = "ended"

# The instruments and undertakings these shapes take (a subset of status._ACT, without the loose "cooperation").
INSTRUMENT = (r"(?:agreements?|accords?|pacts?|treat(?:y|ies)|deals?|memorand(?:um|ums|a)|MoUs?|MoCs?|protocols?|partnerships?"
               r"|alliances?|conventions?|charters?|arrangements?|swap lines?|programmes?|programs?|frameworks?|roadmaps?"
               r"|road maps?|strateg(?:y|ies)|initiatives?|declarations?|documents?)")
# Words between a verb and its object that leave it an act ("approved the 2023 cooperation agreement with Peru"), but not a request, a draft or talks about one ("backed calls for a treaty", "approved a draft agreement").
_OBJECT_WORDS = (r"(?:(?!(?:calls?|plans?|proposals?|ideas?|talks|negotiations?|drafts?|resolutions?|motions?|requests?"
                 r"|demands?|bids?|invitations?|offers?|support|greetings|condolences|congratulations|welcome|thanks|help"
                 r"|assistance)\b)[\w'’-]+\s+){0,8}?")
_NEGATED_BEFORE = re.compile(r"\b(?:not|never|n[’']t|yet to|failed to|refused to|declined to)\s+(?:\w+\s+){0,2}$", _I)
_FUTURE_BEFORE = re.compile(r"\b(?:will|would|shall|could|(?-i:may)|might|should|must|to|expected to|set to|due to)\s+(?:\w+\s+)?$", _I)

# A legislature approving or voting for an act: its ratification ("Parliament approved the treaty with X",
# "lawmakers voted 80 to 13 in favour of the deal", "the Senate voted to ratify the pact").
_LEGISLATURE_APPROVED = Hinted(re.compile(
    r"\b(?:parliament|parliamentarians|knesset|duma|senate|senators|congress|national assembly|legislature|legislators|lawmakers"
    r"|deputies|MPs|majlis|bundestag|rada|sejm|federation council|(?:lower|upper) house|house of representatives)\b"
    r"[^.;]{0,60}?\b(?:approved|approves|passed|passes|endorsed|endorses|backed|backs"
    r"|vot(?:ed|es|ing)\s+(?:[\w-]+\s+){0,3}?(?:for|in favou?r of))"
    r"\s+(?:(?:the|a|an|its|their|this|that)\s+)?" + _OBJECT_WORDS + INSTRUMENT + r"\b"
    r"|\bvot(?:ed|ing)\s+(?:[\w-]+\s+){0,3}?to\s+(?:ratify|approve|endorse|back)\s+(?:(?:the|a|an|its|their|this|that)\s+)?"
    + _OBJECT_WORDS + INSTRUMENT + r"\b"
    # the same in the passive, the act as subject: "The agreement was approved by parliament"
    r"|\b" + INSTRUMENT + r"\b[^.;]{0,60}?\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:formally|unanimously|overwhelmingly"
    r"|also|now|finally)\s+)?(?:approved|passed|endorsed|backed)\s+by\s+(?:the\s+|its\s+|their\s+|both\s+|(?-i:[A-Z])[\w.’'-]*['’]s\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:parliaments?|knesset|duma|senate|congress|national\s+assembly|legislatures?|lawmakers|deputies|MPs"
    r"|majlis|bundestag|rada|sejm|federation\s+council|(?:lower|upper)\s+house|house\s+of\s+representatives)\b", _I),
    "parliament", "knesset", "duma", "senat", "congress", "national assembly", "legislat", "lawmakers", "deputies", "mps",
    "majlis", "bundestag", "rada", "sejm", "federation council", "lower house", "upper house", "house of representatives",
    "vot")
# An act extended: it runs on ("has extended its swap agreement", "the memorandum has been prolonged until 2030", "renewed
# the accord for another five years"; not "agreed to extend": the base form is still ahead; nor the simple past passive,
# "was extended in 2019", an event of its past told with its own time).
_EXTENDED = Hinted(re.compile(
    r"\b(?:extended|extends|prolonged|prolongs)\s+(?:(?:the|its|their|a|an|this|that)\s+)?" + _OBJECT_WORDS + INSTRUMENT + r"\b"
    r"|\b" + INSTRUMENT + r"\s+(?:has been|have been|is being)\s+(?:\w+ly\s+)?(?:extended|prolonged|renewed)\b"
    r"|\brenew(?:ed|s)\s+(?:(?:the|its|their|this|that)\s+)?" + _OBJECT_WORDS + INSTRUMENT
    + r"\s+(?:[\w-]+\s+){0,4}?for\s+(?:a\s+further|another|\w+\s+(?:more|further))\b", _I),
    "extend", "prolong", "renew")
# A joint system or body put into operation: running ("have operationalised their settlement system", "the joint
# station was commissioned in May", "became operational", "came online", "began operating", "has begun its work",
# "is applied provisionally"; "will be commissioned" is ahead).
_PUT_INTO_OPERATION = Hinted(re.compile(
    r"\b(?:operationali[sz](?:ed|es)|(?:was|were|been|is|are)\s+(?:\w+ly\s+)?commissioned(?!\s+(?:to|by)\b)|bec(?:ame|omes?) (?:fully\s+)?operational|c(?:ame|omes) (?:online|on stream"
    r"|into operation)|went (?:online|into operation)|(?:began|begun|begins|started|starts|commenced)[ \t\n]+(?:operati\w*"
    r"|functioning|(?:its|their) work)|(?:is|are)\s+(?:now\s+|already\s+)?functioning|(?:applied|applies)\s+provisionally"
    r"|provisionally\s+appl(?:ied|ies))\b", _I),
    "operationali", "commissioned", "operational", "online", "on stream", "into operation", " operati", "\noperati",
    "\toperati", "functioning",
    "its work", "their work", "provisionally")
# An entry into force presupposed by an occasion: "a statement on the occasion of the entry into force of the agreement",
# "to mark the treaty's entry into force", "since its entry into force" ("pending its entry into force" is ahead).
_ENTRY_MARKED = Hinted(re.compile(
    r"\b(?:occasion of|to mark|marks|marked|marking|celebrat\w+|since|anniversary of)\s+(?:the|its|their"
    r"|(?:[\w-]+\s+){1,3}?[\w-]+['’]s)\s+entry into (?:force|effect)\b", _I), "entry into")
# An entry into force awaited: the act is concluded, not yet running ("pending entry into force", "hope for an early
# entry into force of the agreement", "ahead of its entry into force").
_ENTRY_AWAITED = Hinted(re.compile(
    r"\b(?:pending|awaiting|await\w*|ahead of|before|prior to|early|earliest|speedy|swift|prompt|timely|rapid|quick)\s+"
    r"(?:(?:the|its|their)\s+)?entry into (?:force|effect)\b", _I), "entry into")
# An act taken up again: running once more ("resumed cooperation on satellites", "restored the suspended agreement",
# "revived their space partnership"; "resumed talks on a deal" is still a plan).
_RESUMED = Hinted(re.compile(
    r"\b(?:resum(?:ed|es|ing)|restor(?:ed|es|ing)|reviv(?:ed|es|ing)|reinstat(?:ed|es|ing)|unfroze|unfrozen|reactivat(?:ed|es|ing))\s+"
    r"(?:(?:the|its|their|a|an)\s+)?(?:(?!(?:talks|negotiations?|discussions?|consultations?)\b)[\w-]+\s+){0,3}?"
    r"(?:co-?operation|collaboration|dialogue|" + INSTRUMENT[3:-1] + r")\b", _I), "resum", "restor", "reviv", "reinstat", "unfro", "reactivat")
# Kept in force: "the extension will keep the agreement in effect".
_KEPT_IN_FORCE = Hinted(re.compile(r"\b(?:keep|keeps|kept|keeping)\s+(?:[\w'’-]+\s+){0,4}?in (?:force|effect)\b", _I),
                        "in force", "in effect")
# A stretch of time up to now leading a clause in the present perfect: "For more than 40 years, the agreement has ...".
_DURATIVE_PERFECT = Hinted(re.compile(
    r"^\W*(?:for|over|during)\s+(?:the\s+(?:past|last)\s+)?(?:(?:more than|nearly|almost|over|some|about|well over)\s+)?"
    r"(?:[\w-]+\s+)?(?:years|decades)\b[^.;]{0,100}?\b(?:has|have)\s+(?!not\b|never\b)(?P<verb>(?:been\s+)?\w+)", _I),
    "years", "decades")
# The act as the subject of a perfect told from a past event on: "Since then, the agreement has allowed ...", "The pact has
# since funded 40 projects", "It has since helped ..." (the event, its signing, told before).
_SINCE_THEN = Hinted(re.compile(
    r"^\W*(?:(?:since then|ever since)\s*,?\s*(?:the|this|that|their|its)\s+(?:[\w-]+\s+){0,3}?" + INSTRUMENT + r"\s+(?:has|have)\s+"
    r"|(?:(?:the|this|that|their|its)\s+(?:[\w-]+\s+){0,3}?" + INSTRUMENT + r"|it)\s+(?:has|have)\s+(?:since|ever since)\s+)"
    r"(?!not\b|never\b|been\s+(?!in\s+(?:force|effect|place|operation))"  # not "has since been praised", nor a reaction to it
    r"|(?:drawn|attracted|faced|sparked|prompted|raised|triggered|received|won|earned|come\s+under)\b)(?P<verb>\w+)",
    _I), "since")
# Perfects of talking, seeking or planning: years of them tell an act not yet made ("For years, they have discussed ...").
_TALKED = re.compile(r"(?:been\s+)?(?:discuss|negotiat|plan|sought|seek|tri|try|want|hop|talk|debat|consider|explor|push|call|urg"
                     r"|propos|offer|aim|prepar|lobb|work|eye|mull|wrangl|haggl|bargain|court|insist|demand|resist|refus|oppos|block)", _I)
_ACT_NAMED = Hinted(re.compile(r"\b" + INSTRUMENT + r"\b|\bco-?operation\b|\bcollaboration\b", _I),
                    "agree", "accord", "pact", "treat", "deal", "memorand", "mou", "moc", "protocol", "partnership",
                    "alliance", "convention", "charter", "arrangement", "swap line", "program", "framework", "road",
                    "strateg", "initiative", "declaration", "document", "operation", "collaboration")
# An act concluded in a past year and told as going on since: "launched in 2019, now employs 40 researchers", "the
# memorandum signed in 2017 remains the basis", "the agreement, signed in 2018, has helped double trade", "signed a
# pact on AI in 2019 and have since trained ...", "Since signing a pact in 2019, the two have ...".
_DATED_PAST = Hinted(re.compile(
    r"\b(?:launched|established|set up|signed|created|founded|concluded|inked|adopted|started|begun|began|opened|inaugurated"
    r"|agreed|forged|sealed|signing|inking)\s+(?:(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,3}?" + INSTRUMENT
    + r"(?:\s+[\w-]+){0,6}?\s+)?(?:in|back in)\s+"
    r"(?:(?-i:[A-Z])[a-z]+\s+)?(?:19|20)\d\d\b", _I), "19", "20")
_GOING_ON_SINCE = Hinted(re.compile(
    r"\b(?:has|have)\s+since\b|\b(?:now|still|currently|presently)\s+(?!(?:to|be|being|set|plan\w*|expect\w*|seek\w*)\b)\w+"
    r"|\b(?:remains?|continues? to)\b"
    r"|\b(?:has|have)\s+(?:\w+ly\s+)?(?!been\b|not\b|never\b|yet\b|agreed\b|decided\b|signed\b|announced\b)\w+(?:ed|wn|en|ght)\b", _I),
    "since", "now", "still", "currently", "presently", "remain", "continue", "has ", "have ")
_CONCLUDED = re.compile(r"\b(?:launched|established|set up|signed|created|founded|concluded|inked|adopted|started|begun|began"
                        r"|opened|inaugurated|agreed|forged|sealed|unveiled|struck|signing|inking)\b", _I)
# A present state of an act told outright: "the agreement currently covers ...", "Under the 2015 agreement, the two
# share ...", "are bound by a reciprocal access agreement", "went live in 2021", "the two banks run a joint platform",
# "are close partners" (not "are now partners", a partnership just formed).
_STANDING = Hinted(re.compile(
    # "currently covers", "at present links" (a present simple of what it does; not "is currently being translated")
    r"\b(?:currently|presently|at present)\s+(?!(?:is|was|has|does|being|under|in)\b)\w+(?<!s)s\b"
    r"|\bunder\s+(?:a|an|the|its|their)\s+(?:(?:19|20)\d\d|existing|current)\s+(?:[\w-]+\s+){0,3}?" + INSTRUMENT + r"\b"
    r"|\b(?:are|is|remain|remains)\s+(?:\w+\s+)?(?:bound by|partners in|parties to|signatories to)\s+(?:the|a|an|their|its)\b"
    r"|\b(?:are|remain)\s+(?:(?:close|key|long-standing|longstanding|strategic|important|major|natural|reliable|trusted|main|"
    r"principal|leading|comprehensive|all-weather|strong)\s+){0,3}partners\b(?!\s+(?:of|for|to)\s+(?:choice|the future)\b)"
    r"|\b(?:went|has gone|have gone|is|are)\s+live\b"
    # an act told as what the ties rest on: "the 2019 agreement remains the basis of their cooperation"
    r"|\b(?:remains?|is|has been)\s+(?:the\s+)?(?:legal\s+)?(?:basis|foundation|cornerstone|backbone)\s+(?:of|for)\b"
    r"|\b(?:run|runs|operate|operates|manage|manages|maintain|maintains)\s+(?:a|an|the|their|its)\s+(?:joint|common|shared)\b",
    _I), "currently", "presently", "at present", "under", "bound by", "partners", "parties to", "signatories to", "live",
    "joint", "common", "shared", "basis", "foundation", "cornerstone", "backbone")
# An offer taken up is agreed, to be done ("Togo accepted Ghana's offer to build"); one backed is still an offer.
_OFFER, _TO_DO = r"(?:proposals?|offers?|invitations?|ideas?|suggestions?|initiatives?)", r"\s+to\s+(?!(?:the|a|an|its|their|his|her)\b)(?-i:[a-z])"
_TAKEN_UP = re.compile(r"\b(?:accept|endors|approv)\w*\s+(?:(?:a|an|the)\s+)?(?-i:[A-Z])[\w.’'-]*(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?" + _OFFER + _TO_DO, _I)  # "a U.S. proposal to"
_ACCEPTED = Hinted(re.compile(
    r"\b(?:agreed to|agrees to|accept(?:ed|s|ing)?|took up|takes up|taken up|embraced|embraces|endorsed|endorses)"
    r"\s+(?:(?:a|an|the|its|their|his|her"
    r"|this|that)\s+|(?-i:[A-Z])[\w.’'-]*(?:['’]s)?\s+){0,2}(?:[\w.’'-]+\s+){0,2}?" + _OFFER + r"\b"
    r"|\b" + _OFFER + r"\s+(?:(?:was|were|has been|have been|had been)\s+)(?:\w+ly\s+)?(?:accepted|taken up|embraced)\b", _I),
    "agree", "accept", "took up", "takes up", "taken up", "embrace", "endorse")
# A readiness both sides voice together: their intention, not one side's offer ("Ghana and Togo expressed readiness to
# cooperate", "both sides are keen to work together"; "Ghana is ready to help Togo" stays an offer).
_MUTUAL_DISPOSITION = Hinted(re.compile(
    r"^\W*(?:[^,;:]{0,80}?\band\s|(?:both|the)\s+(?:two\s+|three\s+)?(?:sides|countries|nations|parties|leaders|governments"
    r"|presidents|ministers)\b|they\b)[^,;:]{0,60}?\b(?:(?:sought|seek|are seeking|were seeking)\s+to\b"  # "A and B sought to set up"
    r"|(?:expressed|voiced|reaffirmed|confirmed|declared|are|were|stand|stood"
    r"|remain)\s+(?:(?:their|a|an|mutual|strong|full|firm|also|both|all)\s+)*(?:readiness|willingness|ready|willing|keen|eager"
    r"|prepared|open)\b)", _I), "readiness", "willingness", "ready", "willing", "keen", "eager", "prepared", "open", "sought", "seek")
_ONE_SIDE_OFFER = re.compile(r"\b(?:propos\w*|offer\w*|urg\w+|call(?:ed|s)? (?:for|on)|invit\w+|asked|requested|suggest\w*)\b", _I)
# Agreeing on an action still to be taken, told as a noun or a need: planned ("agreed on the establishment of a joint
# working group", "reached consensus on the setting up of a laboratory", "agreed on the need to strengthen cooperation",
# "agreed on steps to expand"; not "agreed on a roadmap", an instrument agreed).
_AGREED_ON_ACTION = Hinted(re.compile(
    r"\b(?:agreed|agrees|agree|reached\s+(?:a\s+)?consensus)\s+(?:on|upon)\s+(?:the\s+)?(?:(?:establishment|creation|formation"
    r"|setting up|launch(?:ing)?|development|holding|signing|conclusion|drafting|preparation|opening|building|construction"
    r"|organi[sz]ation|elaboration)\s+of|(?:need|necessity|importance)\s+(?:to|of|for)|(?:further\s+|concrete\s+|practical\s+)?"
    r"(?:steps|ways|measures|means|plans?)\s+(?:to|for))\b", _I), "agree", "consensus")
_INFINITIVE = re.compile(r"\bto\s$", _I)  # the action agreed on, after it: "agreed on the need to establish"
# A proposal told as the origin of what the sides agreed: their plan ("agreed to set up a fund proposed by Ghana",
# "Following a Ghanaian proposal, the two agreed to ...", "At Ghana's suggestion, the two will ...", "Ghana proposed a
# fund, and Togo agreed").
_PROPOSAL_TAKEN = Hinted(re.compile(
    r"\b(?:proposed|suggested|put forward|offered)\s+by\b|\b(?:following|after|at|on|upon)\s+(?:(?:a|an|the|its|their)\s+|"
    r"(?-i:[A-Z])[\w.’'-]*['’]s\s+)?(?:[\w-]+\s+)?(?:proposal|suggestion|initiative|request|invitation)\b"
    r"|,?\s+and\s+(?:(?-i:[A-Z])[\w.’'-]*|the other side|they|it)\s+(?:readily\s+|quickly\s+)?(?:agreed|accepted)\b"
    r"|\b(?:proposal|offer|suggestion|initiative|idea)s?\b[^.;]{0,60}?\band\s+(?:(?:also|readily)\s+)?(?:agreed|decided)\b", _I),
    "by", "proposal", "suggestion", "initiative", "request", "invitation", "agreed", "accepted")
_AGREEING = re.compile(r"\b(?:agreed|agree|agrees|decided|will|shall|accepted)\b", _I)
_FUTURE_IN_CLAUSE = re.compile(r"\b(?:will|would|shall|going to|plans? to|aims? to|set to|expected to|intends? to)\b", _I)
# An act stopped, told by verbs the status rules lack: ended ("paused its cooperation with", "the project was put on ice",
# "has been mothballed", "walked out of the agreement", "the deal fell through", "ceased to be in force").
_STOPPED = Hinted(re.compile(
    r"\b(?:paus(?:ed|es|ing)\s+(?:(?:its|their|the|all)\s+)?(?:[\w-]+\s+){0,3}?(?:co-?operation|collaboration|participation|"
    + INSTRUMENT[3:-1] + r")|(?:put|puts|putting)\s+(?:[\w-]+\s+){0,4}?on ice|mothball(?:ed|s|ing)"
    r"|walk(?:ed|s)? (?:out of|away from)\s+(?:(?:the|its|their|a|an)\s+)?(?:[\w-]+\s+){0,3}?(?:co-?operation|talks|"
    + INSTRUMENT[3:-1] + r")|f(?:ell|alls|allen) (?:through|apart)(?!\s+the\b)|ceas(?:ed|es) to (?:be in (?:force|effect)|be valid|apply|exist))\b", _I),
    "paus", "on ice", "mothball", "walk", "fell", "falls", "fallen", "ceas")
# A refusal told by a phrase the status rules lack: "ruled out joining the initiative", "reversed its decision to join",
# "backtracked on its pledge to sign".
_RULED_OUT = Hinted(re.compile(
    r"\brul(?:ed|es|ing) out\s+(?:(?:any|a|an|the|new|further)\s+)?(?:(?!(?:to|of|on|with|for|by)\b)[\w-]+\s+){0,3}?(?:joining|signing|membership"
    r"|participation|participating|deals?|agreements?|pacts?|treaty|treaties|memorand\w*|talks|cooperation)\b|\b(?:revers\w+|backtrack\w*(?:\s+on)?|went back on|goes back on)\s+(?:its|their|his|her|the)\s+"
    r"(?:decision|pledge|promise|plan|commitment)\s+to\s+(?:join|sign|participate|take part|accede)\b", _I),
    "rul", "revers", "backtrack", "back on")

# Documents exchanged at a ceremony: "by exchanging the documents", "were seen exchanging the memoranda".
_EXCHANGING = Hinted(re.compile(r"\bexchanging\s+(?:(?:the|a|an|their|its|two|signed)\s+){0,2}(?:[\w-]+\s+){0,2}?"
                                r"(?:documents?|memorand(?:um|ums|a)|MoUs?|agreements?|instruments?|notes|protocols?|texts?)\b", _I),
                     "exchanging")
# A new act held: just concluded ("Ghana and Togo have a new agreement on data"; "have an agreement" is in force).
_HAVE_NEW = Hinted(re.compile(r"\b(?:have|has|had|got)\s+(?:a|an)\s+(?:new|fresh)\s+(?:[\w-]+\s+){0,3}?" + INSTRUMENT + r"\b", _I),
                   "new", "fresh")
# The parties named as an act's signatories: it is signed ("the Bank of Korea and the Bank of Italy, the two signatories,
# have agreed to ...", "signatories to the accord"; not "potential signatories", nor a letter's signatories).
_SIGNATORIES = Hinted(re.compile(
    r"\b(?:the|both)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+signatories\b"
    r"|(?<!potential )(?<!prospective )(?<!future )(?<!possible )(?<!would-be )\bsignator(?:y|ies)\s+(?:of|to)\s+(?:the|this|that)\s+"
    r"(?:[\w-]+\s+){0,4}?" + INSTRUMENT + r"\b", _I), "signator")
# An instrument agreed to or arrived at, told by phrases the status rules lack: concluded ("agreed to a framework on data",
# "agreed on Thursday to a framework accord",
# "agreed to the terms of the deal", "came to an agreement", "arrived at a consensus on a roadmap", "settled on a deal",
# "nailed down a deal", "wrapped up talks with a deal"; "agreed to cooperate" and "agreed to a proposal" stay plans).
_ARRIVED_AT = Hinted(re.compile(
    r"\b(?:agreed|agrees)\s+(?:(?:on\s+)?\w+day\s+|last\s+(?:week|month)\s+|earlier\s+this\s+(?:week|month)\s+)?to\s+(?:(?:the|a|an|its|their|this|that|new|two|three|several|\d+)\s+)+(?:terms\s+of\s+(?:the\s+)?)?"
    r"(?:[\w-]+\s+){0,3}?" + INSTRUMENT + r"\b"
    r"|\b(?:c(?:a|o)me|comes|coming)\s+to\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:agreement|deal|understanding|accord)\b"
    r"|\barriv(?:ed|es|ing)\s+at\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:agreement|deal|understanding|accord|consensus)\b"
    r"|\b(?:settled|nailed down|wrapped up talks with|concluded talks with)\s+(?:on\s+)?(?:an?|the)\s+(?:[\w-]+\s+){0,2}?"
    + INSTRUMENT + r"\b", _I),
    "agreed", "agrees", "came to", "come to", "comes to", "coming to", "arriv", "settled", "nailed down", "wrapped up",
    "concluded talks")
# A clause telling what a definite act will do or holds: its subject the act, its verb a future or a verb of containing
# ("The memorandum will build ...", "In the MoU, A and B agreed to ...", "As part of the deal, A will ..."),
# (not a passive, "will be signed", nor a verb of concluding or entering into force, which keep their statuses).
# An act named as not yet made: "the planned agreement", "the draft treaty", "the proposed deal" (what it will do is still a plan).
_MADE = (r"(?!(?:[\w-]+\s+){0,2}?(?:planned|draft|proposed|future|envisaged|prospective|potential|possible|expected|upcoming|mooted"
         r"|forthcoming|impending)\b)")
# The parties an act is between, told after its noun: "the agreement between Chile and Peru will boost ...".
_BETWEEN = r"(?:\s+of\s+(?:understanding|cooperation|intent))?(?:\s+(?:between|with|among)\s+[^;.:]{1,80}?)?"
# A new act told by what it will do or is meant to do: just made ("A new security pact between A, B and C will speed up
# ...", "A new memorandum between A and B aims to boost ..."; not "a new agreement would be needed" or "would allow": a
# hypothetical one, nor "a new deal will be signed", "is expected to be signed").
_NEW_ACT_DOING = Hinted(re.compile(
    r"^\W*(?:an?|(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*){0,2}['’]s)\s+new\s+" + _MADE + r"(?:[\w-]+\s+){0,3}?" + INSTRUMENT + _BETWEEN
    + r"\s+(?:will\s+(?!be\b|have\b|not\b|need|require|enter|come|take effect|expire|lapse)\w+"
    r"|(?:aims|seeks|is (?:designed|intended|meant|expected))\s+to\s+(?!be\b)\w+)", _I), "new")
_CONTENT = Hinted(re.compile(
    r"^\W*(?:(?:under|in|as part of|as per|according to|thanks to|through|via|by virtue of|in line with)\s+(?:the|this|that|its|their)\s+(?:new\s+)?" + _MADE
    + r"(?:[\w-]+\s+){0,3}?" + INSTRUMENT + r"\b[^,;]{0,80},"
    r"|(?:the|this|that|its|their)\s+(?:new\s+)?" + _MADE + r"(?:[\w-]+\s+){0,3}?" + INSTRUMENT + _BETWEEN
    + r"\s+(?:(?:will|would|shall)\s+(?!be\b|have\b|not\b|enter|come|take effect|expire|lapse)\w+"
    r"|aims to|seeks to|is (?:designed|intended|meant) to|includes|entails|envisages|envisions|provides for|covers|outlines"
    r"|sets out|foresees|contains|stipulates|lays out)\b)", _I),
    "under", "in ", "as part of", "as per", "according to", "thanks to", "through", "via", "by virtue", "in line", "the ", "this ",
    "that ", "its ", "their ")
# The act itself told as still being made: "the agreement, still under negotiation, covers ..." (its own status, not content).
_UNMADE_TOLD = re.compile(r"\b(?:under (?:negotiation|discussion|consideration|development|preparation)"
                          r"|being (?:negotiated|drafted|prepared|discussed|worked out))\b", _I)
_CONCLUDING = re.compile(r"\b(?:sign\w*|ink\w*|conclu\w+|finali[sz]\w+|ratif\w+|adopt\w*|approv\w+|into (?:force|effect)"
                         r"|take effect|takes effect|expir\w+|laps\w+|terminat\w+|suspend\w*|withdr\w+)\b", _I)


def _beats(status: str, best: str | None) -> bool:
    return best is None or STATUS_PRECEDENCE[status] < STATUS_PRECEDENCE[best]


# The shapes of an act running, read as one pattern (each is told only with no negation or future before it).
_RUNNING_SHAPES = (_LEGISLATURE_APPROVED, _EXTENDED, _PUT_INTO_OPERATION, _RESUMED, _KEPT_IN_FORCE)
_RUNNING = Hinted(re.compile("|".join(f"(?:{shape.pattern.pattern})" for shape in _RUNNING_SHAPES), _I),
                  *dict.fromkeys(word for shape in _RUNNING_SHAPES for word in shape.words))


def told(pattern: Hinted, text: str) -> bool:
    """Whether pattern matches text with no negation, future or aim ("to ensure that") just before it."""
    for match in pattern.finditer(text):
        before = text[max(0, match.start() - 30):match.start()]
        if not _NEGATED_BEFORE.search(before) and not _FUTURE_BEFORE.search(before) and not AIMED_BEFORE.search(text, max(0, match.start() - 90), match.start()):
            return True
    return False


def refine(text: str, best: str | None) -> str | None:
    """The status find_status read from text (best) once the shapes of this module are read too."""
    if best == _REJECTED and signed_but_no_other(text):
        return _SIGNED  # "signed an MoU but did not sign any agreement": the MoU is signed
    if best == _REJECTED or not text:
        return _PLANNED if best == _REJECTED and talks_go_on(text) else best  # "did not reach a deal but are to continue talks"
    if told(_RULED_OUT, text):
        return _REJECTED  # "Ghana ruled out joining the initiative"
    if best == _IN_FORCE:
        return best
    if _beats(_ENDED, best) and told(_STOPPED, text) and ends_act(_STOPPED, text):
        return _ENDED  # "Ghana paused its cooperation with Togo", "the deal fell through"
    if _beats(_IN_FORCE, best) and ((told(_RUNNING, text) and not short_of_ratification(text, _LEGISLATURE_APPROVED))
                                    or _ENTRY_MARKED.search(text) or _lasted(text, best) or _goes_on(text, best)):
        return _IN_FORCE  # (not a legislature's step short of ratifying it)
    if best in (None, _SIGNED, _PLANNED) and operating_now(text):
        return _IN_FORCE  # "the accord, signed in 2014, governs ...", "approved extending the pact until 2030": running
    if (best is None or best == _SIGNED) and act_served(text):
        return _IN_FORCE  # "signed a law to ratify the pact", "a satellite launched under their programme": the act stands
    if (best == _SIGNED and _AGREED_ON_ACTION.search(text) and _only_concluding(text)) or (best in (None, _SIGNED) and joint_activity_agreed(text)):
        return _PLANNED  # "agreed on the establishment of a joint fund", "agreed on joint patrols": still to be done
    if (best is None or best == _SIGNED and _only_concluding(text)) and approved_by_executive(text):
        return _PLANNED  # "The cabinet approved an MoU with Chile": one side's domestic step, the signing not told
    if best == _SIGNED and _gerunds_ahead(text):
        return _PLANNED  # "agreed to focus on launching joint projects", "talked about signing a deal": ahead
    if best == _PROPOSED and _opening(_MUTUAL_DISPOSITION, text) and not _ONE_SIDE_OFFER.search(text):
        return _PLANNED  # "Ghana and Togo expressed readiness to cooperate": both sides' intention
    if best == _PROPOSED and _PROPOSAL_TAKEN.search(text) and _AGREEING.search(text):
        return _PLANNED  # "the two agreed to set up a fund proposed by Ghana": the proposal taken up
    if (best == _PROPOSED and told(_ACCEPTED, text)) or (best == _SIGNED and _TAKEN_UP.search(text)):
        return _PLANNED  # "Togo accepted (endorsed, approved) Ghana's offer to build a data centre": agreed, not yet done
    if best in (None, _PLANNED) and offered_to_another(text):
        return _PROPOSED  # "Ghana intends to help Togo build a data centre", "Ghana can help Togo": one side's offer
    if _beats(_SIGNED, best) and _ENTRY_AWAITED.search(text):
        return _SIGNED  # "the treaty is pending entry into force": concluded, not yet running
    if _beats(_SIGNED, best) and told(_ARRIVED_AT, text):
        return _SIGNED  # "Ghana and Togo agreed to a framework on data sharing", "came to an agreement"
    if _beats(_SIGNED, best) and _SIGNATORIES.search(text):
        return _SIGNED  # "A and B, the two signatories, have agreed to work together": the act is signed
    if best is None and (told(_EXCHANGING, text) or told(_HAVE_NEW, text)):
        return _SIGNED
    if best in (None, _PLANNED) and relations_raised(text):
        return _SIGNED  # "U.S., Vietnam partnership raised to top level": the upgrade is made
    if best == _PLANNED and _opening(_NEW_ACT_DOING, text) and not _CONCLUDING.search(text):
        return _SIGNED  # "A new security partnership between A, B and C will accelerate ...": the act is made
    if (best == _PLANNED and " " in folded(text) and _opening(_CONTENT, text) and not _CONCLUDING.search(text)
            and not _UNMADE_TOLD.search(text)):
        return None  # "The memorandum will build a shared understanding": what the act holds, told ahead of nothing
    return best


def _goes_on(text: str, best: str | None) -> bool:
    """Whether text tells a standing act: concluded in a past year and going on since, or told in a present state
    (with no other status said, and nothing ahead)."""
    if best == _SIGNED and _DATED_PAST.search(text) and len(_CONCLUDED.findall(text)) == 1:
        since = _GOING_ON_SINCE.search(text, _DATED_PAST.search(text).end()) or _GOING_ON_SINCE.search(text)
        return bool(since) and not _FUTURE_IN_CLAUSE.search(text) and not in_parties_aside(text, since.start())  # not theirs
    return best is None and bool(_STANDING.search(text)) and not _FUTURE_IN_CLAUSE.search(text) and bool(
        _ACT_NAMED.search(text) or "joint" in folded(text) or " live" in folded(text) or "partners" in folded(text))


def _gerunds_ahead(text: str) -> bool:
    """Whether the clause's only cues of concluding are gerunds governed by a word of intent or talk."""
    return only_ahead_gerunds(text, list(_concluding(text)))


def _only_concluding(text: str) -> bool:
    """Whether the clause's one cue of concluding is its agreeing on an action (no "and signed a memorandum" beside it;
    an infinitive, "agreed on the need to establish", is the action agreed on)."""
    return len([start for start, _ in _concluding(text) if not _INFINITIVE.search(text, max(0, start - 4), start)]) == 1


@lru_cache(maxsize=16)  # refine may ask twice of one clause
def _concluding(text: str) -> tuple[tuple[int, int], ...]:
    """Where the clause's cues of concluding (the signed rules) stand."""
    from techpact.extract.status import SIGNED  # the signed rules; imported here as status.py imports this module
    return tuple(match.span() for match in SIGNED.finditer(text))


def _lasted(text: str, best: str | None) -> bool:
    """Whether the clause tells an act going on over a stretch of time up to now ("For more than 40 years, the agreement
    has seen cooperation ...", "Since then, the pact has funded 40 projects"): with no other status said, or only a plan or offer told after a perfect that is not one
    of talking or planning."""
    since = _SINCE_THEN.match(_after_dateline(text)) if best is None else None
    if since and not _TALKED.match(since.group("verb")):
        return True  # "Since then, the agreement has allowed millions of transfers": running
    lasted = _opening(_DURATIVE_PERFECT, text)
    if not lasted or not _ACT_NAMED.search(text):
        return False
    return best is None or (best in (_PLANNED, _PROPOSED) and not _TALKED.match(lasted.group("verb")))


def _opening(pattern: Hinted, text: str) -> re.Match | None:
    """pattern matched at the clause's start after its dateline (the dateline is looked for only where the clause holds one
    of the pattern's words: the stretch after it holds them too, or the pattern cannot match)."""
    return pattern.match(_after_dateline(text)) if pattern.may_hold(text) else None


_AGENCY_TAIL = re.compile(r"[\s.]*(?:/[^/\n]{1,20}/\.?\s*)?")


@lru_cache(maxsize=256)  # a clause is read by several shapes
def _after_dateline(text: str) -> str:
    """The clause after a dateline that opens it ("BUENOS AIRES (Reuters) - ", "MOSCOW, May 4. /TASS/. "), for the shapes
    told at a clause's start."""
    if not text[:1].isupper():
        return text
    spans = dateline_spans(text[:80])
    if not spans or spans[0][0] != 0:
        return text
    return text[_AGENCY_TAIL.match(text, spans[0][1]).end():]
