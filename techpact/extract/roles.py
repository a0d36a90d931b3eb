"""Who is a party within a clause: the words around an actor's name that make it a place, a setting, a company's
owner, a neighbour, a source or the circle a bloc stands for, and the constructions that make actors one subject or
one side each (extraction rules, ours)."""

from __future__ import annotations

import re

from techpact.extract.cues import BETWEEN, COMPANY_NOUN
from techpact.extract.gates import Alternation, Hinted, Opened
from techpact.extract.pattern_parts import branches, worded_branches
from techpact.extract.first_chars import quick_start

_I = re.IGNORECASE

# Who may be a party when named only by an adjective: "the Russian president", not "Russian media".
GOVERNMENT_NOUN = re.compile(
    # a head of state by a title right after the adjective: "the Saudi Crown Prince", "Omani Sultan" (not "the Chinese EV king")
    r"^\W{0,3}(?:(?:kings?|queens?|crown\s+princes?|sultans?|emirs?|monarchs?|chancellors?)\b|"
    r"(?:\w+\W+){0,3}?(?:governments?|sides?|presidents?|presidency|premiers?|prime ministers?|ministers?|ministry|ministries|officials?|authorit(?:y|ies)|delegations?|counterparts?|leaders?|leadership|heads? of state|deput(?:y|ies)|agency|agencies|representatives?|embass(?:y|ies)|ambassadors?|envoys?|state|republic|regulators?|central banks?|cabinet|parliament|administration|foreign office|security council"
    # a minister by another title: "Philippine ICT Secretary", "the British Foreign Secretary"
    r"|secretar(?:y|ies)"
    # a body of the government by its head word: "the Indian Atomic Energy Commission", "the Israeli Cyber Directorate",
    # "the Indian Space Research Organisation" (not any organisation: "a Chinese trade organisation")
    r"|commissions?|departments?|directorates?|bureaus?|committees?|(?:space|defen[cs]e|atomic|nuclear)(?:\s+research)?\s+organi[sz]ations?"
    # what a state itself offers: "a Chinese offer to build", "the Iranian proposal"
    r"|offers?(?=\s+(?:to|of|for)\b)|proposals?|requests?|demands?)\b)",
    _I,
)

# "the government in Italy": the state acting, not a place.
GOVERNMENT_IN_BEFORE = re.compile(r"\b(?:government|authorities|leadership|officials|parliament|administration)\s+in\s+(?:the\s+)?$", _I)

# A month, a weekday or a season: a time before a state's name, not a place ("In May Vietnam and Japan signed").
_TIME_NAME = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
              r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Spring|Summer|Autumn|Fall|Winter)\b")
# Before a state's name, words that make it a place: "in Astana", "a plant in Finland" (not "in cooperation with", nor
# "In October Egypt concluded": a time). Each word's first letter is tested first, as quick_start would (it leaves alone
# patterns that open on a case-insensitive group): the same matches, tried only where one may start.
LOCATION_BEFORE = re.compile(
    r"(?=(?i:[iatwpf]))\b(?i:in|at|across|throughout|inside|within|(?:plane|flight)s?\s+to)\s+(?:the\s+)?(?:(?!" + _TIME_NAME + r"\s+$)[A-Z][\w-]*(?:[’']s)?\s+)?"
    r"(?:(?:capital|city|port|town)\s+(?:of\s+)?)?$")

# A city in a chain of three or more places names a route, not its state: "the Baku-Tbilisi-Ceyhan pipeline".
ROUTE_CHAIN = re.compile(r"[A-Z][\w’']*(?:-[A-Z][\w’']*){2,}")

# Before a state's name, a city that makes it a place: "in Luanda, Angola", "in Beijing China" -- unless the state
# starts the clause after a fronted place ("At the summit in Kazan, Russia and Iran signed": venue_subjects). A month, a weekday or a
# season is a time, not a city: "In May, Uzbekistan proposed", "In May Vietnam and Japan signed" (the state leads).
CITY_OF_STATE_BEFORE = re.compile(r"(?=(?i:[ia]))\b(?i:in|at)\s+(?!" + _TIME_NAME + r")[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?,?\s+$")
# After a state named "in <city>, <state>", a verb that makes the state the subject of a new clause, not the city's
# country: "Under the deal signed in Canberra, Australia will supply lithium to India".
SUBJECT_AFTER = re.compile(r"\s+(?:will|would|shall|has|have|had|is|was|agreed|signed|plans?|pledged|promised|committed"
                           r"|is set|agreed|offered|undertook|undertakes)\b")

_RIVALRY = (r"\b(?:tensions?|rivalry|competition|conflicts?|disputes?|stand-?off|feud|row|trade war|war|fighting|hostilities"
            r"|clashes|confrontation|escalation)")
# "tensions between A and B": the sides of a rivalry, not of the act the clause tells.
RIVALRY_BETWEEN = Hinted(re.compile(_RIVALRY + r"\s+between\b", _I), "between")
# The act another is modelled on, with its own sides: "signed a memorandum, modelled on a similar deal between A and B".
_MODEL = (r",\s+(?:modell?ed|based|patterned)\s+(?:on|after|upon)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?"
          r"(?:deal|agreement|pact|memorandum|accord|treaty|one)s?\s+(?:between|with|by|of)\s+")
