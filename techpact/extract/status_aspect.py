"""The status a status cue gives once what stands around it is read (extraction rules, ours): a future or modal
before a verb of concluding ("will sign", "is set to conclude"), a negation ("has not been ratified"), a progressive
("is being finalised"), a condition ("if the deal is signed"), an instruction ("instructed the agency to ... sign"), a time
still ahead ("for signing next month"), a hedge ("could withdraw"). status.find_status reads every cue through aspect."""

from __future__ import annotations

import re

from techpact.extract.status_concluding_ahead import concluding_ahead, entry_in_time_ahead, meeting_ended
from techpact.extract.status_coordinated import coordinated_ahead
from techpact.extract.status_drafts import text_only
from techpact.extract.status_served import RATIFICATION_OUTSTANDING

_I = re.IGNORECASE

# Words that put the verb after them in the future or the conditional: "will sign", "is set to conclude". The modal
# "may" only in lower case: "on May 14 signed", "HANOI, May 14" name the month.
_AHEAD_WORDS = r"will|would|shall|to|plans? to|planning to|set to|expected to|due to|ready to|intend(?:s|ed)? to"
_FUTURE_BEFORE = re.compile(r"\b(?:could|(?-i:may)|might|can|should|must|" + _AHEAD_WORDS + r")\s+(?:\w+\s+)?$|\bto\s+help\s+(?:[\w-]+\s+){1,3}$", _I)  # (or "to help B set up")
# An infinitive after an ordinal of its doers tells what is done: "the 11th country to sign the accords", "the first
# nation to join" (not when the clause puts that ahead: "will become the first state to sign").
_ORDINAL_DOER_BEFORE = re.compile(r"\bthe\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
                                  r"|\w+teenth|\w+ieth|\d+(?:st|nd|rd|th)|latest|newest|only)\s+"
                                  r"(?:[\w-]+\s+)?(?:country|nation|state|member|government|economy|signatory)\s+to\s+$", _I)
_ORDINAL_AHEAD_BEFORE = re.compile(r"\b(?:will|would|shall|could|(?-i:may)|might|set to|expected to|poised to|aims? to|hopes? to"
                                   r"|bid to|seeks? to|wants? to|plans? to|(?:is|are) to)\b[^.;]*$", _I)
# The second of two base-form verbs under one future or infinitive: "will negotiate and sign", "to strengthen and
# formalize their partnership" (the cue itself must be a base form: "came to Moscow and signed" is done).
_FUTURE_COORDINATED_BEFORE = re.compile(r"\b(?:" + _AHEAD_WORDS + r")\s+\w+\s+(?:and|or)\s+(?:then\s+|also\s+|eventually\s+)?$", _I)
_NOT_BASE_FORM = re.compile(r"\w+(?:ed|ing|s)\b")
# Words that put a verb of concluding before its time: "not yet signed", "is being finalised", "towards signing".
_NOT_DONE_BEFORE = re.compile(r"\b(?:not yet|(?<!witnessed )(?<!watched )(?<!saw )being|towards?|ahead of(?: the)?|close to|(?:slated|set|scheduled|due|ready) for"
                              r"|for (?:subsequent|later|future|eventual)"
                              # near its end, not there: "on the verge of signing", "in the final stages of completing",
                              # "in the process of concluding", "have nearly completed"
                              r"|on the (?:verge|brink|cusp|point) of|in the (?:process|midst|course) of"
                              r"|(?:final|last|late|advanced) stages? of|nearly|almost)\s+(?:\w+\s+)?$", _I)
# A signing told in the past progressive, going on when the news was gathered: "agreements worth $30 billion were being
# signed, state media said". Signing is done in a moment (unlike "was being finalised"); "is being signed today" is
# still ahead of the report.
_SIGNING_IN_PROGRESS_BEFORE = re.compile(r"\b(?:was|were)\s+(?:also\s+)?being\s+$", _I)
_MOMENT_VERBS = ("signed", "inked", "sealed", "exchanged")
# Those who refuse are people, not a side: "some people in Indonesia don't agree with the idea", "critics opposed".
_PEOPLE_BEFORE = re.compile(r"\b(?:(?:some|many|most|several|ordinary)\s+)?(?:people|residents|citizens|locals|critics|activists"
                            r"|environmentalists|protesters|opponents|experts|analysts|observers|the public)\b"
                            r"(?:\s+in\s+(?-i:[A-Z])\w+)?\s*[“”\"'‘’]?\s*$", _I)
# The instrument agreed on still to be made: "agreed on a leaders' declaration ... to be adopted in the upcoming
# summit", "finalised a joint statement to be issued next month".
_TO_BE_MADE_AFTER = re.compile(r"[^.;]{0,40}?\b(?:declarations?|statements?|agreements?|memorand\w*|MoUs?|accords?|treat(?:y|ies)|pacts?"
                               r"|deals?|protocols?|charters?|road ?maps?|communiqu\w+)\b[^.;,]{0,100}?\bto\s+be\s+(?:formally\s+"
                               r"|officially\s+|jointly\s+)?(?:adopted|signed|issued|approved|endorsed|inked|finali[sz]ed|concluded|released)\b", _I)
