"""The words that signal cooperation, its kind and its status: extraction rules, ours.

Each pattern is a general English construction found in reporting on interstate
cooperation, not a sentence of any one article.
"""

from __future__ import annotations

import re
from functools import lru_cache

from techpact.extract.gates import Alternation, Hinted, Opened
from techpact.extract.group_phrases import BOTH_PARTIES, GROUP_PHRASE
from techpact.extract.kind_nouns import KIND_WORDS, MORE_KIND_CUES, UNNAMED_KINDS
from techpact.extract.kind_undertakings import UNDERTAKING_CUES, UNDERTAKING_WORDS
from techpact.extract.status import (  # noqa: F401  (the status rules live in status.py; read through cues too)
    BLOC_DESCRIBED, ENDED, EPISTEMIC_THAT, FUTURE_ISSUE, HEDGED, IN_EFFECT, IN_FORCE, NEGATED, ONGOING, PLANNED, PROPOSED, SIGNED, find_status,
)
from techpact.extract.first_chars import quick_start

_I = re.IGNORECASE

# Kind nouns, most specific first; the first one found in a clause names its kind.
KIND_CUES: list[tuple[str, re.Pattern]] = [
    ("mou", re.compile(r"\bmemorand(?:um|ums|a)\b(?: of (?:understanding|cooperation|intent))?|\bMoUs?\b|\bMOUs?\b|\bletters? of intent\b", _I)),
    ("treaty", re.compile(r"\b(?<!committee on )(?<!commission on )treat(?:y|ies)\b", _I)),  # (not a body's name: "committee on treaties")
    ("joint-statement", re.compile(r"\bjoint (?:[\w-]+\s+)?(?:statement|communiqu[eé])s?\b|(?-i:\b[A-Z][\w-]+(?<=s)['’]? Statements?\b)"
                                   # a statement the parties adopt or issue (not "said in a statement")
                                   r"|\b(?:adopted|issued|released|approved|agreed on|signed|endorsed)\s+(?:a|an|the)\s+(?!joint\b)(?:[\w-]+\s+)?statements?\b(?!\s+of\s+intent)"
                                   # several, with no article: "the council adopted statements on AI and on water"
                                   r"|\b(?:adopted|issued|released|approved)\s+(?:two |three |four |several )?statements\s+on\b"
                                   # told in the passive: "the statement on digital cooperation was issued"
                                   r"|\bthe\s+(?:[\w-]+\s+){0,2}?statements?\s+(?:[\w-]+\s+){0,6}?(?:was|were)\s+(?:issued|adopted|released|approved)\b"
                                   # after its noun: "a statement adopted following the meeting", "the statement issued after the talks"
                                   r"|\b(?:a|the)\s+(?:[\w-]+\s+)?statements?\s+(?:adopted|(?:issued|released)\s+(?:following|after|at the end of)\s+the\s+(?:[\w-]+\s+)?(?:meeting|talks|summit))\b"
                                   r"|\bcommuniqu[eé]s?\b", _I)),
    # (a vision the sides set down: "A Shared Vision on the India-Bangladesh Green Partnership", "the Joint Strategic Vision")
    ("declaration", re.compile(r"\bdeclarations?\b|\bhereby declare\b|\b(?-i:(?:Shared|Joint|Common)\s+(?:[A-Z][\w-]*\s+){0,2}?Vision)\b", _I)),
    ("working-group", re.compile(r"\bworking groups?\b|\btask forces?\b|\b(?:joint|intergovernmental) (?:[\w-]+\s+){0,3}?commissions?\b|\bjoint (?:[\w-]+\s+){0,3}?committees?\b"
                                 r"|\bexpert (?:groups?|teams?|panels?)\b|\b(?:teams?|groups?|panels?) of experts\b|\b(?:consultative|coordinating|coordination|intergovernmental)\s+(?:body|council|committee|mechanism)\b"
                                 r"|\b(?:monitoring|steering)\s+(?:groups?|committees?)\b", _I)),  # "a regular monitoring group which will review progress"
    # (not the idiom "to take the initiative": acting first, no instrument)
    ("initiative", re.compile(r"\b(?<!take )(?<!takes )(?<!took )(?<!taking )(?<!take the )(?<!took the )(?<!taking the )"
                              r"initiatives?\b|\bstrateg(?:y|ies)\b|\broad ?maps?\b|\b(?:action|work|implementation) plans?\b|\bplans? of action\b|\bdialogue mechanisms?\b|\bjoint (?:[\w-]+\s+){0,3}?(?:centres?|centers?|laborator(?:y|ies)|labs?|projects?|ventures?|programmes?|programs?|plants?|facilit(?:y|ies)|institutes?|funds?)\b|\bprogram(?:me)?s? of cooperation\b"
                               r"|\b(?:platforms?|dialogues?)\b(?!\s+partners?\b)"  # and one named by its two sides: "the China-Brazil satellite programme"
                               r"|\b(?-i:[A-Z])[\w.]+[-–](?-i:[A-Z])[\w.]+\s+(?:[\w-]+\s+){0,3}?(?:programmes?|programs?)\b", _I)),
    ("partnership", re.compile(r"\bpartnerships?\b|\balliances?\b", _I)),
    # the offer itself named: "a Chinese proposal for a joint fund", "rejected an offer to build"
    ("proposal", re.compile(r"\bproposals?\b|\boffers?\b(?=\s+(?:to|of|for|from)\b)", _I)),
    ("agreement", re.compile(r"\bconclud(?:e|es|ed|ing)\s+(?:[\w-]+\s+){0,3}?(?:talks|negotiations)\b|\bagreements?\b|\baccords?\b|\bdeal(?:(?<=\bclose to deal)|(?<=\bcloser to deal)|(?<=\bagree to deal)|(?<=\bagreed to deal)|(?<=\bagrees to deal)|(?<=\bnear to deal)|(?<!\bto deal))(?<!\bmust deal)(?<!\bcan deal)(?<!\bwill deal)(?<!\bshould deal)(?<!\bcould deal)(?<!\bwould deal)s?\b|\bpacts?\b|\bprotocol(?<!\bdiplomatic protocol)s?\b(?!\s+(?:officials?|officers?|department|chief|office|division|staff|reasons|rules|order|demands)\b)|\bcontracts?\b|\bexchanges? of (?:diplomatic )?notes\b|\bswap['’]?\s+lines?\b|\bcurrency swaps?\b"
                              r"|\b(?:administrative|implementing|working|technical|cooperative|cooperation|framework)\s+arrangements?\b"
                              # talks towards a trade agreement: "free trade negotiations between A and B"
                              r"|\bfree[- ]trade\s+(?:talks|negotiations)\b"
                              r"|\b(?:cooperation |bilateral |\d+ |several |\w+teen |twenty[\w-]* )documents\b"
                              # a framework as the thing signed or agreed on: "signed a bilateral framework for critical minerals", "have agreed on a financing and investment framework"
                              r"|\b(?:sign(?:ed|s|ing)?|ink(?:ed|s)?|conclud(?:ed|es|ing)|seal(?:ed|s)?|agreed\s+(?:on|upon)|adopt(?:ed|s)|endors(?:ed|es)|finali[sz](?:ed|es))\s+(?:of\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?frameworks?\b(?!\s+(?:of|for)\s+(?:the\s+)?(?:talks|negotiations|meetings?|visits?|summits?))", _I)),
]