MODEL_BETWEEN = Hinted(re.compile(_MODEL, _I), "model", "based", "pattern")

# What an act is made to face or balance: "a counterweight to", "hedge against", "face", "take on", "push back against".
_RIVAL_FACED = (r"(?:counter-?weights?\s+to|counter-?balances?\s+to|hedg\w*\s+against|bulwarks?\s+against|against|fac(?:e|es|ed|ing)"
                r"|confront\w*|deter(?:s|red|ring)?|tak(?:e|es|ing)\s+on|took\s+on|push\w*\s+back\s+(?:against|on))")
# A rival as news describes it: "an increasingly assertive", "a resurgent", "the ever more unpredictable".
_RIVAL_WORDS = ("unpredictable assertive aggressive expansionist hostile belligerent resurgent revisionist coercive rising "
                "emboldened erratic ascendant adversarial").split()
_RIVAL_DESCRIBED = (r"(?:(?:an?|the)\s+)?(?:(?:increasingly|more|ever\s+more|newly|ever)\s+)?(?:(?:" + "|".join(_RIVAL_WORDS)
                    + r")\s+)?")

# Before a state's name, words that make it the object of dependence, pressure or rivalry, or a host:
# "dependence on China", "tensions with Russia", "the EU delegation to Namibia".
NOT_PARTY_BEFORE = re.compile(
    # a state-owned lender named after its state: "the Export-Import Bank of China", "the Development Bank of China"
    r"\b(?:Export-Import|Exim|EXIM|Development|Commercial|Construction|Agricultural)\s+Bank\s+of\s+(?:the\s+)?$|"
    r"\b(?:(?:in|over|inter)?dependence|(?:over-?)?reliance|dependency|(?:over-?)?dependent|reliant|pressure|sanctions|restrictions|tariffs|curbs|bans?|controls|attacks?|threats?"
    r"|concerns?|rivalry|competition|compet(?:e|es|ed|ing)|tensions?|odds|war|aggression|hostility)\s+(?:on|upon|against|from|over|about|with|by)\s+(?:the\s+)?"
    # ... or on the examples of those it comes from: "the threat from autocracies like Russia", "from states such as Iran";
    # or on the state told by its tie to the subject: "tensions with its neighbour and arch-rival Azerbaijan"
    r"(?:(?:[\w-]+\s+){1,3}?(?:like|such\s+as|including)\s+(?:the\s+)?|(?:its|their)\s+(?:[\w-]+\s+){1,4}?)?$"
    # rivals named by example: "rivals such as China", "autocracies like Russia"
    r"|\b(?:rivals|adversaries|autocracies|dictatorships|authoritarian\s+(?:states|regimes|powers|countries))\s+(?:like|such\s+as|including)\s+(?:the\s+)?$"
    # a side described by its ties to another: "with Ghana, a close ally of Nigeria"
    r"|,\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:ally|allies|partners?|neighbou?rs?|rivals?|clients?|friends?|foes?"
    r"|adversar(?:y|ies)|creditors?|debtors?)\s+of\s+(?:the\s+)?$"
    r"|\b(?:delegation|embassy|ambassador|mission|envoy|consulate)\s+(?:to|in)\s+(?:the\s+)?$"
    # where a line, or aid, goes: "an undersea cable to Palau", "loans to Laos"
    r"|\b(?:cables?|links?|connections?|aid|assistance|loans?|grants?|donations?)\s+to\s+(?:the\s+)?$"
    # the places a line joins up: "a subsea cable ... to connect Micronesia, Nauru and Kiribati"
    r"|\b(?:to|will|would)\s+(?:connect|interconnect)\s+(?:the\s+)?$"
    # where forces are sent: "deploy police to Haiti"
    r"|\b(?:forces|troops|police|officers|personnel|peacekeepers|soldiers)\s+to\s+(?:the\s+)?$"
    # the destination of exports held back, the rival countered, the third state that brokers: "exports of chip
    # tools to China", "aimed at countering China", "an accord brokered by Qatar", "a sector dominated by China"
    r"|\b(?:exports?|shipments?|sales|transfers?)\s+(?:of\s+(?:[\w-]+\s+){1,4}?)?to\s+(?:the\s+)?$"
    r"|\b(?:counter(?:ing)?|contain(?:ing)?|rival(?:ling|ing)?|against|brokered by|mediated by"
    r"|(?:dominated|controlled|monopoli[sz]ed|cornered)\s+(?:\w+ly\s+)?by)\s+(?:the\s+)?$"
    # the state turned away from: "as Yerevan distances itself from Moscow", "pivoting away from Russia"
    r"|\b(?:distanc\w*|turn\w*|mov\w+|pivot\w*|drift\w*|break\w*|broke)\s+(?:(?:itself|themselves|herself|himself)\s+)?(?:away\s+)?from\s+(?:the\s+)?$"
    # a neighbour or a state compared with: "which both border China", "states neighbouring China", "Unlike Vietnam, ...",
    # "X, like Y, ..." (not the adjective: "signed with neighbouring Ethiopia", "A and neighbouring B")
    r"|\b(?:border(?:s|ing|ed)?|(?<!with )(?<!and )(?<!its )(?<!, )neighbou?ring)\s+(?:the\s+)?$|(?:^|,\s*)(?i:unlike|like)\s+(?:the\s+)?$"
    # the object of wariness or of anger: "grow wary of China's assertiveness", "fears of Russia", "a move likely to anger Moscow"
    r"|\b(?:(?:wary|weary|fears?|fearful|suspicious|suspicion|distrust|mistrust|worried|worries)\s+(?:of|about|over)"
    r"|(?:anger|angers|angered|angering|irk|irks|irked|upset|upsets|provoke|provokes|provoked|alarm|alarmed|antagoni[sz]e[sd]?))\s+(?:the\s+)?$"
    # the cause or setting of an act, not a side of it: "in response to China's export curbs", "amid China's coercion",
    # "a cable bypassing Russia", "suspended cooperation over the Ukraine developments", "in retaliation for"
    r"|\b(?:response|reply|reaction|retaliation|answer)\s+(?:to|for|against)\s+(?:the\s+)?$|\b(?:amid|amidst|bypassing|circumventing|avoiding)\s+(?:the\s+)?$"
    r"|\bover\s+the\s+$"
    # a state left unnamed on purpose: "a joint statement that did not name China"
    r"|\b(?:not|never|without)\s+(?:(?:directly|explicitly|specifically)\s+)?(?:nam\w*|mention\w*|singl\w+ out|cit\w+)\s+(?:the\s+)?$"
    r"|,\s*(?:citing|blaming)\s+(?:the\s+)?$"
    # the state a bloc admits: "agreed in principle to admit Timor-Leste"
    r"|\b(?:to\s+admit|admits|admitted)\s+(?:the\s+)?$"
    # a member a bloc's measure is for: "the adoption of AI among member states, including Nigeria"
    r"|\b(?:among|for|to|in|across)\s+(?:its\s+|the\s+|all\s+)?member\s+(?:states|countries|nations),?\s+(?:including|like)\s+(?:the\s+)?$"
    # a bloc a state goes back into: "lobbying to be returned to the AU", "readmission to ECOWAS"
    r"|\b(?:return\w*|readmi\w+|re-admi\w+|reinstat\w+|restor\w+)\s+to\s+(?:the\s+)?$"
    # the two sides of a rivalry told beside an act: "a focal point of tensions between Washington and Beijing"
    r"|" + _RIVALRY + r"\s+between\s+(?:the\s+)?"
    r"(?:(?:(?-i:[A-Z])[\w.’'-]*\s+){1,3}?and\s+(?:the\s+)?)?$"
    # the sides of the act another is modelled on: "modelled on a similar deal between India and Japan"
    r"|" + _MODEL + r"(?:the\s+)?(?:(?:(?-i:[A-Z])[\w.’'-]*\s+){1,3}?and\s+(?:the\s+)?)?$"
    # a word of a forum's name: "the Forum on China-Africa Cooperation"
    r"|\b(?-i:Forum|Conference|Dialogue|Symposium)\s+(?:on|for)\s+(?:the\s+)?$"
    # the rival an act is made to face: "a hedge against an increasingly erratic Russia", "as both face China's ..."
    r"|\b" + _RIVAL_FACED + r"\s+" + _RIVAL_DESCRIBED + r"$"
    # the next to do the same, not a side of the first: "A was the first to sign such a deal, followed by B in 2022"
    r"|,\s*(?:and\s+)?followed\s+by\s+(?:the\s+)?$")