# Ahead of what the clause puts in the future, the conditional or the present progressive: "will meet before signing", "upon agreeing, sign it", "are aligning their laws before (the) signing".
_AHEAD_OF_BEFORE, _GOING_ON_IN_CLAUSE = re.compile(r"\bbefore\s+(?:\w+ing\s+)?(?:the\s+)?$", _I), re.compile(r"\b(?:is|are|am)\s+(?:\w+ly\s+)?(?:(?!being\b)\w+ing|in\s+the\s+process\s+of)\b[^.;:]*$", _I)
# A concluding dated ahead: "for signing later this week", "to be inked next month".
_SOON_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,4}?(?:later this (?:week|month|year)|next (?:week|month|year)|tomorrow)\b", _I)
# An entry into force dated ahead: "comes into force next month", "takes effect on January 1 next year", "from next year".
_COMING_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,5}?(?:in the coming (?:days|weeks|months)|from next (?:week|month|year)|next year)\b", _I)
# The signing as a noun told ahead: "The signing of the memorandum will be the first step".
_NOUN_AHEAD_AFTER = re.compile(r"(?:\s+(?:of|on)\s+[^,.;:]{0,80}?)?\s+(?:will|is (?:expected|due|set|scheduled|slated|planned))\b", _I)
# ... but a signing told at a time just past, then what it will bring, was made: "The signing of the agreement this week
# will see the two countries intensify cooperation", "the signing yesterday will allow joint research".
_JUST_PAST_THEN_EFFECT = re.compile(r"(?:\s+(?:of|on)\s+[^,.;:]{0,80}?)?\s+(?:yesterday|this\s+week|last\s+week|earlier\s+this\s+week)"
                                    r"\s*,?\s+will\s+(?:\w+ly\s+)?(?:see|allow|enable|help|boost|pave|open|mark|strengthen|deepen"
                                    r"|expand|bring|give|provide|facilitate|promote|benefit|create|lead|further)\b", _I)
# A signing authorised, still to be made: "the cabinet approved the signing of", "authorised the conclusion of", "gave its
# nod for signing".
_AUTHORISED_BEFORE = re.compile(r"\b(?:approv\w*|authori[sz]\w*|clear\w*|green-?light\w*|green\s+light|sanction\w*|go-ahead"
                                r"|permission|mandate|nod)\s+(?:(?:for|to)\s+)?(?:the\s+)?$", re.IGNORECASE)
# ... or an approval whose subject is the signing, in the passive: "The signing of two memorandums with the Netherlands was
# approved by the cabinet" (the approval's cue, not the signing's, would read it concluded).
_APPROVED_AFTER = re.compile(r"\s+(?:of|on)\s+[^.;:]{0,160}?\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?"
                             r"(?:approved|authori[sz]ed|cleared|endorsed|sanctioned)\b", _I)
_SIGNING_APPROVED_BEFORE = re.compile(r"\b(?:signing|conclusion)\s+(?:of|on)\s+[^.;:]{0,160}?\s+(?:was|were|has\s+been|have\s+been"
                                      r"|had\s+been)\s+(?:\w+ly\s+)?$", _I)
# An instruction or authority to conclude, the verb in its base form: "instructed the agency to negotiate and sign the protocol".
_INSTRUCTED_BEFORE = re.compile(r"\b(?:instruct|authori[sz]|order|mandat|empower|direct|task)\w*\b[^.;]*$", _I)
# A domestic order signed that lets someone make the act: "signed a resolution to allow Roscosmos to negotiate an agreement
# with NASA", "signed an order instructing the ministry to sign" (the order is done; the act is still to be made).
_ORDER_TO_MAKE_AFTER = re.compile(r"\s+(?:(?:a|an|the|his|her|its|their)\s+)?(?:[\w-]+\s+){0,2}?(?:decree|resolution|order|directive|ordinance)s?\b"
                                  r"[^.;]{0,60}?\b(?:to\s+(?:allow|authori[sz]e|permit|instruct|order|enable|empower)|allowing|authori[sz]ing"
                                  r"|permitting|instructing|ordering|enabling|empowering)\b[^.;]{0,80}?\bto\s+(?:negotiate|sign|conclude|ink)\b", _I)
# A making where a stretch told in the perfect began: "progress has been made since the two countries signed a CSP".
_SINCE_MADE_BEFORE = re.compile(r"\b(?:has|have)\s+(?:been\s+|also\s+|steadily\s+)?\w+(?:ed|en|wn|ne)\b[^.;]{0,120}?\bsince\s+(?:the\s+two\s+\w+|both\s+\w+|they|the\s+sides|(?-i:[A-Z])[\w.’'-]*(?:\s+and\s+(?-i:[A-Z])[\w.’'-]*)?)\s+(?:first\s+)?$", _I)
# A condition on concluding it or on its course: "if the deal is signed", "unless parliament approves", "if it is ratified".
_CONDITION_BEFORE = re.compile(r"\b(?:if|unless|whether)\b[^,.;:]*$", _I)
# A concluding told as the condition of what follows it: "will take effect once signed", "after it is signed in May".
_ONCE_BEFORE = re.compile(r"\b(?:once|as soon as|upon)\s+(?:(?:it|they)\s+(?:is|are|has been|have been)\s+)?$"
                          r"|\b(?:after|when)\s+(?:it|they)\s+(?:is|are|has been|have been)\s+$"
                          # the act named, its making in the present of a time ahead: "once the memorandum is signed",
                          # "before the agreement is concluded", "until the treaty is ratified" (not "after it was signed")
                          r"|\b(?:once|as soon as|after|when|before|until|till)\s+(?:the|this|that|an?|its|their|such|any)\s+"
                          r"(?:[\w-]+\s+){0,4}?(?:is|are|has been|have been)\s+(?:(?:formally|officially|finally|fully)\s+)?$", _I)