# Verbs that name the kind when no kind noun does: "have partnered with" is a partnership.
# (a standing in a bloc, or a trade statistic, is no partnership: "became a dialogue partner in the SCO", "A is B's
# largest trading partner in the Middle East")
PARTNERING = re.compile(r"\b(?:(?<!dialogue )(?<!observer )(?<!trading )(?<!trade )(?<!business )(?<!commercial )"
                        r"partner(?:ed|ing|s)? (?:with|on|in)|team(?:ed|s|ing)? up with"
                        # told as existing: "The EU and ASEAN have been strategic partners since 2020"
                        r"|(?:have|has|had)\s+(?:long\s+)?been\s+(?:(?!(?:trading|trade|business|commercial)\b)[\w-]+\s+){0,2}?"
                        r"partners\b(?!\s+in\s+crime))", _I)

# Verbs and phrases of cooperation that carry no kind noun.
COOPERATION = re.compile(
    r"\b(?:cooperat\w*|co-operat\w*|collaborat\w*|work(?:ing)? together|partner(?:ed|ing|s)? with|team(?:ed)? up"
    r"|join(?:ed)? forces|jointly|joint (?:efforts?|development|research|work)|bilateral ties in"
    # one state helping another build: "Russia will help Egypt build its first nuclear plant", "Japan will assist
    # Thailand in developing a centre"
    r"|(?:help|assist|support)(?:s|ed|ing)?\s+(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*)){0,2}\s+(?:to\s+|in\s+|with\s+)?"
    r"(?:build|develop|set up|setting up|establish|launch|construct|moderni[sz])\w*"
    # joining their systems up: "to link their fast payment systems", "will integrate their respective power grids"
    r"|(?:inter)?(?:link|connect|integrat)\w*\s+(?:their|the two|both)\s+(?:respective\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:systems?|networks?|grids?|platforms?|infrastructures?|interfaces?)|agree[ds]?\s+to\s+(?:hold|convene)\s+(?:an?\s+)?(?:(?:annual|yearly|regular|biennial)\s+(?:[\w-]+\s+){0,3}?(?:summits?|meetings?)|(?:[\w-]+\s+){0,3}?(?:summits?|meetings?)\s+(?:every\s+(?:year|two\s+years|\w+\s+years)|annually|regularly|biennially|each\s+year)))\b",  # "agreed to hold a summit every two years"
    _I,
)

# Sides agreeing on a thing of a technology sector is an act even with no cooperation word: "agreed on a data cable".
AGREED_ON = Hinted(re.compile(r"\bagreed\s+(?:in principle\s+|with\s+(?:[\w-]+\s+){1,4}?)?(?:on|upon|to)\b|\breached\s+(?:a\s+)?consensus\s+on\b", _I),
                  'agreed', 'consensus')

# What a bloc does as one when it decides: "G7 ministers agreed to align rules", "the AU adopted a strategy".
DECISION = Hinted(re.compile(
    r"\b(?:agreed|agree|adopted|adopts|endorsed|endorses|approved|approves|decided to|decides to|resolved to|launched|launches|launching"
    r"|committed to|commits to|pledged|pledges|plans to|planned to|intends to|aims to|(?:is|are|has been|have been) (?:jointly )?working (?:on|to|together)"
    # told ahead, or by a plural subject: "G7 ministers will adopt a plan", "are set to adopt", "ministers plan to launch"
    r"|(?:will|shall|to)\s+(?:formally\s+|jointly\s+)?(?:adopt|endorse|approve|launch)|(?<!\ba )(?<!\bthe )(?:plan|intend|aim|decide|resolve|pledge) to)\b", _I),
    'agree', 'adopt', 'endorse', 'approve', 'decide', 'resolve', 'launch', 'commit', 'pledge', 'plan', 'intend', 'aim', 'working')