# Whether NOT_PARTY_BEFORE matches, asked of each branch behind the words every match of it holds (gates.Alternation),
# in the order of its branches: a window before a name holding none of a branch's words is not searched for it.
_NOT_PARTY_WORDS = [
    ("bank",), ("dependen", "reliance", "reliant", "pressure", "sanction", "restriction", "tariff", "curb", "ban", "control", "attack",
                "threat", "concern", "rivalry", "compet", "tension", "odds", "war", "aggression", "hostility"),
    ("rivals", "adversaries", "autocracies", "dictatorships", "authoritarian"),
    ("ally", "allies", "partner", "neighbo", "rival", "client", "friend", "foe", "adversar", "creditor", "debtor"),
    ("delegation", "embassy", "ambassador", "mission", "envoy", "consulate"),
    ("cable", "link", "connection", "aid", "assistance", "loan", "grant", "donation"), ("connect",),
    ("forces", "troops", "police", "officers", "personnel", "peacekeepers", "soldiers"), ("export", "shipment", "sales", "transfer"),
    ("counter", "contain", "rival", "against", "brokered by", "mediated by", "dominated", "controlled", "monopoli", "cornered"),
    ("from",), ("border", "neighbo"), ("like",), ("wary", "weary", "fear", "suspici", "distrust", "mistrust", "worri", "anger", "irk", "upset", "provok", "alarm", "antagoni"),
    ("response", "reply", "reaction", "retaliation", "answer"), ("amid", "bypassing", "circumventing", "avoiding"), ("over",),
    ("not", "never", "without"), ("citing", "blaming"), ("admit",), ("member",),
    ("return", "readmi", "re-admi", "reinstat", "restor"), ("between",), ("model", "based", "pattern"),
    ("forum", "conference", "dialogue", "symposium"),
    ("counter", "against", "fac", "confront", "deter", "tak", "took", "push"), ("followed",),
]
NOT_PARTY_BEFORE_GATED = Alternation(list(zip(branches(NOT_PARTY_BEFORE), _NOT_PARTY_WORDS, strict=True)), NOT_PARTY_BEFORE)
# The words NOT_PARTY_BEFORE can end on (lower-cased): a name after any other word is not looked at with it.
NOT_PARTY_LAST_WORDS = frozenset(
    "on for of upon against from over about with by to in as counter countering contain containing rival rivalling rivaling "
    "border borders bordering bordered neighbouring neighboring unlike like amid amidst bypassing circumventing avoiding between and name naming named mention mentioning mentioned cite citing out including admit admits admitted "
    "face faces faced facing confront confronts confronted confronting deter deters deterred deterring increasingly connect interconnect "
    "anger angers angered angering irk irks irked upset upsets provoke provokes provoked alarm alarmed antagonise antagonised "
    "antagonises antagonize antagonized antagonizes neighbour neighbor arch-rival partner ally foe adversary".split()
    + _RIVAL_WORDS)