# An act still in the making: "is still being negotiated", "as soon as it is completed" (a future entry into force
# or ratification of such an act tells no concluding).
_UNMADE = re.compile(r"\b(?:being|yet to be)\s+(?:negotiated|drafted|prepared|put together|worked out|finali[sz]ed|developed)\b"
                     r"|\b(?:once|as soon as|upon|after|when)\s+(?:(?:it|they)\s+(?:is|are|has been|have been)\s+)?"
                     r"(?:completed|finali[sz]ed|signed|concluded|agreed)\b"
                     # its signing told ahead: "The signing of the agreement is expected in May, pending ratification"
                     r"|\b(?:signing|signature)\b[^.;]{0,80}?\b(?:is|are)\s+(?:now\s+)?(?:expected|due|scheduled|set|slated|planned)\b", _I)
# A concluding told as a thing ahead: "the signing is scheduled for May", "a launch is planned for 2026".
_LATER_AFTER = re.compile(r"\s+(?:ceremony\s+)?(?:is|was|has been|had been)\s+(?:now\s+)?(?:planned|scheduled|expected|due|set|slated)"
                          r"\s+(?:for|to|on|in)\b", _I)
# An aim that the act take effect or be carried out: "to ensure that this agreement is operationalised", "will make sure
# the memorandum is implemented". What is to be ensured has not happened: no status of its own.
AIMED_BEFORE = re.compile(r"\b(?:ensur(?:e|es|ed|ing)|make sure|makes sure|making sure|see to it)\b[^.;,:]{0,80}$", _I)
# Entry into force still awaited: "awaits ratification", "pending ratification", "subject to ratification".
_AWAITED_BEFORE = re.compile(r"\b(?:await\w*|pending|subject to|requir\w+|needs?|prior to|until|before)\s+(?:\w+\s+)?$"
                             # the completion of its steps awaited: "pending the completion of all necessary ratification"
                             r"|\b(?:pending|await\w*|subject to|until|before)\s+(?:the\s+)?(?:completion|conclusion|end)\s+of\s+(?:[\w-]+\s+){0,3}$"
                             # a condition ahead: "will enter into force once it has been ratified", "as soon as they ratify it"
                             r"|\b(?:once|as soon as|upon|unless)\s+(?:[\w-]+\s+){0,4}$", _I)
# A ratification only proposed or on its way: "a bill on ratification of the treaty", "a bill ratifying it", "submitted
# it to parliament for ratification" (not "the law on ratification", which a president signs when it is done; a bill
# told enacted, "signed into law a bill on ratifying", is read in status_served).
_RATIFICATION_ON_ITS_WAY_BEFORE = re.compile(r"\b(?:bill|draft(?:\s+law)?|motion)s?\s+[“\"‘'«]?(?:(?:on|for|of|to)\s+(?:the\s+)?)?$"
                                             r"|\b(?:submit\w*|sent|send\w*|forward\w*|introduc\w*|put forward|go|goes|went|head\w*|refer\w*|pass\w* on)\b[^.;]{0,60}?"
                                             r"\bfor\s+(?:the\s+)?$"
                                             # nearer to it, or its way cleared: "is closer to possible ratification",
                                             # "clears the way for its ratification", "a step towards ratification"
                                             r"|\b(?:clos(?:e|er)|near(?:er)?|step\w*|mov\w*|way|path|road)\s+(?:to|towards?|for)\s+"
                                             r"(?:(?:the|its|their|a|possible|eventual|final|formal|swift)\s+)*$|\bpossible\s+$"
                                             # a ratification still to be weighed: "will discuss the issue of ratification"
                                             r"|\b(?:discuss\w*|consider\w*|debat\w*|examin\w*|review\w*|(?:issue|question|matter)\s+of)"
                                             r"\s+(?:the\s+)?(?:(?:issue|question|matter)\s+of\s+)?(?:the\s+)?$|\brecommend\w*\s+(?:that\s+(?:[\w.’'-]+\s+){1,4}?(?:should\s+)?)?$",
                                             _I)
# The same told after the noun: "the ratification bill", "the ratification process is under way".
_RATIFICATION_ON_ITS_WAY_AFTER = re.compile(r"\s+(?:bills?|draft|motions?|(?:process|procedures?)(?:\s+(?:of|for|on|in)\s+[^,.;:]{0,80}?)?"
                                            r"\s+(?:is|are|remains?)\s+(?:still\s+)?"
                                            r"(?:under\s?way|ongoing|in\s+progress|continuing))\b", _I)
# The ratification as the object of a verb told ahead: "is expected to approve the ratification", "will complete its
# ratification" (not "to" as a preposition: "consented to the ratification").
_RATIFICATION_AHEAD_BEFORE = re.compile(r"\b(?:will|would|shall|could|(?-i:may)|might|should|must|(?:expected|set|due|plans?"
                                        r"|planning|ready|intends?|aims?|hopes?|seeks?|yet|is|are|going)\s+to)\s+(?:\w+\s+)?"
                                        r"(?!the\b|its\b|their\b)\w+\s+(?:(?:the|its|their|his|her|final|formal)\s+)*$", _I)
# A making or ratification as the means of a thing ahead: "agreed to boost trade by ratifying the agreement signed in
# 2023", "agreed to strengthen cooperation by holding annual talks and launching a data platform".
_MEANS_AHEAD_BEFORE = re.compile(r"\b(?:will|would|shall|(?:agreed|agrees?|decided|plans?|planned|aim(?:s|ed)?|intend(?:s|ed)?"
                                 r"|hop(?:e|es|ed)|seeks?|want(?:s|ed)?|expected|set|due|going|ready|resolved|vowed|pledged"
                                 r"|committed)\s+to)\s+(?!the\b|a\b|an\b)[\w-]+\b[^.;:]{0,80}?\bby\s+"
                                 r"(?:[\w-]+ing\b[^.;:]{0,60}?\s+and\s+)?$", _I)