# A proposal that others do something: what follows is what is proposed, not what was done ("proposed that BRICS
# countries set up an exchange").
PROPOSAL_THAT = Hinted(re.compile(r"\b(?:propos|suggest|recommend|urg)\w*\s+(?:to\s+(?:[a-z]+\s+){0,2}?(?-i:[A-Z])[\w-]*(?:\s+[\w-]+){0,2}?\s+)?that\b(?!" + EPISTEMIC_THAT + r")(?!\s+(?:[\w.’'-]+\s+){1,4}?(?:should\s+)?(?:ratify|implement)\b)", _I),  # (not "that X ratify the treaty": made)
                       "propos", "suggest", "recommend", "urg")
# ... or with its "that" left out, the sides the subject of a bare verb ("will propose the two sides sign an agreement").
PROPOSAL_BARE = Hinted(re.compile(r"\b(?:propos|suggest|recommend)\w*\s+(?:the\s+two|both|all\s+three|the\s+three)\s+(?:sides|countries"
                                  r"|nations|states|parties|governments)\s+(?:should\s+)?(?:jointly\s+)?(?:sign|conclude|ink|set\s+up|establish"
                                  r"|create|build|develop|launch|form|adopt|open|hold|start|work|cooperate|co-operate)\b", _I),
                       "propos", "suggest", "recommend")


def proposes_others_act(text: str) -> bool:
    """Whether the text proposes that others do something ("proposed that BRICS set up", "propose the two sides sign")."""
    return bool((" that " in text and PROPOSAL_THAT.search(text)) or PROPOSAL_BARE.search(text))

# A noun phrase that points back to an act the document already reported.
# The agreeing told again ("The ministers reached the agreement during a video call"): what was agreed keeps the
# status its first telling gave it (to start talks, to set up a body: planned).
AGREEING_RETOLD = re.compile(r"\b(?:reached|struck) (?:the|this|that) (?:agreement|deal|accord|understanding|consensus)\b"
                             r"(?!\s+(?:to|with)\b|\s+on\b(?!\s+(?:\w+day|(?-i:[A-Z])[a-z]+\s+\d|\d)))"  # (but "on Sunday": when)
                             # in the passive: "The agreement was reached during a virtual meeting"
                             r"|^\W*(?:the|this|that) (?:agreement|deal|accord|understanding|consensus) (?:was|had been|has been)"
                             r" (?:reached|struck)\b(?!\s+(?:on|to|with)\b)", _I)
BACK_REFERENCE = re.compile(
    r"\b(?:the|this|that|these|such|said) (?:new |latest |bilateral |signed |landmark |digital |broader )?"
    r"(?:document|memorand(?:um|a)|MoUs?|agreements?|deal|treaty|accord|pact|partnership|collaboration|cooperation|initiative|arrangement|framework|roadmap|declaration|statement|alliance|platform"
    r"|mechanism|dialogue|programme|program|project|contract|charter|compact|strategy)\b"
    r"|\bapprised of an? (?:memorand(?:um|a)|MoUs?|MoCs?|agreements?)\b", _I)  # "The Cabinet was apprised of an MoU signed on ...": the one approved
# The parties speaking in the first person: "(We, the leaders of A and B, ...) hereby declare/agree".
HEREBY = Hinted(re.compile(r"\bhereby\s+(?:declare|agree|adopt|decide|resolve|affirm)\w*", _I), 'hereby')

# A clause that goes on about the act in focus without naming it: "It also covers ...", "• Data centres: ...".
CONTINUATION = re.compile(r"^\W{0,3}(?:(?i:it|they)|These|This|Both|Under it|Under the (?:deal|pact|agreement|memorandum))\b|^\s*(?:[•●▪◦*–—-]|\d{1,2}[.)])\s*")

# Phrases that stand for the parties of the act in focus ("the two countries", "both sides") live in group_phrases.
# A visit or a meeting: its host, named as the place ("arrived in Riyadh"), is the other side of what follows.
VISIT = Hinted(re.compile(
    r"\b(?:visit(?:s|ed|ing)?|arriv(?:ed|es|ing)\s+in|trip\s+to|tour\s+of|hosted|hosts|received|welcomed|met|meets|meeting\s+with"
    r"|talks\s+with|held\s+talks)\b", _I), "visit", "arriv", "trip", "tour", "host", "received", "welcomed", "met", "meet", "talks")
# What happened "during the visit" or "at the talks" happened between the two sides just named.
DURING_VISIT = Hinted(re.compile(
    r"\b(?:during|at|after|on the sidelines of|in the course of|within the framework of|as part of)\s+(?:the|his|her|their|this)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:visit|trip|talks|meeting|summit|negotiations)\b", _I), "visit", "trip", "talks", "meeting", "summit", "negotiations")

# A sentence whose subject is the actors just named: "They signed a memorandum", also after a short lead phrase ("At
# the end of the talks, the leaders adopted"), not after a source ("In a joint statement, the leaders described"). The lead's
# comma is looked for first, and its words taken whole (a word cut short is followed by no space nor comma): same matches.
# So is the meeting told as bearing acts: "The meeting resulted in seven agreements" (its sides').
THEY = Hinted(re.compile(r"^\W*(?:(?:(?=[A-Z][\w'-]*+(?:\s+[\w'-]++){0,6}\s*,)(?![^,]*\b(?:statement|declaration|communiqu|speech|interview|remarks|letter|report))[A-Z][\w'-]*+(?:\s+[\w'-]++){0,6})?\s*,\s*(?=[a-z])|(?=[A-Z]|they\s))"
                  r"(?:[Tt]hey|[Tt]he (?:\w+ )?(?P<officials>leaders|ministers|presidents|prime ministers|delegations|heads of state)"
                  r"|[Tt]he (?:\w+ )?(?:meeting|talks|visit|summit) (?=resulted in|produced|yielded|culminated in|ended with))\b"), "they", "leaders",
                  "ministers", "presidents", "delegations", "heads of state", "resulted in", "produced", "yielded", "culminated in", "ended with")  # most clauses hold none