# After a state's name, words that make it a named instrument or a thing rather than the state acting.
NOT_AN_ACTOR_AFTER = re.compile(
    r"\s+(?:Agreements?|Accords?|Protocol|Convention|Treaty|Declaration|Club|Process|Principles|Call|Pact|Consensus|Roadmap|Charter)\b"
    r"|\s+(?:website|media|newspaper|press|daily|airport|university|stock exchange|times|post|ally)\b"  # (and "a US ally")
    # a state's exchange, not the verb of a headline: "A, B exchange MoUs", "exchange letters of intent"
    r"|\s+exchange\b(?!\s+(?:\w+\s+){0,2}?(?:MoUs?|MOUs?|memorand\w*|agreements|letters|documents|notes|instruments|protocols"
    r"|students|researchers|scientists|experts|scholars|specialists|engineers|personnel|staff|cadets|officers|delegations|visits"
    r"|data|information|intelligence|views|expertise|know-how|best practices|experience))"  # "A and B exchange students every year"
    # a broadcaster named after a state: "an interview with France 24 TV channel"
    r"|\s+(?:\d{1,3}\s+)?(?:TV|television|channel|broadcaster|radio)\b"
    # a state's news agency is a source: "the Saudi Press Agency", "Kuwait News Agency", "the Russian state news agency"
    r"|\s+(?:(?i:state)\s+)?(?i:news|press|information)\s+(?i:agency|agencies|service)\b"
    # a state's war or strike, the cause or setting of an act: "sparked by Russia's invasion of Ukraine"
    r"|[’']s\s+(?:(?:full-scale|ongoing|military|brutal|unprovoked)\s+)?(?:war|invasion|aggression|annexation|occupation|offensive|incursion)\b(?!-)"
    # a side of a rivalry that names it: "the U.S.-China technology war", "the Israel-Iran conflict", "the Ukraine war"
    # (the words between name the rivalry's matter, not the clause's circumstance: "Ghana amid competition from ...")
    r"|(?:-(?-i:[A-Z])[\w.’'-]*)?\s+(?:(?!(?:amid|despite|after|before|during|with|in|on|at|for|from|to|by|over|as|but|while"
    r"|because|following|against)\b)[\w-]+\s+){0,2}?(?:wars?|rivalry|rivalries|tensions?|competition|stand-?offs?|feuds?"
    r"|disputes?|conflicts?|decoupling|confrontation)\b"
    # the leader a bloc is described by: "the US-led alliance", "a Russia-led security bloc"
    r"|-led\s+(?:[\w-]+\s+){0,2}?(?:alliance|bloc|organi[sz]ation|grouping|coalition|union|group)s?\b"
    # a currency or a thing of the state's, not the state acting: "US$13 million", "a new U.S. law", "U.S. equipment"
    r"|\$|\s+(?:(?:million|billion|trillion)\s+)?(?:dollars?|law|laws|legislation|equipment|technology|technologies|firms|companies|company|markets?|sanctions"
    r"|tariffs|exports|imports|products|goods|chips|industry|industries|investors|consumers|citizens|nationals|market)\b"
    # (but the state's officials named by their field act for it: "G7 industry ministers", "EU technology officials")
    r"(?!\s+(?:ministers?|ministr(?:y|ies)|secretar(?:y|ies)|officials|envoys|chiefs|regulators?)\b)"
    # the first word of a trade body's name, or a base: "the China Semiconductor Industry Association", "Washington-based"
    r"|(?:\s+(?-i:[A-Z])[\w&-]*){0,4}\s+(?-i:Association|Federation|Chamber|Society|Foundation)\b|(?:,\s*[A-Z][\w.]*)?-based\b"
    # the state whose joining a bloc is the matter: "Timor-Leste's integration into the bloc", "X's full membership"
    r"|[’']s\s+(?:full\s+|formal\s+|eventual\s+)?(?:membership|accession|integration|admission|entry|membership bid)\b"
    # a waterway or a landform named after a state: "the Panama Canal", "the South China Sea", "the Korea Strait"
    r"|\s+(?-i:Canal|Strait|Straits|Sea|Seas|Peninsula|Basin)\b"
    # a state present as an observer, not a side: "with Japan attending as an observer" (not "Egypt, an observer in
    # the SCO, signed ...": a state described by its standing in a bloc, acting)
    r"|(?:\s+(?:attending|participating|present|taking\s+part|joining|sitting\s+in|was\s+present|attended))?"
    r"\s+as\s+(?:an?\s+|the\s+)?observers?\b"
    # a state looking on: "with France watching closely", "as Japan looks on"
    r"|\s+(?:watching|looking\s+on|looks\s+on|looked\s+on)\b"
    # the rival's conduct, the setting an act answers: "Beijing's expansive claims", "China's growing influence",
    # "Russia's increased naval activity", "Moscow's coercion"
    r"|[’']s\s+(?:(?:growing|increased|increasing|rising|expanding|expansive|mounting|aggressive|assertive|sweeping|"
    r"economic|political|regional|global|military|maritime|naval)\s+){0,3}(?:assertiveness|influence|coercion|expansionism"
    r"|dominance|clout|ambitions|belligerence|aggressiveness|militari[sz]ation|provocations?|incursions?|claims|build-?up"
    r"|(?:maritime|military|naval)\s+(?:activit(?:y|ies)|presence))\b"
    # a place in the name of a line across countries: "the Baku-Tbilisi-Kars railway"
    r"|(?:-[A-Z][\w’'-]*)*\s+(?:[\w-]+\s+)?(?:railway|railroad|pipeline|corridor|highway|motorway|bridge|route)s?\b",
)
NOT_AN_ACTOR_AFTER = Alternation(worded_branches(NOT_AN_ACTOR_AFTER), NOT_AN_ACTOR_AFTER)  # each branch behind its words
# An instrument a city names, lower case after "the <city>": "the Paris accord", "the Minsk agreements" (where it was
# made, not a side of it; capitalised, NOT_AN_ACTOR_AFTER reads it).
PLACE_NAMED_INSTRUMENT = re.compile(r"\s+(?:agreements?|accords?|protocol|convention|treaty|declaration|process|format"
                                    r"|principles|consensus|charter|communiqu[eé])\b")