# The signing as the object of a verb ahead: "They will witness the signing of seven agreements", "is set to attend
# the signing ceremony".
_WITNESSED_AHEAD_BEFORE = re.compile(r"\b(?:will|would|shall|(?:is|are)\s+(?:set|expected|due|scheduled|slated)\s+to)\s+(?:\w+\s+)?"
                                     r"(?:witness|attend|oversee|observe|preside\s+over"
                                     r"|host)\s+the\s+$"
                                     # or as the purpose of a thing ahead: "will visit Hanoi to witness the signing of"
                                     r"|\b(?:will|shall|(?:is|are)\s+(?:set|expected|due|scheduled|slated)\s+to)\s+[^.;:]{0,100}?\bto\s+"
                                     r"(?:witness|attend|oversee|observe)\s+the\s+$"
                                     # or as the purpose of an invitation: "invited Putin to visit Egypt to witness the signing of"
                                     r"|\binvit(?:ed|es|ing|ation)\b[^.;:]{0,100}?\b(?:(?:to|and)\s+(?:witness|attend|oversee|observe)|for|to)"
                                     r"\s+the\s+$", _I)
# A signing ceremony that a verb ahead will hold: "will hold a summit and a memorandum signing ceremony", "is set to host a
# signing ceremony for".
_CEREMONY_AHEAD_BEFORE = re.compile(r"\b(?:will|shall|(?:is|are)\s+(?:set|expected|due|scheduled|slated|to)(?:\s+to)?|plans?\s+to)\s+"
                                    r"(?:hold|host|attend|organi[sz]e|stage|witness|preside\s+over)\b[^.;:]{0,100}$", _I)
# A thing put into operation or service (a plant, a station, a cable), ahead: planned, not an instrument concluded.
_OPERATION = re.compile(r"(?:put|brought|placed)\s+into\s+(?:operation|service)\b", _I)
# A negation of entry into force: "has not been ratified", "never entered into force".
_NEGATION_BEFORE = re.compile(r"\b(?:not|never|n[’']t)\s+(?:yet\s+)?(?:\w+\s+)?$", _I)
_NOT_ONLY_BEFORE = re.compile(r"\bnot\s+(?:only|just|merely)\s+$", _I)  # "not only suspended the deal but ...": it ended
# The end itself as what is ended: "suspended our notice of termination", "withdrew its decision to quit the pact".
_END_UNDONE_AFTER = re.compile(r"\s+(?:(?:the|its|our|their|his|her|a)\s+)?(?:[\w-]+\s+){0,2}?(?:notice|notification)\b"
                               r"|\s+(?:(?:the|its|our|their)\s+)?decision\s+to\s+(?:end|withdraw|leave|quit|exit|terminate|suspend"
                               r"|scrap|pull\s+out)\b"
                               # the end stopped: "will suspend the expiry of the pact", "halted the termination of the deal"
                               r"|\s+(?:(?:the|its|our|their)\s+)?(?:planned\s+|scheduled\s+)?(?:expiry|expiration|termination|lapse)\b", _I)
# The end undone later in the clause: "signed in 2008 but shelved in 2009, was revived last year", "suspended in 2018 but
# resumed in 2021".
_END_RESTORED_AFTER = re.compile(r"[^.;]{0,80}?\b(?:but|and|was|were|been|later|then|subsequently|eventually)\s+(?:\w+ly\s+)?"
                                 r"(?:revived|resumed|restored|reinstated|reactivated|revitali[sz]ed)"
                                 r"(?=\s+(?:in|on|by|last|this|after|later|when|under|with)\b|\s*[,.;)]|\s*$)", _I)  # (not "resumed talks")
# A making not done when it was meant to be: delayed, still to come ("will not be signed as originally planned", "was not
# signed as scheduled").
_AS_PLANNED_AFTER = re.compile(r"[^.;,]{0,40}?\bas\s+(?:was\s+|had\s+been\s+|(?:originally|initially|first|previously)\s+)?"
                               r"(?:planned|scheduled|expected|hoped|intended|foreseen|envisaged|announced)\b", _I)
_NOT_WORD = re.compile(r"\bnot\b|n[’']t\b", _I)  # a refusal cue told by a negation ("will not sign"), not by a verb ("refused")
# A making told in the negated passive perfect ("the document has not been formally signed"): not made yet, and no
# refusal told (a refusal told beside it, "refused to sign it", is read by its own cue).
_PENDING = re.compile(r"(?:has|have)(?:\s+not|n[’']t)\s+been\s+(?:\w+ly\s+)?(?:signed|concluded|finali[sz]ed|inked|sealed"
                      r"|initial(?:l)?ed)\b", _I)
_PENDING_BEFORE = re.compile(r"\b(?:has|have)(?:\s+not|n[’']t)\s+been\s+(?:\w+ly\s+)?$", _I)
# An agreement reached to do something is the sides agreeing to do it, as "agreed to" is: "reached an agreement to
# expand cooperation" (not "reached an agreement on cooperation", an instrument concluded).
_AGREEMENT_TO_DO_AFTER = re.compile(r"\s+(?:an?|the)\s+(?:(?:broad|general|basic|initial|mutual)\s+)?(?:agreement|understanding|consensus)"
                                    r"\s+to\s+(?!the\b|a\b|an\b|\w+ed\b)[a-z]+\b"
                                    # an agreement only in principle, or tentative: "reached an agreement in principle on",
                                    # "struck a tentative deal" (the text is still to be settled and signed)
                                    r"|\s+(?:an?|the)\s+(?:(?:in-principle|tentative)\s+(?:agreement|deal|understanding)\b"
                                    r"|(?:agreement|deal|understanding)\s+in\s+principle\b)", _I)