OFFICIALS = re.compile(r"\b(leaders|ministers|presidents|prime ministers|delegations|heads of state)\b", re.IGNORECASE)
BETWEEN = re.compile(r"\bbetween\b", _I)
WITH = Hinted(re.compile(r"(?<!along )(?<!together )\bwith\b(?! each other| one another)"))  # "along with" adds a party


# Hostile acts are not cooperation: "accused the US of", "imposed sanctions", "requested the withdrawal of Indian troops".
HOSTILE = Hinted(re.compile(
    r"\b(?:accus\w*|condemn\w*|denounc\w*|criticis\w*|criticiz\w*|rebuk\w*|complain\w*|protest\w*|retaliat\w*|sanction(?:s|ed|ing)"
    r"|demarche|blam\w+|threaten\w*|spying|espionage|hack(?:ed|ing|ers)?"
    r"|at odds|(?:concerns?|concerned)\s+(?:over|about|at)|(?:firmly|strongly|resolutely|vehemently)\s+oppos\w*"  # rivalry, objection
    r"|(?:withdrawal|pull-?out|expulsion|removal)\s+of\s+(?:[\w.’'-]+\s+){0,3}?(?:troops|forces|soldiers|military|personnel|diplomats))\b", _I), 'odds', 'withdrawal', 'pull', 'expulsion', 'removal', 'concern', 'oppos', 'accus', 'condemn', 'denounc', 'critici', 'rebuk', 'complain', 'protest', 'retaliat', 'sanction', 'demarche', 'blam', 'threaten', 'spying', 'espionage', 'hack')

# A clause whose subject is a company: "Chinese telecoms giant Huawei has won a contract".
COMPANY_SUBJECT = Hinted(re.compile(
    r"^\W*(?:[\w-]+(?:\s+[\w-]+){0,3}\s*,\s+)?(?:the\s+)?(?:[\w-]+\s+|\w+-){0,3}?(?:company|firm|giant|corporation|carrier|operator|\w*maker|group|conglomerate|manufacturer"
    r"|developer|provider|start-?up|consortium|miner|utility|contractor|supplier|vendor)\s+(?-i:[A-Z])", _I), 'company', 'firm', 'giant', 'corporation', 'carrier', 'operator', 'maker', 'group', 'conglomerate', 'manufacturer', 'developer', 'provider', 'start', 'consortium', 'miner', 'utility', 'contractor', 'supplier', 'vendor')
# A deal of two universities ("The University of Tokyo and Seoul National University signed ..."): no state's act,
# whatever capital their names hold.
BETWEEN_UNIVERSITIES = Hinted(re.compile(r"\b(?-i:Universit(?:y|ies))\b[^.;]*?\b(?:and|with)\b[^.;]*?\b(?-i:Universit(?:y|ies))\b", _I),
                              "universit")
# "between the Government of Kenya and Acme": one side is not a state.
BETWEEN_ACTOR_AND_OTHER = re.compile(r"\s+and\s+(?:the\s+)?(?P<other>[A-Z][\w&-]+)")

# "The group invited A, B and C to join": an invitation to each, not an act among the invitees (not to talks on it).
INVITATION = Hinted(re.compile(r"\binvit(?:e|ed|es|ing|ations?)\b[^.;]*?\bto\s+(?:join|become|(?:take part|participate) in\s+(?:(?!meetings?\b|talks\b|conferences?\b|summits?\b|forums?\b|sessions?\b|discussions?\b)[\w’'-]+\s+){0,5}?(?:project|programme|program|initiative|station|construction|development|mission|platform|network|system|consortium|production|effort|venture|scheme|corridor)s?)\b", _I), 'invit')
# The bloc a clause refers to without naming it.
BLOC_BY_REFERENCE = re.compile(r"\b(?:the|this|our) (?:group|grouping|bloc|alliance|organi[sz]ation|union|club)\b", _I)

# "The alliance would also involve Japan and Taiwan": more parties of an act already told.
INVOLVES = Hinted(re.compile(r"\b(?:also\s+)?(?:involv(?!ed in\b)\w+|includ\w+|compris\w+|bring in|brings in|extend\w* to)\b", _I), 'involv', 'includ', 'compris', 'bring', 'extend')

# "The declaration was adopted by the heads of state of A, B and C": who made an act already told.
MADE_BY = Hinted(re.compile(r"\b(?:signed|adopted|endorsed|approved|issued|initial(?:l)?ed|inked|concluded)\s+by\b", _I), ' by')

# Company words: what a deal's counterpart is when it is not a government.
COMPANY_NOUN = (r"(?:company|companies|firm|firms|giant|giants|corporation|corp|carrier|operator|(?:chip|car|auto|drug|battery|phone|smartphone|plane|aircraft|steel|truck|vaccine|ev|)makers?|shipbuilders?|group|subsidiary"
                 r"|consortium|conglomerate|manufacturer|developer|provider|start-?up|enterprise|multinational|producer|miner|miners"
                 r"|utility|contractor|supplier|vendor|lender|investor|fund)")