# The head word of a named body of a government: "the National Cyber Directorate".
_GOVERNMENT_BODY = (r"(?:Ministry|Directorate|Commission|Agency|Authority|Council|Office|Department|Administration|Bureau"
                    r"|Service|Committee|Assembly|Guard|Security|Institute|Treasury)")

_GOVERNMENT_BODY_LOWER = (r"ministry|ministries|directorate|commission|agency|agencies|authority|department|administration"
                          r"|bureau|council|committee|treasury")

# After a state's name: "Russia's state-owned Rosatom", "China's telecoms giant": a company of that state.
COMPANY_OF_STATE_AFTER = re.compile(
    # a state-owned lender after its state: "China's Exim Bank", "China Development Bank"
    r"(?:[’']s)?\s+(?-i:Exim|EXIM|Export-Import|Development|Construction|Agricultural)\s+(?-i:Bank)\b|"
    rf"[’']s\s+(?:state-owned|state-run|state-backed|national|largest|biggest|leading)\b"
    # not a body of the government: "Israel's National Cyber Directorate", "China's National ... Commission"
    rf"(?!(?:\s+(?-i:[A-Z])[\w-]*|\s+and){{0,5}}\s+(?-i:{_GOVERNMENT_BODY})\b"
    # nor one written in lower case: "China's national development and reform commission", "Kenya's national treasury"
    rf"|(?:\s+[a-z-]+|\s+and){{0,4}}\s+(?:{_GOVERNMENT_BODY_LOWER})\b)|[’']s\s+(?:[\w-]+\s+){{0,2}}{COMPANY_NOUN}\b", _I)
COMPANY_OF_STATE_AFTER = quick_start(COMPANY_OF_STATE_AFTER)  # the same matches, tried only where one may start

# An apposition after a source's name: ", the spokesperson for the Russian Foreign Ministry", ", run by the ministry".
_APPOSITION = r"(?:,\s+(?:the|a|an|who|which|run|owned|controlled|part|its|their|capital)\b[^,;]{1,80})"

# A closing attribution names who reports the act, not who takes part: "..., the Italian presidency said."
ATTRIBUTION_AT_END = Hinted(re.compile(
    r",\s+(?:according to\s+[^,;]{1,80}" + _APPOSITION + r"?|[^,;]{1,80}?(?:" + _APPOSITION + r",\s+)?"
    r"\b(?:said|says|announced|reported|noted|added|stated|told [\w ]{1,30})(?:\s+on\s+\w+)?"
    # the verb first, as wire copy has it: "..., said Russian official Anna Ivanova, reported the TASS agency."
    r"|(?:said|says|stated|noted|added|announced|stressed|explained)\s+(?!(?:that|it|they|he|she|we|on|in|at)\b)"
    r"(?![^,;]{0,80}?\b(?:will|would|shall|can|could|may|might|must|is|are|was|were|has|have|had)\b)[^,;]{1,80}"  # a speaker, not a clause
    + _APPOSITION + r"?(?:,\s+(?:reported|according to|citing|quoted by)\s+[^,;]{1,60})?)\W*$", _I),
    "according to", "said", "says", "announced", "reported", "noted", "added", "stated", "told", "stressed", "explained")