# Modals that only weigh ending an act: "could withdraw", "threatened to pull out of".
_HEDGE_BEFORE = re.compile(r"\b(?:could|(?-i:may)|might|threat\w* to|consider\w* (?:to\s+)?|warned (?:it|they) (?:would|could)"
                           # an end wished or striven for, not decided: "wants to terminate", "its endeavour to terminate"
                           r"|wants? to|wanted to|wishe?s? to|seek(?:s|ing)? to|sought to|tr(?:y|ies|ied|ying) to|attempt\w* to"
                           r"|endeavou?rs? to|efforts? to|bids? to|push(?:es|ed|ing)? to|lobb\w+ to|calls? to"
                           r"|no (?:immediate )?plans? to|not (?:going|planning|intending) to|no intention (?:of|to))"
                           r"\s+(?:\w+\s+)?$", _I)
# Entry into force told as ahead: a ratification in the same clause is its condition or a step before it.
_FORCE_AHEAD = re.compile(r"\b(?:will|shall|would|is to|are to|set to|due to|expected to)\s+(?:\w+\s+)?(?:enter|come|go|take|be put)"
                          r"\s+(?:into\s+)?(?:force|effect)\b", _I)
# An end the act provides for, not one that befell it: "can be terminated with notice", "either party may withdraw".
_PROVISION_BEFORE = re.compile(r"\b(?:can|(?-i:may))\s+(?:only\s+|also\s+)?be\s+$"
                               r"|\b(?:either|any|each)\s+(?:side|party|parties|country|signatory|state)\s+(?:can|(?-i:may)|shall)\s+(?:\w+\s+)?$"
                               # the condition of its running on: "(extended) if neither party leaves", "unless one side withdraws"
                               r"|\b(?:if|unless|until|should)\s+(?:neither|either|any|one|no|a)\s+(?:side|party|country|signatory|state)"
                               r"\s+(?:\w+\s+)?$",
                               _I)
_RUNS_OUT = re.compile(r"expire|lapse|run out|to an end", _I)
_RUNS_OUT_AHEAD = re.compile(r"(?:expire|lapse)s?\b|runs out\b|comes to an end\b", _I)
# The act told not renewed: its running out is its end ("will not be renewed when it expires").
_NOT_RENEWED = re.compile(r"\b(?:not|n[’']t)\s+(?:to\s+)?(?:be\s+|been\s+|being\s+)?(?:renew|extend|prolong)\w*", _I)
# An end told as a noun, subject of the verb of taking effect: "the suspension of the deal took effect in May" (ended).
_END_NOUN_BEFORE = re.compile(r"\b(?:suspension|termination|cancell?ation|annulment|revocation|withdrawal|abrogation"
                              r"|denunciation|expiry|expiration|decision\s+to\s+(?:pull\s+out|withdraw|leave|quit|exit|terminate"
                              r"|suspend|cancel|scrap|end))\b[^.;,]{0,100}$", _I)  # (and "the decision to pull out of it")
# (not "to" as a preposition before a noun phrase: "according to the ministry", "a visit to Cairo")
# A verb taking the signing as its object, as an offer or a deferral: "suggested signing", "proposed the signing of"
# (an offer); "postponed the signing of", "delayed signing", "considered signing", "discussed signing" (still ahead).
_GERUND_OBJECT_BEFORE = re.compile(r"\b(?P<verb>suggest\w*|propos\w*|recommend\w*|advocat\w*|postpon\w*|delay\w*|defer\w*"
                                   r"|put(?:s|ting)?\s+off|push\w*\s+back|reschedul\w*|consider\w*|contemplat\w*|mull\w*"
                                   # talking it over: "discussed signing", "talked about the signing of", "explored concluding"
                                   r"|discuss\w*|talk\w*\s+(?:about|of|over)|explor\w*"
                                   # approaching the other side about it: "approached India on signing a pact"
                                   r"|approach\w*\s+(?:the\s+)?(?-i:[A-Z])[\w.’'-]*(?:\s+(?-i:[A-Z])[\w.’'-]*){0,3}\s+(?:about|on|over|regarding)"
                                   # working for it: "agreed to promote the early signing of", "will push for the signing"
                                   r"|promot\w*|push\w*\s+for|work\w*\s+(?:towards?|for)|expedit\w*|speed\w*\s+up|accelerat\w*"
                                   # wishing for it: "expressed interest in signing", "are keen on signing"
                                   r"|interest(?:ed)?\s+in|keen\s+on"
                                   # setting it as a target: "set a target of signing", "with the goal of concluding"
                                   r"|(?:target|goal|aim|objective)\s+of)"
                                   r"\s+(?:the\s+)?(?:(?:early|earliest|speedy|swift|timely|prompt|rapid)\s+)?$", _I)
_OFFERING = ("sugg", "prop", "reco", "advo", "appr")
# The signing deferred, told after it: "The signing of the memorandum was postponed", "the signing has been delayed".
_DEFERRED_AFTER = re.compile(r"(?:\s+(?:of|on)\s+[^.;:]{0,240}?)?\s+(?:was|were|is|has been|have been|had been|is being)\s+"
                             r"(?:\w+\s+)?(?:postponed|delayed|deferred|put off|pushed back|rescheduled)\b", _I)
# A perfect infinitive after a verb of report or appearance tells what is done, not what is ahead: "are understood to
# have signed", "appear to have concluded" (not "are expected to have signed by May").
_REPORTED_PERFECT_BEFORE = re.compile(r"\b(?:understood|believed|reported|said|thought|known|claimed|confirmed|appears?|appeared"
                                      r"|seems?|seemed)\s+to\s+(?:have\s+(?:\w+ly\s+|already\s+|also\s+|long\s+|been\s+)?)?$", _I)