# The other side of a signing is a company: "with tech giant Huawei", "between the Government of Kenya and Huawei Ltd".
_CORPORATE_NAME = r"(?-i:[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}\s+(?:Inc|Ltd|Limited|Corp|Corporation|Co|PLC|LLC|AG|SA|GmbH|Group|Holdings|Technologies|Systems))\b\.?"
COMPANY_COUNTERPART = Hinted(re.compile(
    rf"\bwith\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){{0,3}}?{COMPANY_NOUN}\s+(?-i:[A-Z])|\bwith\s+{_CORPORATE_NAME}"
    rf"|\bwith\s+(?:the\s+)?(?-i:(?:[A-Z][\w-]*\s+){{1,3}})(?:and\s+)?(?:other\s+)?{COMPANY_NOUN}\b"
    # "with Canadian mining companies", "with U.S. chip businesses", "between Kenyan ministries and Chinese firms" (not
    # "ties between Russian and Iranian businesses" that an act fosters)
    rf"|(?:\bwith\s+(?:the\s+|a\s+|an\s+|several\s+|two\s+|three\s+)?(?:[\w.-]+\s+){{0,3}}?|\bbetween\s+(?:[\w.-]+\s+){{0,2}}?(?:government|ministr|agenc|authorit|department)\w*\s+and"
    rf"\s+(?:the\s+)?(?-i:[A-Z])[\w.-]*\s+(?:[\w-]+\s+)?)(?:companies|firms|miners|operators|makers|manufacturers|producers"
    rf"|suppliers|vendors|carriers|developers|providers|start-?ups|businesses|enterprises|corporations)\b"
    rf"|\bwith\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?(?:company|firm|corporation|consortium|conglomerate|start-?up)\b", _I), 'with', 'between')


# Joining a multilateral arrangement, and the sentence that lists who takes part in it.
JOINED = Hinted(re.compile(
    r"\b(?:joined|joins|join|signed on to|signed up to|acceded to|accedes to)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}?"
    r"(?:initiative|project|platform|network|alliance|partnership|programme|program|accords?|mechanism|consortium|coalition|cent(?:re|er)\s+of\s+excellence|(?:defen[cs]e|research|innovation|cyber)\s+cent(?:re|er))\b",
    _I,
), 'join', 'signed on', 'signed up', 'acced')
PARTICIPANTS = Hinted(re.compile(
    r"\b(?:founding|participating|full|other|current|original)\s+(?:members?|participants?|partners?|central banks|countries|states|signatories)\s+(?:are|were|include|included|comprise|comprised)\b",
    _I,
), 'members', 'member', 'participants', 'participant', 'partners', 'partner', 'central banks', 'countries', 'states', 'signatories')

# Membership: a bloc with these words around its states.
MEMBERSHIP = re.compile(
    r"\bmembers?\b|\bmember(?:-| )(?:states?|countries|nations)\b|\bjoined\b|\bmembership\b|\bfellow\b|\bacceded\b|\bincluding\b|\bcomprising\b|\bsuch as\b",
    _I,
)
NOT_MEMBER = re.compile(r"\b(?:not a member|non-members?|observers?|dialogue partners?|partner (?:country|countries|states?)|applicants?|candidates?|aspir\w+|seek\w* to join|applied|bid to join|invited to join)\b", _I)
MEMBER_CLAUSE = Alternation([(re.compile(pattern, _I), words) for pattern, words in [  # each part behind its words
    (r"\b(?:of which|where|in which)\b[^.;]*?\bmembers?\b[^.;]*", ("of which", "where", "in which")),
    (r"\bmembers?\b[^.;]*?\balong with\b[^.;]*", ("along with",)),
    # the members glossing a bloc named as the setting: "a group in the BRICS (Brazil, Russia, ...)"
    (r"(?<=\b(?:in|of|on|at)\s)the\s+(?-i:[A-Z]{2,}[\w-]*)\s*\((?:[^()]*?,){2,}[^()]*\)", ("(",)),
    # the members in a bloc's apposition: "Mercosur, an alliance of A, B and C, ..." (bloc_apposition.py)
    (r",\s+an?\s+(?:[\w-]+\s+){0,3}?(?:alliance|bloc|grouping|union)\s+(?:of|comprising)\s+(?:[^,;.()]+,\s*){1,8}?[^,;.()]*\band\s+[^,;.()]+,",
     ("alliance", "bloc", "grouping", "union"))]])


SEVERAL = r"(?:several|various|numerous|multiple|a\s+(?:number|series|set|package|raft)\s+of)"  # instruments told as several
# The mark of a list item opening a clause: a bullet or an item number ("•", "–", "3-", "4.").
LIST_MARK = r"(?:[•●▪◦*–—-]|\d{1,2}\s?[.)–-])"
# A determiner (or a signing ahead) that introduces an instrument not told before: "signed a memorandum", "another deal",
_INTRODUCING = re.compile(  # "several documents", "• A Memorandum of Understanding on trade" (not "the memorandum", "this deal")
    rf"(?:^\s*{LIST_MARK}|^|\b(?:a|an|another|the\s+other(?!\s+[\w-]+['’]s\b)|new|separate|second|third|additional|{SEVERAL}|one|two|three|four|five|six|seven|eight|nine|ten|\d+)"
    r"|\b(?:witness(?:ed|es|ing)?|overs(?:aw|ee|ees|eeing)|attend(?:ed|s|ing)?|presided\s+over)\s+the\s+(?:signing|exchange)\s+of|\b(?:to|will|shall)\s+(?:sign|conclude|ink|seal))"
    r"\s+(?:(?!(?:the|this|that|its|their|and|or|to|of|with|for|in|on|by|at|from)\b)[\w’'“”\"-]+\s+){0,3}$", _I)


def introduces_instrument(text: str, where: int) -> bool:
    """Whether the kind noun at `where` is introduced as a new instrument, not pointed back to."""
    return bool(_INTRODUCING.search(text, max(0, where - 70), where) or text[where:where + 8].lower() == "several ")  # (cue "several documents")