# A closing clause of saying, whatever follows the verb: "..., the Russian government said in a decree published on Monday".
SAID_AFTER = Hinted(re.compile(r",\s+(?:according to\b|[^,;]{1,60}?\b(?:said|says|announced|reported|stated|noted)\b)[^,;]*$", _I),
                    "according to", "said", "says", "announced", "reported", "stated", "noted")

# Around a bloc's name, words that make it a setting or a qualifier rather than an actor: "the SCO
# summit", "on the sidelines of APEC", "the only G7 nation", "the ASEAN region", "fellow GCC member".
BLOC_AS_SETTING_AFTER = re.compile(
    r"\)?\s+(?:(?:leaders[’']?\s+)?(?:summits?|meetings?|sidelines|ministerials?|conferences?|forums?|sessions?|chairmanship"
    r"|presidency|region|secretariat|headquarters|charter|roadmap|agenda)"
    # one state of the bloc ("the only G7 nation"), not its members acting together ("ASEAN member states adopted")
    r"|(?:nation|member|country|state|economy)(?!s\b|\s+(?:states|countries|nations|governments|ministers?|ministr(?:y|ies)|officials)\b))\b",
    _I)

# A summit as the body that decides: "the SCO summit adopted a statement" (not "at the SCO summit").
SUMMIT_DECIDES = re.compile(r"\s+(?:leaders[’']?\s+)?summit\s+(?:[^.;,]{0,40}?\s+)?(?:has\s+|have\s+)?(?:adopted|approved|endorsed|issued|agreed"
                            r"|(?:ended|closed|concluded)\s+(?:\w+\s+){0,3}?with\s+the\s+adoption\s+of)\b", _I)

BLOC_AS_SETTING_BEFORE = re.compile(
    r"\b(?:sidelines of|margins of|at|during|ahead of|on the eve of|after|before)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$"
    # one state's own stance inside a bloc: "champion a common position within the African Union"
    r"|\bwithin\s+(?:the\s+)?$"
    # the bloc whose roof the act is made under: "within the framework of the SCO", "under the auspices of ASEAN"
    r"|\b(?:framework|umbrella|aegis|auspices)\s+of\s+(?:the\s+)?$"
    # the bloc's meeting as the setting: "will not take part in this week's summit of the CSTO"
    r"|\b(?:summits?|meetings?|sessions?|ministerials?|sidelines|margins)\s+of\s+(?:the\s+)?$", _I)
BLOC_AS_SETTING_BEFORE = Opened(BLOC_AS_SETTING_BEFORE)  # the same matches, tried only where one may start

BLOC_AS_CIRCLE_BEFORE = re.compile(
    r"\b(?:fellow|other|non|membership|join|joined|joins|joining|accession to|accede to)(?:\s+of)?(?:\s+the)?[\s-]*$", _I)
BLOC_AS_CIRCLE_BEFORE = Opened(BLOC_AS_CIRCLE_BEFORE)  # the same matches, tried only where one may start

# Between two actors' names, what makes them one subject: "A and B", "A, B", "A's president and B's".
COORDINATION = re.compile(r"(?:[’']s(?:\s+\w+){0,3}?)?\s*(?:,|,?\s+and)\s+(?:the\s+)?$")

# Two actors as one subject of a verb of making: "Finland and Estonia will build a second data cable".
JOINT_MAKING = Hinted(re.compile(
    r"\s+(?:(?:will|would|shall|are|is|to|set|plan|plans|planned|also|jointly|have|has|had|on\s+\w+day|announced|unveiled|revealed|outlined"
    r"|work(?:ing)?\s+(?:on|towards?))\s+){0,3}"
    r"(?:build|develop|construct|lay|set up|establish|creat(?:e|ing)|deploy|co-develop|co-produce|co-finance|finance|fund"
    r"|launch|inaugurate?)(?:s|es|d|ed|ing)?"
    r"\s+(?:a|an|joint|new|two|three|\d+)\b(?!\s+(?:new\s+)?(?:chapter|era|page|phase)\b)", _I),  # not "a new chapter"
    "build", "develop", "construct", "lay", "set up", "establish", "creat", "deploy", "co-", "financ", "fund", "launch",
    "inaugurat")

# After the compound of two actors' names, a body of theirs: "the EU-India Trade and Technology Council".
COMPOUND_BODY = re.compile(r"(?:\s+(?:and\s+)?(?-i:[A-Z][\w-]*)){0,5}\s+(?-i:Council|Commission|Committee)\b")
# A joint project named by its two actors' compound: "the ASEAN-Japan Cybersecurity Capacity Building Centre".
COMPOUND_PROJECT = re.compile(
    r"(?:\s+(?:and\s+)?(?-i:[A-Z][\w-]*)){0,5}\s+(?-i:Centre|Center|Fund|Programme|Program|Institute|Initiative|Facility)\b")