_DONE_IF_REPORTED = {"signed": "signed", "in_force": "in-force", "ongoing": "in-force"}
_MODAL_IN_CLAUSE = re.compile(r"\b(?:will|would|shall|can|could|(?-i:may)|might|should|must"
                              r"|to(?!\s+(?:the|a|an|its|their|his|her|our|this|that|these|those|(?-i:[A-Z])|\d)))\b[^.;:]*$", _I)
# The steps of ratifying told done: "the Cabinet took the necessary measures to ratify", "completed the legal procedures
# for ratifying" (not "has taken steps to ratify", "began the procedures to ratify": under way).
_STEPS_DONE_BEFORE = re.compile(r"\b(?:took|completed|finali[sz]ed|concluded)\s+(?:all\s+)?(?:the\s+|its\s+|their\s+)?"
                                r"(?:necessary|required|requisite|legal|constitutional|internal|domestic)\s+(?:legal\s+|constitutional\s+)?"
                                r"(?:measures|procedures|steps|formalities)\s+(?:to|for)\s+(?:the\s+)?$", _I)
# What an approval lets one side go on to do towards the act: "approved, in principle, to negotiate (to start
# negotiations on, to sign) the draft MoU".
_APPROVED_TO_NEGOTIATE_AFTER = re.compile(r",?\s+(?:in\s+principle,?\s+)?to\s+(?:negotiate|(?:start|begin|open|launch|hold)\s+"
                                          r"(?:the\s+)?(?:negotiations|talks)|conclude|sign|finali[sz]e|initial)\b", _I)
# An offer as the object of an unveiling or launching: "unveiled a proposal", "launched an offer to" (what is offered).
_OFFER_OBJECT_AFTER = re.compile(r"\s+(?:(?:a|an|the|its|their|his|her|this|that|new|joint|formal)\s+){0,2}(?:[\w-]+\s+){0,2}?"
                                 r"(?:proposals?|offers?|bids?|suggestions?)\b", _I)
# The terms of talks as what is adopted or approved: "adopted the DEFA Negotiating Framework", "approved the negotiating
# mandate for an agreement with", "endorsed negotiation guidelines" (the act is still being negotiated).
_NEGOTIATING_TERMS_AFTER = re.compile(r"\s+(?:(?:the|a|an|its|their|new|joint)\s+)?(?:[\w-]+\s+){0,3}?(?:negotiating|negotiation)\s+"
                                      r"(?:framework|mandate|directives|guidelines|terms\s+of\s+reference|principles|roadmap)\b", _I)
# Cooperation itself as what is secured: "secured cooperation from Russia", "secured Kenya's participation".
_COOPERATION_OBJECT_AFTER = re.compile(r"\s+(?:(?:the|its|their|[\w.’'-]+['’]s)\s+)?(?:[\w-]+\s+)?(?:co-?operation|collaboration"
                                       r"|participation)\b", _I)
_LET_BEFORE = re.compile(r"\b(?:let|lets|letting|allowed|allows|allowing)\b", _I)
# An instrument or cooperation "on" or "in" a doing: the gerund is what the act is about ("a memorandum on preparing
# nuclear specialists", "an agreement on cooperation in negotiating with third countries"), not a step still ahead.
_MATTER_OF_ACT_BEFORE = re.compile(r"\b(?:agreements?|accords?|memorand\w*|MoUs?|protocols?|treat(?:y|ies)|pacts?|deals?"
                                   r"|co-?operation|collaboration|partnership|programmes?|programs?)\s+(?:on|in|for|of|about)\s+"
                                   r"(?:(?:co-?operation|collaboration)\s+(?:in|on)\s+)?$", _I)


# An entry into force the act provides at its signing, in the present of its terms ("comes into force on the date of
# signing", "enters into force upon signature"; not "entered into force upon signature", an event told).
_TERM_ON_SIGNING = re.compile(r"(?:comes?|enters?|takes?)\s+(?:into\s+)?(?:force|effect)\b", _I)
_ON_SIGNING_AFTER = re.compile(r"\s+(?:on|upon|from|as\s+of|with\s+effect\s+from)\s+(?:the\s+(?:date|day|moment)\s+of\s+)?"
                               r"(?:its\s+|their\s+)?(?:signing|signature)\b", _I)
# A document as the one calling: "the memorandum calls for joint research", "One of the agreements also calls for".
_DOCUMENT_CALLING_BEFORE = re.compile(r"\b(?:agreements?|accords?|pacts?|deals?|treat(?:y|ies)|memorand(?:um|ums|a)|MoUs?|plans?"
                                      r"|documents?|declarations?|statements?|road ?maps?|frameworks?|protocols?|charters?"
                                      r"|programmes?|programs?|texts?|drafts?)\s+(?:also\s+|further\s+)?$", _I)
# An end only proposed or urged: "proposes to the Verkhovna Rada to terminate", "urged the government to scrap".
_END_PROPOSED_BEFORE = re.compile(r"\b(?:propos|suggest|recommend|urg)(?:e|es|ed|ing)\s+(?:(?:to\s+)?(?:the\s+)?(?:[\w-]+\s+){0,4}?)?"
                                  r"(?:to|that\s+(?:[\w-]+\s+){1,4}?)(?:\s+formally)?\s*$", _I)