# Ties wished closer, not an instrument: "a closer partnership between the two nations harbors opportunities".
TIES_WISHED = re.compile(r"\b(?:closer|stronger|deeper|broader|greater|wider|more robust)\s+$", _I)
# An offer taken up: what it offers is planned now ("Japan has agreed to a U.S. proposal to conclude a new agreement").
ACCEPTED_OFFER = Hinted(re.compile(r"\b(?:agreed to|accept(?:ed|s)?|took up|takes up)\s+(?:a|an|the|its|their|(?-i:[A-Z])[\w.’'-]*['’]s)\s+(?:[\w.’'-]+\s+){0,2}?"
                                   r"(?:proposal|offer)\b", _I), "agreed to", "accept", "took up", "takes up")

# Instruments counted as more of a kind sought, not one made: "is actively seeking more deals abroad".
# So is one only wished for: "Both sides want an agreement", "hope for a deal".
MORE_OF_KIND = Opened(re.compile(r"\b(?:seek\w*|look\w* for|pursu\w*|hunt\w* for|court\w*)\s+(?:\w+\s+)?(?:more|further|other)\s+$"
                                 r"|\b(?:want(?:s|ed)?|hop(?:e|es|ed|ing) for|wish(?:es|ed)? for)\s+(?:an?|some)\s+(?:[\w-]+\s+)?$", _I))

# An extension or renewal of an act: another act than the one it extends.
EXTENSION_OF = re.compile(r"\b(?:extension|renewal|prolongation|amendment)s? (?:of|to)\b", _I)

# An act the parties hail by its name: "The declaration welcomed the BRICS Cross-Border Payments Initiative".
WELCOMED_NAMED = Hinted(re.compile(
    r"\b(?:welcomed|welcomes|welcoming|hailed|endorsed|reaffirmed (?:their |its )?support for)\s+(?:the\s+)?"
    r"(?P<name>(?:(?-i:[A-Z])[\w-]*\s+){1,6}?(?-i:Initiative|Partnership|Agreement|Mechanism|Platform|Programme|Program|Framework|Fund))\b",
    _I), 'welcom', 'hailed', 'endorsed', 'support for')

# A standing body the parties already have, met again: "the fifth joint working group meeting", "the second
# meeting of their Digital Partnership Council", "have held meetings of the Critical Technology Working Group".
STANDING_BODY = Hinted(re.compile(
    r"\b(?:(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:(?:meeting|session|round)s?\s+of\s+)?"
    r"|(?:have|has|had)\s+held\s+(?:\w+\s+)?(?:meeting|session)s?\s+of\s+)(?:the\s+|their\s+|its\s+)?(?:[\w&’'-]+\s+){0,5}?"
    r"(?P<noun>working groups?|(?:joint |intergovernmental )?commissions?|committees?|councils?|task forces?)\b"
    # a named body told meeting again: "the U.S.-India Civil Space Joint Working Group, which will meet later this year"
    r"|\bthe\s+(?:[\w.&’'-]+\s+){1,5}?(?-i:Working Group|Joint Commission|Commission|Committee|Council|Task Force),\s+which\s+"
    r"(?:will\s+|has\s+|last\s+)?(?:meets?|met)\b", _I), 'group', 'commission', 'committee', 'council', 'task force')