# Instruments one actor signs with each of several: "signed separate agreements with A and B", "MoUs with A, B and C".
_PLURAL_INSTRUMENTS = r"(?:agreements|deals|memorand(?:a|ums)|MoUs|MOUs|pacts|accords|treaties|contracts|protocols|programmes|programs|partnerships)"

ONE_WITH_EACH = Hinted(re.compile(
    rf"\b(?:separate|individual|respective)\s+(?:[\w-]+\s+){{0,2}}?{_PLURAL_INSTRUMENTS}\b|\b{_PLURAL_INSTRUMENTS}\s+with\b"
    # what the instruments are on may come first: "will sign agreements on peaceful nuclear cooperation with A and B"
    rf"|\b{_PLURAL_INSTRUMENTS}(?:\s+of\s+(?:understanding|cooperation))?(?:\s+\([^()]{{1,12}}\))?"
    r"(?:\s+(?:on|in|for|covering)\s+(?:(?!with\b)[\w-]+\s+){1,9}?|\s+)with\b"
    # similar instruments made with each, in the passive: "Similar agreements on ... have already been signed with A, B and C"
    rf"|\bsimilar\s+(?:[\w-]+\s+){{0,2}}?{_PLURAL_INSTRUMENTS}\b[^.;]{{0,100}}?\b(?:been|were|are)\s+(?:\w+ly\s+)?(?:signed|concluded|inked|agreed)\s+with\b"
    r"|\brespectively\b", _I), "separate", "individual", "respective", "s with", "a with", "ments ", "deals ", "memoranda ",
    "memorandums ", "mous ", "pacts ", "accords ", "treaties ", "contracts ", "protocols ", "programmes ", "programs ",
    "partnerships ")

# Who tells, witnesses, reacts to or is compared with an act, set apart from those who make it: "According to China's
# Xinhua, ...", "The Chinese foreign ministry said A and B ...", "in the presence of the Russian president", "a
# China-built line", "..., which the US has criticised", "drawing a protest from China", "despite objections from
# Brussels", "similar to Turkey's project". Their actors are left out when two others remain (not in "China said it
# signed a deal with Laos", nor in "Vietnam, which signed a partnership with the US, ...").
# "According to China's Xinhua, ...": the source; "The Chinese foreign ministry said A and B ...": the speaker, up to a
# verb of saying with no act told before it, and with someone other than the speaker ("it", "they") after it.
ACCORDING_TO = re.compile(r"^\W*according to\b[^,;]{1,80},", _I)
# When the saying was, told right after its verb: "on Friday", "Friday", "on Aug. 22", "on 22 August 2019", "last week".
SAID_WHEN = (r"(?:\s+on\s+(?:\w+day|(?-i:[A-Z])[a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?|\d{1,2}\s+(?-i:[A-Z])[a-z]{2,8}"
             r"(?:\s+\d{4})?)(?!,?\s+\d)|\s+(?:yesterday|today|last\s+(?:week|month)|earlier\s+this\s+(?:week|month)|this\s+week"
             r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))?")  # (news agencies drop the "on": "said Tuesday it had ...")
SAYING = Hinted(re.compile(
    rf"\b(?:(?:said|says|told\s+\w+|reported|stated){SAID_WHEN}(?:\s+that)?|(?:announced|noted|added|confirmed|warned|claimed|argued|insisted"
    rf"|complained|alleged|cautioned|charged){SAID_WHEN}\s+that)"
    r"(?=\s+(?!(?:it|they|we|he|she)\b)\S)", _I), "said", "says", "told", "reported", "stated", "that")
ACT_BEFORE_SAYING = re.compile(r"\b(?:signed|agreed|inked|sealed|launched|adopted|set|that|which|and)\b", _I)
# Witnesses, makers, reactions and comparisons, each behind the words every match of it holds.
# A name in a fronted precedent, case-sensitive: "the Philippines", "Sweden", "South Korea".
_FRONTED_NAME = r"(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*"