# An act kept standing, as agreed or done: "agreed to keep the pact alive" (status_variants' "keep" rule) goes on; after a
# modal the keeping is ahead ("the extension will keep the pact in effect").
_KEPT_STANDING = re.compile(r"(?:keep|kept)\b.*\b(?:alive|force|effect|place|running|going)$", _I)
_MODAL_JUST_BEFORE = re.compile(r"\b(?:will|would|shall)\s+(?:\w+ly\s+)?$", _I)


def aspect(cue: str, text: str, start: int, end: int) -> str | None:
    """The status a cue (found at start:end) gives once what stands around it is read: a future, a negation, a
    progressive, a condition; None for an end the act only provides for ("can be terminated with notice")."""
    before = text[max(0, start - 40):start]
    if cue == "planned" and text[end - 3:end].lower() == "ing" and _MATTER_OF_ACT_BEFORE.search(before):
        return None  # "a memorandum on preparing nuclear specialists": the act's matter, no step ahead
    if (cue in _DONE_IF_REPORTED and (reported := _REPORTED_PERFECT_BEFORE.search(before))
            and (reported.group().rstrip().lower().endswith(("have", "ly", "already", "also", "long", "been"))
                 or text[start:start + 5].lower() in ("have ", "has "))):
        return _DONE_IF_REPORTED[cue]  # "are understood to have signed", "are said to have cooperated since 2010": done
    if cue == "proposed" and text[start:start + 4].lower() == "call" and _DOCUMENT_CALLING_BEFORE.search(before):
        return None  # "One of the agreements calls for enhanced cooperation": the document's content, no side's offer
    if cue == "rejected" and _PEOPLE_BEFORE.search(text, max(0, start - 60), start):
        return None  # "some people in Indonesia don't agree with the idea of a nuclear plant": an opinion, no side's refusal
    if (cue == "rejected" and _PENDING.match(text, start)) or (cue == "signed" and _PENDING_BEFORE.search(before)):
        return "planned"  # "the document has not been formally signed by the leaders": still to be made
    if (cue == "rejected" and _NOT_WORD.search(text, start, end)) or (cue == "signed" and _NEGATION_BEFORE.search(before)):
        if _AS_PLANNED_AFTER.match(text, end):
            return "planned"  # "will not be signed as originally planned": delayed, not refused
    if cue == "signed":
        word = text[start:end].lower()
        if _ORDINAL_DOER_BEFORE.search(before) and not _ORDINAL_AHEAD_BEFORE.search(text, max(0, start - 120), start):
            return cue  # "the 11th country to sign the Artemis Accords": it signed
        if "since" in before and _SINCE_MADE_BEFORE.search(text, max(0, start - 200), start):
            return "in-force"  # the act runs since then
        if meeting_ended(text, start, end):
            return None  # "the summit, which concluded on Friday": a meeting ended, no act concluded
        if word in ("reached", "reach", "reaches", "reaching", "struck", "strike", "strikes") and _AGREEMENT_TO_DO_AFTER.match(text, end):
            return "planned"  # "reached an agreement to expand cooperation": agreed to do it; "reached a deal in principle"
        if _NEGOTIATING_TERMS_AFTER.match(text, end):
            return "planned"  # "adopted the DEFA Negotiating Framework", "approved a negotiating mandate": talks ahead
        if word == "secured" and _COOPERATION_OBJECT_AFTER.match(text, end):
            return "in-force"  # "has already secured cooperation from Russia": the cooperation is in place, no instrument made
        if word.startswith(("unveil", "launch")) and _OFFER_OBJECT_AFTER.match(text, end):
            return None  # "Egypt unveiled a proposal for a joint AI centre with China": an offer made, no act concluded
        if word in ("approved", "approves") and _APPROVED_TO_NEGOTIATE_AFTER.match(text, end):
            return "planned"  # "The Cabinet approved, in principle, to negotiate the draft MoU": the making is ahead
        if word == "signed" and _ORDER_TO_MAKE_AFTER.match(text, end):
            return "planned"  # "signed a resolution to allow Roscosmos to negotiate an agreement": the act is ahead
        if _TO_BE_MADE_AFTER.match(text, end):
            return "planned"  # "agreed on a declaration to be adopted at the summit": still to be made
        if word in _MOMENT_VERBS and _SIGNING_IN_PROGRESS_BEFORE.search(before) and not _SOON_AFTER.match(text, end):
            return cue  # "were being signed, state media said": the signing took place as it was reported
        if (concluding_ahead(text, start, end) or _FUTURE_BEFORE.search(before) or _NOT_DONE_BEFORE.search(before)
                or (not _NOT_BASE_FORM.match(word) and (_FUTURE_COORDINATED_BEFORE.search(before) or coordinated_ahead(text, start)))
                or _CONDITION_BEFORE.search(text, max(0, start - 60), start) or _ONCE_BEFORE.search(before)
                or _LATER_AFTER.match(text, end) or _SOON_AFTER.match(text, end) or text_only(text, start, end)
                or (_AHEAD_OF_BEFORE.search(before) and (_MODAL_IN_CLAUSE.search(text, max(0, start - 120), start) or _GOING_ON_IN_CLAUSE.search(text, max(0, start - 120), start)))
                or (word == "signing" and before.lower().endswith("the ") and _NOUN_AHEAD_AFTER.match(text, end)
                    and not _JUST_PAST_THEN_EFFECT.match(text, end))
                or (word in ("signing", "conclusion of") and (_AUTHORISED_BEFORE.search(before) or _APPROVED_AFTER.match(text, end)))
                or (word == "approved" and _SIGNING_APPROVED_BEFORE.search(text, max(0, start - 220), start))
                or (word == "signing" and _WITNESSED_AHEAD_BEFORE.search(text, max(0, start - 160), start))
                or (word == "signing" and text.startswith(" ceremon", end) and _CEREMONY_AHEAD_BEFORE.search(text, max(0, start - 140), start))
                or (word.endswith("ing") and _MEANS_AHEAD_BEFORE.search(text, max(0, start - 160), start))
                or (not re.search(r"(?:ed|ing|s)$", word) and _INSTRUCTED_BEFORE.search(text, max(0, start - 200), start))):
            return "planned"  # "will sign", "is being finalised", "if the deal is signed", "the signing is set for": not done yet
        if word.endswith("ing") or word == "conclusion of":
            if deferred_or_offered := _GERUND_OBJECT_BEFORE.search(before):
                return "proposed" if deferred_or_offered.group("verb")[:4].lower() in _OFFERING else "planned"
            if before.lower().endswith("the ") and _DEFERRED_AFTER.match(text, end):
                return "planned"  # "the signing of the memorandum was postponed": not done
        return cue
    if cue in ("in_force", "ongoing") and (AIMED_BEFORE.search(text, max(0, start - 90), start) or entry_in_time_ahead(text, start, end) or _CONDITION_BEFORE.search(text, max(0, start - 60), start)):
        return None  # "to ensure that the agreement is operationalised", "make sure it is implemented": an aim; "if it is implemented": a condition
    if cue == "in_force":
        if _TERM_ON_SIGNING.match(text, start) and _ON_SIGNING_AFTER.match(text, end) and not _FUTURE_BEFORE.search(before):
            return "signed"  # "The MoU comes into force on the date of signing": a term of the act; its news is the signing
        if text[start:start + 5].lower() == "ratif" and _STEPS_DONE_BEFORE.search(text, max(0, start - 100), start):
            return "in-force"  # "took the necessary measures to ratify the following": ratified
        if ((_FUTURE_BEFORE.search(before) and text[start:end].lower() != "ratification") or _NEGATION_BEFORE.search(before) or _AWAITED_BEFORE.search(before)
                or (_OPERATION.match(text, start) and coordinated_ahead(text, start))  # "is expected to be completed and put into operation"
                or _SOON_AFTER.match(text, end) or _COMING_AFTER.match(text, end)):
            if _UNMADE.search(text) or _OPERATION.match(text, start):
                return "planned"  # "would take effect once signed", "will be ratified as soon as it is completed", "will be put into operation"
            return "signed"  # "will enter into force", "has not been ratified", "awaits ratification": concluded, not in force
        if text[start:start + 5].lower() == "ratif" and (
                _RATIFICATION_ON_ITS_WAY_BEFORE.search(text, max(0, start - 100), start)
                or _RATIFICATION_ON_ITS_WAY_AFTER.match(text, end) or _RATIFICATION_AHEAD_BEFORE.search(before)
                or _MEANS_AHEAD_BEFORE.search(text, max(0, start - 160), start)
                or (text[start:end].lower() == "ratification" and _NOUN_AHEAD_AFTER.match(text, end))):
            return "signed"  # "a bill on ratification of the treaty was sent to the committee": not ratified yet
        if text[start:start + 5].lower() == "ratif" and RATIFICATION_OUTSTANDING.search(text):
            return "signed"  # "the Duma approved the ratification, but Turkey has not yet ratified it": one side's
        if text[start:start + 5].lower() == "ratif" and _FORCE_AHEAD.search(text):
            return "signed"  # "will enter into force on the exchange of instruments of ratification", "ratified, it takes effect in May"
        if _END_NOUN_BEFORE.search(text, max(0, start - 100), start):
            return "ended"  # "the withdrawal from the pact takes effect in May": the end is what takes effect
        return "in-force"
    if cue == "habit":  # the bare verb may be one of several under a modal: "will link their systems and cooperate"
        return "planned" if _MODAL_IN_CLAUSE.search(text, max(0, start - 80), start) else "in-force"
    if cue == "ongoing":
        if (_FUTURE_BEFORE.search(before) and text[start:start + 7].lower() != "continu"
                and not (_KEPT_STANDING.match(text, start, end) and not _MODAL_JUST_BEFORE.search(before))):
            return "planned"  # "will work together": not begun ("will continue to cooperate", "agreed to keep the pact alive" go on)
        return "in-force"
    if cue == "ended" and _END_PROPOSED_BEFORE.search(text, max(0, start - 90), start):
        return "in-force"  # "The Cabinet proposes to the Rada to terminate the agreement": the end only proposed, it stands
    if cue == "ended" and _PROVISION_BEFORE.search(before):
        return None  # "can be terminated by either side", "either party may withdraw": what the act provides, no event
    if cue == "ended" and ((_NEGATION_BEFORE.search(before) and not _NOT_ONLY_BEFORE.search(before))
                           or _END_UNDONE_AFTER.match(text, end) or _END_RESTORED_AFTER.match(text, end)):
        # "said it would not suspend the deal", "has never withdrawn from it", "withdrew its notice of termination"
        return "in-force"  # the act stands
    if cue != "ended" or _LET_BEFORE.search(text, max(0, start - 80), start):
        return cue  # "let the memorandum expire", "was allowed to lapse": ended
    if _RUNS_OUT_AHEAD.match(text, start):  # "expires next year", "is due to lapse": it runs until then, unless not renewed
        return "ended" if _NOT_RENEWED.search(text) else "in-force"
    if _FUTURE_BEFORE.search(before):
        if _HEDGE_BEFORE.search(before) or _RUNS_OUT.search(text, start, start + 40):
            return "in-force"  # "could withdraw", "will expire in 2030": it runs until then
        return "ended"  # "will withdraw from", "decided to scrap": its end is decided
    return cue