# Years named in a clause: an act of another year is another act.
YEAR = quick_start(re.compile(r"\b(?:19[5-9]\d|20\d\d)\b"))  # (quick_start: tried only where a match may start)
# The day an act happened, as reporting names it: "on Friday", "on Thursday".
WEEKDAY = quick_start(re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"))
# "a separate agreement", "another memorandum", "a second deal": a new instrument for sure.
SEPARATE = re.compile(r"\b(?:separate|another|[Tt]he\s+other|second|third|fourth|additional|further)\s+(?:[\w-]+\s+){0,2}$"
                      # "The two countries also signed an agreement on ...": one more instrument
                      r"|\balso\s+(?:signed|inked|sealed|concluded|exchanged|finali[sz]ed)\s+(?:a|an|two|three|four|\d+|several)\s+(?:[\w-]+\s+){0,2}$"
                      # one more act ahead: "would also sign an agreement on ...", "also agreed to set up a working group"
                      r"|\balso\s+(?:(?:agreed|plan|plans|planned|expect|expects|expected|intend|intends|aim|aims|hope|hopes|want|wants)"
                      r"\s+to\s+)?(?:sign|ink|conclude|set up|establish|launch|create|form)\s+(?:a|an|two|three|\d+|several)\s+"
                      r"(?:[\w-]+\s+){0,2}$", _I)
# A clause opening on one more thing told: "Besides, an MoU was signed", "Separately, the two signed a memorandum".
# A clause that says it tells another act, with no instrument named: "Separately, Japan offered the Philippines radars".
SEPARATELY = re.compile(r"^\W*(?:separately|in a separate (?:move|development|announcement))\b", _I)
# A clause with no subject of its own, after a semicolon: "(The council approved X;) signed a memorandum with B".
SUBJECTLESS = re.compile(r"^\W*(?:and\s+)?(?:also\s+)?(?:signed|inked|concluded|exchanged|adopted|approved|endorsed)\b")
# A decision told as one more thing done, with no instrument named: "In addition, the council approved ..."
IN_ADDITION = re.compile(r"^\W*(?:in addition|additionally|besides|moreover|furthermore)\b", _I)
# "The leaders also launched ...": one more act, named (not "also signed the agreement", which retells).
ALSO_ANOTHER = Hinted(re.compile(r"\balso\s+(?:signed|inked|sealed|concluded|exchanged|finali[sz]ed|launched|adopted|endorsed|approved|unveiled|set up|established"
                                 r"|issued|announced)\s+(?!the\s+(?:same|said)\b)", _I), "also")
SEPARATE_LEAD = re.compile(r"^\W*(?:(?:besides|separately|in addition|additionally|moreover|furthermore)\b,?|(?:under|as\s+part\s+of|within)"
                           r"\s+(?:the|this|that)\s+[^,;]{1,60},)\s+[^,;]{0,80}$", _I)  # "Under the partnership, they also signed ..."
_CONTENT_WORD = re.compile(r"[A-Za-z][a-z]{3,}")
_GENERIC_WORDS = set("memorandum memoranda understanding agreement agreements cooperation signed sign signs have with their between also that this which will were field"
                     " more than over nearly almost about some around least dozen dozens several".split())  # and counts said loosely


@lru_cache(maxsize=16384)  # an act's sentences are read again at each later clause of its document
def content_words(text: str) -> frozenset[str]:
    """The longer words of a text, lower-cased, less those every report of an act uses (one act told twice, or two)."""
    return frozenset(word.lower() for word in _CONTENT_WORD.findall(text)) - _GENERIC_WORDS

# Clause boundaries inside one sentence, where a second act often starts.
CLAUSE_BREAK = re.compile(r"(?:;|\s+(?:after|while|whereas|following|before|since|but|as well as)\s+(?=[A-Z]|the |a |an |[a-z]+ [A-Z]|(?:it|they) (?-i:[a-z]+ed) )"
                          # a time, not a clause: "has governed their ties since January 2021", "before May 12"; nor a rank ("the second partner after the US to sign")
                          r"(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+\d|(?:the\s+)?[A-Z][\w.’'-]*(?:(?:,?\s+|,?\s+and\s+)[A-Z][\w.’'-]*){0,3}\s+to\s+(?:sign|ink|conclude|seal|strike|join)\b)"
                          # nor a meeting as the time: "A joint statement issued after the talks said A and B would ..."
                          r"(?!the (?:\w+ )?(?:talks|meeting|summit|visit|call|session|ceremony|negotiations|conference)"
                          r"(?:,|\s+(?:said|says|stated|read|reads|showed|noted|in|on|at|with|between)\b))"
                          # a clause of its own after a comma: "..., as Washington seeks to ...", "..., similar to the one A signed"
                          r"|, (?:as|similar to) (?=[A-Z]|the )"
                          # an act of its own beside: "unveiled agreements ... even as they elevated their ties to a partnership"
                          r"|\s+even\s+as\s+(?=they\s)"
                          # a reason of its own: "... agreed to deepen ties as Washington seeks to counter Beijing"
                          r"|\s+as (?=[A-Z][\w-]+ (?:seeks|pushes|looks|moves|tries|aims|works) to\b)"
                          # what the people at a meeting did there: "at the G20 summit in Rio, where leaders adopted ..."
                          r"|, (?=where (?:the |its |their )?(?:leaders|members|member states|ministers|heads)\b)"
                          # what happened at the time just named: "... in September 2023, when the two countries also signed"
                          r"|, when (?=the |they |both |[A-Z])"
                          # the next of a series of reported clauses: "reminded that A had signed X, that B is building Y"
                          r"|, (?:and )?that (?=[A-Z]|the |[a-z]+ [A-Z])"
                          # a headline's second clause: "SCO leaders adopt Astana Declaration, Belarus joins", "..., FTA takes effect"
                          r"|, (?=(?-i:[A-Z])[\w-]+ (?:joins|quits|leaves|exits|signs|agrees|backs|rejects|says|seeks|takes effect|enters into force|comes into force)\b))")
# A clause telling what was done at the place or meeting just named: "(the G20 summit in Rio,) where leaders adopted".
WHERE_DONE = re.compile(r"^where\b")
# A second act told by a second verb of the same subject: "signed an MoU on AI and agreed to set up a working group",
# "..., and China offered to train engineers", "... and has a deal on data with Japan" (an act held). It breaks a clause
# only after a first verb of its own (not in "A, B, and C signed").
_ACT_VERBS = (r"(?:signed|inked|sealed|agreed|pledged|launched|decided|adopted|issued|established|set up|announced|offered"
              r"|proposed|committed|vowed|exchanged|reached|approved|unveiled|invited|upgraded|elevated|concluded|renewed)")
INSTRUMENT_NOUNS = (r"(?:memorand(?:um|a)|MoUs?|MOUs?|agreements?|treat(?:y|ies)|accords?|protocols?|declarations?|deals?|pacts?|roadmaps?|action plans?|partnerships?|(?:administrative|implementing) arrangements?|strateg(?:y|ies))")
_HOLDS_INSTRUMENT = rf"(?:has|have|had)\s+(?:also\s+|already\s+)?(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?{INSTRUMENT_NOUNS}\b"
_TALKS_OPENED = r"(?:held|hold|started|start|opened|open|began|begin|entered\s+into|enter\s+into)\s+(?:\w+\s+)?(?:talks|negotiations|consultations)"
COORDINATED_ACT = quick_start(re.compile(
    rf"and\s+(?=(?:(?:[A-Z][\w.’'-]*|the|and)\s+){{0,4}}(?:also\s+|then\s+|later\s+|further\s+)?(?:{_ACT_VERBS}|witnessed\s+the\s+(?:signing|exchange)|(?:will|plan\s+to|intend\s+to)\s+(?:also\s+)?(?:sign|launch|set\s+up|establish|create|form|conclude)|{_HOLDS_INSTRUMENT}|{_TALKS_OPENED})\b)"))  # matched at "and"
ACT_VERB = re.compile(rf"\b{_ACT_VERBS}\b")
# "will sign a memorandum with B and hold negotiations with C": talks opened beside an act told ahead are a second act
ACT_VERB_AHEAD, TALKS_OPENED = re.compile(r"\b(?:will|shall|to)\s+(?:also\s+)?(?:sign|ink|conclude|launch|set\s+up|establish|adopt)\b"), re.compile(_TALKS_OPENED)
# A second instrument in the object of one verb: "signed an agreement on visas and a memorandum on the digital economy".
COORDINATED_INSTRUMENT = re.compile(rf"and\s+(?=(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?{INSTRUMENT_NOUNS}\b)")  # matched at "and"
# "... and a hub with the participation of C": C joins the act of the subject, whose parties stay in it.
JOINING_IN = re.compile(r"\bwith\s+the\s+(?:participation|involvement|inclusion)\s+of\b", _I)
# "... and agreed to cooperate on it closely": the act just told.
POINTS_BACK = re.compile(r"\b(?:it|them)\b")
# A list of instruments: "The documents include a memorandum on X and an agreement on Y".
LISTING = re.compile(r"\b(?:include[sd]?|including|comprise[sd]?|comprising|has|have|had)\b")
INTRODUCED_INSTRUMENT = re.compile(rf"\b(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?{INSTRUMENT_NOUNS}\b"
                                   # one named: "adopted the Astana Declaration and a strategy ..."
                                   rf"|\bthe\s+(?:[A-Z][\w-]*\s+){{1,4}}(?i:{INSTRUMENT_NOUNS})\b")
# ... or counted: "signed two cooperation agreements and a memorandum" (the memorandum another act beside them), with no
# comma, colon or semicolon from the count to the "and" ("two agreements, including one on visas and a memorandum": one
# of them).
INTRODUCED_OR_COUNTED = re.compile(INTRODUCED_INSTRUMENT.pattern + r"|\b(?i:two|three|four|five|six|seven|eight|nine|ten|[2-9])\s+"
                                   rf"(?:[\w-]+\s+){{0,3}}?(?i:{INSTRUMENT_NOUNS})\b(?=[^,;:]*$)")
# What every clause break holds (the pattern is case-sensitive): a sentence with none of them is one clause.
CLAUSE_BREAK_WORDS = (";", "even as", "after", "while", "whereas", "following", "before", "since", "but", "as well as", ", as ", ", similar to ",
                      ", where ", ", when ", ", that ", ", and that ", " joins", " quits", " leaves", " exits", " signs", " agrees", " backs", " rejects",
                      " takes effect", " enters into force", " comes into force", " says", " seeks", " pushes", " looks to", " moves to", " tries", " aims", " works to")

# Purely domestic statements do not make cooperation.
DOMESTIC = Hinted(re.compile(r"\b(?:domestic|his nation|her nation|its own|homegrown|home-grown|national strategy"
                             # a state's own programme: "under its Digital Ethiopia 2025 strategy"
                             r"|its\s+(?:[\w-]+\s+){0,4}?(?:strateg(?:y|ies)|policy|policies|agenda|vision))\b", _I),
                  'domestic', 'nation', 'its own', 'homegrown', 'home-grown', 'national strategy', 'its')


# The kind cues as one alternation, each behind its words: the first found names the kind (the earlier cue on a tie).
_KIND_CUES = KIND_CUES + MORE_KIND_CUES + UNDERTAKING_CUES  # more nouns: kind_nouns.py, kind_undertakings.py
_KIND_ANY = Alternation([(pattern, words) for (_, pattern), words in zip(_KIND_CUES, KIND_WORDS + UNDERTAKING_WORDS, strict=True)])


@lru_cache(maxsize=8192)  # a sentence is read as a clause and again as evidence
def find_kind(text: str) -> tuple[str | None, int]:
    """The kind noun that occurs first in text, and where."""
    first = _KIND_ANY.first(text)
    if not first:
        for pattern in UNNAMED_KINDS:  # each names its kind in its one group
            if found := pattern.search(text):
                return found.lastgroup, found.start(found.lastgroup)
        return None, len(text) + 1
    return _KIND_CUES[first[0]][0], first[1].start()


# Patterns run on (nearly) every clause, behind the words every match of theirs holds (see gates.Hinted: the
# results are exactly the patterns'). Keep the words in step when a pattern changes: tests/test_cue_gates.py.
PARTNERING = Hinted(PARTNERING, "partner", "team")
COOPERATION = Hinted(COOPERATION, "cooperat", "co-operat", "collaborat", "work", "partner", "team", "join", "bilateral ties in",
                     "help", "assist", "support", "link", "connect", "integrat", "agree")
BOTH_PARTIES = Hinted(BOTH_PARTIES, "two", "both", "three", "four", "five", "countries", "nations", "governments",
                      "bilateral", "each other", "the sides", "the parties")
BETWEEN = Hinted(BETWEEN, "between")
BACK_REFERENCE = Hinted(BACK_REFERENCE, "document", "memorand", "mou", "moc", "agreement", "deal", "treaty", "accord", "pact",
                        "partnership", "collaboration", "cooperation", "initiative", "arrangement", "framework", "roadmap",
                        "declaration", "statement", "alliance", "platform", "mechanism", "dialogue", "program", "project",
                        "contract", "charter", "strategy")

# An instrument's capitalised name after a state's name: "the Paris Agreement" (not the state), but "the Ghana-Kenya
# Agreement", the state one side of a hyphened pair, names its sides (parties.party_candidates).
INSTRUMENT_NAME_AFTER = re.compile(r"\s+(?:Agreements?|Accords?|Protocol|Convention|Treaty|Declaration|Pact|Charter|Roadmap)\b")