ASIDES = [
    Hinted(re.compile(r"\bin the presence of\b[^,;]*|\bwitnessed by\b[^,;]*|,\s*who\s+(?:hosted|chaired|brokered|witnessed)\b[^,;]*"
                      r"|\bhosted by\b[^,;]*", _I), "presence", "witnessed by", "who", "hosted by"),
    Hinted(re.compile(r"\b(?-i:[A-Z])[\w.]*-(?:built|made|funded|financed|designed|supplied|owned|operated|backed|brokered|hosted)\b",
                      _I), "-built", "-made", "-funded", "-financed", "-designed", "-supplied", "-owned", "-operated", "-backed",
           "-brokered", "-hosted"),
    # through a list of names: ", which groups Brazil, Argentina, Paraguay and Uruguay"
    Hinted(re.compile(r",\s*(?:which|who)\b[^,;]*(?:(?:,\s+|\s+)(?:and\s+)?(?-i:[A-Z])[\w.’'-]*(?:\s+(?-i:[A-Z])[\w.’'-]*)*(?=\s*(?:,|\band\b|[.;]|$)))*", _I),
           "which", "who"),
    Hinted(re.compile(r"\bthat\s+(?:the\s+)?(?-i:[A-Z])[\w.]*(?:\s+(?-i:[A-Z])[\w.]*)?(?:\s+(?:ambassador|envoy|minister|president"
                      r"|officials?|government|ministry|embassy|leader|media|press))?\s+(?:says?|said|claims?|claimed|believes?"
                      r"|argues?|alleges?|fears?|feared|sees?|views?|calls?|called)\b[^,;]*", _I), "that"),
    Hinted(re.compile(r",\s*(?:drawing|prompting|sparking|triggering|provoking|angering|irking|alarming|worrying|upsetting|unnerving"
                      r"|infuriating|rattling|irritating)\b[^,;]*", _I), "drawing", "prompting", "sparking", "triggering",
           "provoking", "angering", "irking", "alarming", "worrying", "upsetting", "unnerving", "infuriating", "rattling",
           "irritating"),
    # the setting an act is told in: "despite objections from Moscow", "Amid concern over Chinese companies, ..."
    Hinted(re.compile(r"\b(?:despite|amid|over)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:objections?|opposition|concerns?|warnings?|pressure"
                      r"|criticism|protests?|misgivings|reservations|unease|worries|fears?)\s+(?:from|of|by|in|over|about|at)\b[^,;]*", _I),
           "despite", "amid", "over"),
    # the cause an act answers: "..., in response to the US speaker's visit to Taiwan"
    Hinted(re.compile(r"\b(?:in|as)\s+(?:a\s+)?(?:response|reply|reaction|retaliation)\s+(?:to|for|against)\b[^,;]*", _I),
           "response", "reply", "reaction", "retaliation"),
    # whose allies or partners the parties are, in apposition: "the Saudis, long-term US allies, ..."
    Hinted(re.compile(r",\s*(?:(?:long-?(?:term|time|standing)|close|key|staunch|traditional|old|major)\s+)*(?-i:[A-Z])[\w.]*\s+"
                      r"(?:allies|ally|partners?)\s*(?=,)", _I), "allies", "ally", "partner"),
    # states that did the like before, fronted: "Following Sweden and Finland, Denmark has also concluded an agreement"
    # (case-sensitive: the opening word capitalised, each name too)
    Hinted(re.compile(r"\b(?:Following|Like|After|Just like|As with)\s+" + _FRONTED_NAME + r"(?:(?:,\s*|\s+and\s+)" + _FRONTED_NAME
                      + r")*(?=\s*,)"),
           "following", "like", "after", "as with"),
    Hinted(re.compile(r"\b(?:except|other than|apart from|compared (?:with|to)|more than with|similar to|modell?ed on|akin to|unlike)\b[^,;]*",
                      _I), "except", "other than", "apart from", "compared", "more than with", "similar to", "modelled on",
           "modeled on", "akin to", "unlike"),
]

# An organisation's name right before a parenthesis: "contracts with Uranium One (Russia) and CBS (China)".
_ORG_NAME_BEFORE = re.compile(r"(?-i:[A-Z])[\w&.’'-]*\s*\(\s*$")


def home_of_named_org(text: str, local: int, surface: str, actor_spans: list[tuple[int, int]]) -> bool:
    """Whether the state named at local stands alone in parentheses right after a name that is no actor's: the home of
    an organisation ("Uranium One (Russia)", "Hong Kong CBS (China)"), not a side; after an actor's own name ("the
    Russian Federation (Russia)", "Peru (Lima)") it counts, and so does an abbreviation, the name before told again ("the
    Commonwealth of Independent States (CIS)"). actor_spans: the clause's actors, as offsets in text."""
    if surface.isupper() or text[local + len(surface):local + len(surface) + 1] != ")":
        return False
    if (name := _ORG_NAME_BEFORE.search(text, max(0, local - 60), local)) is None:
        return False
    return not any(start <= name.start() < end for start, end in actor_spans)


# A trailing phrase of a participle after a comma: what the act does ("..., facilitating cooperation between UPI in
# India and the Instant Payment Platform in the UAE"), not who made it (matched at the comma).
_TRAILING_PARTICIPLE = re.compile(r",\s+(?:thereby\s+)?\w+ing\b", _I)


def sides_between(text: str) -> re.Match | None:
    """The first "between" of the clause that can name the act's sides: not one inside a trailing participle phrase
    after the act ("..., facilitating cooperation between A's system and B's")."""
    for match in BETWEEN.finditer(text):
        comma = text.rfind(",", 0, match.start())
        if comma < 0 or ";" in text[comma:match.start()] or not _TRAILING_PARTICIPLE.match(text, comma):
            return match
    return None


def side_by_people(text: str, at: int, surface: str) -> bool:
    """Whether a demonym at offset at is its people as a side, "the Saudis", "the Americans" (a plural in -ans or -is
    after "the"), which news uses for the state's side; not "Russian media", "the Swiss company", bare "Americans"."""
    return surface.endswith(("ans", "is")) and text[max(0, at - 4):at].lower() == "the "
