"""What a clause says happened to an act, its status: extraction rules, ours.

A status is read from the class of the verb that tells the act (concluding, planning, proposing,
operating, ending, refusing) and from what stands before it: a future or modal ("will sign", "is
set to conclude"), a negation ("did not sign", "has not been ratified"), "not yet", or a progressive
("is being drafted"). Each pattern is a construction of English news reporting, not a sentence of
any one article. The status values and their orders come from the ontology.

Every rule is gated by words each of its matches holds (as gates.Hinted): a clause holding none of
them is not searched, which keeps the many rules fast (tests/test_status.py holds the words to them).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from techpact.extract.gates import Alternation, ByWords, Hinted, finder, folded, register, words_in
from techpact.extract.required_words import required_sets
from techpact.extract.status_calls import COURTESY_CALL, MEASURES_UNDONE, NO_ACT_CALLED, TALKS_HURRIED
from techpact.extract.status_other_object import aspect_of_act as _aspect  # status_aspect.aspect, less ends of other things
from techpact.extract.status_plain import without_modifiers
from techpact.extract.status_discourse import built_on as _built_on
from techpact.extract.status_shapes import refine as _refine
from techpact.extract.status_variants import EPISTEMIC_THAT, INVITED_TO_A_SIGNING, NOT_AN_INSTRUMENTS_AIM, NOT_YET, REACHED_TO_DO, WHEN_BETWEEN as _WHEN_BETWEEN, rules as _variant_rules
from techpact.ontology.vocabulary import STATUS_PRECEDENCE

_I = re.IGNORECASE

# The instruments and undertakings a verb of refusing, leaving or operating takes as its object.
_ACT = (r"agreements?|accords?|pacts?|treat(?:y|ies)|deals?|memorand(?:um|ums|a)|MoUs?|protocols?|partnerships?"
        r"|alliances?|initiatives?|programmes?|programs?|projects?|formats?|mechanisms?|frameworks?|platforms?|consortium"
        r"|cooperation|co-operation|collaboration|arrangements?|ventures?|schemes?|contracts?|declarations?|road ?maps?")
# What a refusal is of: an act, or the offer of one.
_REFUSED = (r"(?:proposals?|offers?|plans?|invitations?|requests?|pleas?|appeals?|demands?|ideas?|bids?|calls?|overtures?|drafts?|statements?|terms|membership|participation|joining|signing|" + _ACT + ")")
# What is said of an act rather than the act: "dismissed Chile's criticism of the pact" refuses no act.
_TALK_OF = r"(?:reports?|claims?|criticism|concerns?|accusations?|allegations?|fears?|rumou?rs?|speculation|suggestions?)"
# Participles of a standing activity: "have operated a joint laboratory since 2015".
_ACTIVITY = (r"(?:had|maintained|run|operated|shared|conducted|worked|held(?!\s+(?:[\w-]+\s+){0,4}?(?:talks|negotiations)\b)|enjoyed|pursued|developed|implemented|exchanged|built"
             r"|produced|deployed|governed|underpinned|regulated|drawn|attracted|generated|delivered|funded|financed|supported"
             r"|participated|engaged|carried out|trained|cooperated|co-operated|collaborated|partnered|grown|expanded|deepened|evolved)")
# A stretch of time up to now: "since 2010", "for two decades", "since its launch", "since the signing of their memorandum".
_SINCE_START = (r"(?:(?:its|their)\s+(?:launch|creation|inception|establishment|signing|founding|start|entry into force)"
                r"|the\s+(?:signing|conclusion|launch|establishment)\s+of\s+(?:the|their|its|this|that|a|an)\s+(?:[\w-]+\s+){0,3}?(?:" + _ACT + "))")
_DURATION = (r"(?:since\s+(?:(?:(?:early|late|mid-?)\s+)?(?:(?-i:[A-Z])[a-z]+\s+)?(?:19|20)\d\d|the\s+(?:19|20)\d0s|then|independence|" + _SINCE_START + ")"
             r"|for\s+(?:(?:many|several|some|over|more than|nearly|almost|about|the past|the last|\d+|two|three|four|five|six"
             r"|seven|eight|nine|ten|twenty|thirty|\w+teen)\s+)*(?:years|decades)|over the (?:past|last) (?:\w+\s+)?(?:years|decades))")
# An instrument being prepared rather than a thing worked on: "working on a treaty".
_INSTRUMENT_AHEAD = (r"\s+(?:a|an|the|their|its|new|several|two|three)\s+(?:[\w-]+\s+){0,3}?(?:agreements?|accords?|pacts?|treat(?:y|ies)|deals?"
                     r"|memorand\w*|MoUs?|protocols?|drafts?|frameworks?|road ?maps?|declarations?|charters?|statements?|documents?|systems?|mechanisms?|platforms?|plans?|schemes?)\b")  # (or a system being built)
# what views held in common are about, after "agreed on": not an act ("agreed on many major issues")
_NOT_VIEWS = (r"(?!\s+(?:(?:many|most|several|various|numerous|all|some|major|key|a number of|a range of|a host of|a series of)\s+)?"
              r"(?:[\w-]+\s+)?(?:issues|questions|matters|topics|points)\b)")


class _Rule(NamedTuple):
    """A status cue: what it signals (a status, or "in_force"/"ongoing"/"habit" read through _aspect), the words every match
    of its pattern holds (lower case), and the pattern."""

    cue: str
    words: tuple[str, ...]
    pattern: re.Pattern
    gate: frozenset[str]  # the words, as gates.words_in finds them


def _rule(cue: str, words: str, pattern: str) -> _Rule:
    return _Rule(cue, tuple(words.split("|")), re.compile(pattern, _I), register(words.split("|")))


_VARIANTS = _variant_rules(_ACT, _REFUSED)  # more wordings of the same classes (status_variants), one list per cue


def _variants(cue: str) -> list[_Rule]:
    return [_rule(cue, words, pattern) for words, pattern in _VARIANTS[cue]]


_RULES = [
    # ---- rejected: a negated verb of concluding or joining; a verb of refusal with the act or offer as its object
    _rule("rejected", "not|n't|n’t|never|refus|declin|fail", r"\b(?:did not|didn[’']t|does not|doesn[’']t|do not|don[’']t"
          r"|(?:is|are|was|were)\s+not\s+(?:currently\s+|now\s+)?(?:considering|contemplating|planning|intending|seeking)"  # an intent denied
          r"|has not|hasn[’']t|have not|haven[’']t|had not|hadn[’']t|will not|won[’']t|would not|wouldn[’']t|shall not|cannot"
          r"|can[’']t|could not|couldn[’']t|never|(?:refus|declin)(?:ed|es|ing)(?:\s+(?:on\s+\w+day|last\s+\w+|yesterday|again|publicly|formally|flatly))?\s+to|failed to"
          r"|fails to|chose not to|decided not to|opted not to|(?:is|are) not going to)\s+(?!yet\b|rul\w* out\b|exclud\w*)(?:\w+\s+){0,2}?"
          r"(?:sign|agree|ink|conclude|accept|join|support|(?<!hear )(?<!heard )(?<!got )back|endorse|approve|adopt|participate|take part"
          # the other verbs of concluding ("failed to clinch a deal", "did not reach an agreement")
          r"|seal|finali[sz]|clinch|strike|pen\b|forge|reach(?=\w*\s+(?:a|an|the|any|agreement|consensus|deal|accord|understanding)\b)|hammer out|initial|enter into (?!force|effect)"
          # and of undertaking: "did not commit to set up a fund", "have not decided to build"
          r"|(?:decide|resolve|commit|pledge|vow|promise|undertake|intend)\w*\s+to\b)(?!ments?\b)\w*"),
    _rule("rejected", "opted out|walked away", r"\b(?:opted out of|walked away from(?!\s+(?:its|their)\s+(?:[\w-]+\s+){0,3}?(?:agreements?|accords?|deals?|pacts?|treat(?:y|ies)|memorand\w*|MoUs?|partnerships?|programmes?|programs?)\b))\b"),  # (its own act: ended)
    _rule("rejected", "reject|turn|refus|declin|spurn|rebuff|snub|veto|dismiss|oppos|block|balk|baulk|said no|says no|against"
          "|object|shun|resist|stay|kept out|steered clear|pushed back|boycott|scuttl|torpedo",
          r"\b(?:rejected|rejects|rejecting|turned down|turns down|turning down|refused|refuses|declined|declines|spurned|spurns"
          r"|rebuffed|rebuffs|snubbed|snubs|vetoed|vetoes|dismissed|dismisses|opposed|opposes|blocked|blocks|balked at|balks at"
          r"|baulked at|said no to|says no to|voted against|votes against|decided against|decides against|objected to|objects to"
          r"|shunned|shuns|resisted|resists|stayed out of|stays out of|stayed away from|stays away from|kept out of|steered clear of|pushed back against|boycotted|scuttled|scuttles|torpedoed|torpedoes)"
          # its object is an act or an offer (not "declined to comment", "dismissed reports that ...")
          r"(?!\s+(?:to\s+(?:comment|say|elaborate|give|provide|confirm|disclose|name|specify|answer|respond|discuss|speak|reveal)"
          r"|reports?|claims?|suggestions?|speculation|concerns?|criticism|accusations?|allegations?|fears?|rumou?rs?|as\b))"
          # (after an owner of any length: "Japan's government's offer", "Prime Minister Fumio Kishida's offer")
          r"\s+(?:it\b|them\b|(?:(?:[\w.’'-]+\s+){0,4}?[\w.-]+['’]s\s+)?"
          r"(?:(?:the|a|an|its|their|his|her|this|that|these|those|any|all|such|(?-i:[A-Z])[\w.’'-]*)\s+){0,2}"
          r"(?:(?!" + _TALK_OF + r"\b)[\w-]+\s+){0,4}?" + _REFUSED + r"\b)"),
    *_variants("rejected"),

    # ---- in force: entered into force, took effect, ratified ("no longer in force" is ended)
    _rule("in_force", "force|effect|binding|ratif|valid",
          r"\b(?:entered|enter|enters|entering|came|come|comes|coming|went|go|goes|going|put|brought|(?<!on )(?<!of )(?<!for )(?<!towards )(?<!about )(?:puts|putting|brings|bringing)) into (?:force|effect)\b"
          r"|(?<!longer )(?<!\bnot )\bin force\b"
          # "remains in effect", "in effect since" (not the adverb: "In effect, the deal gives ...")
          r"|\b(?:is|are|was|were|be|been|remains?|remained|stays?|still|now|currently|already|fully|legally)\s+in effect\b"
          r"|\bin effect (?:since|until|till|through|from)\b|\b(?:remains?|remained|stays?|stayed|still|is|are)\s+valid\b(?!\s+for\b)"
          r"|\b(?:took|take|takes|taking|taken) effect\b|\b(?:became|become|becomes|becoming) (?:effective|legally binding|binding)\b"
          r"|\bratif(?:ied|ies|y|ying|ication)\b(?!\s+(?:the|their|its|our)\s+(?:\w+\s+)?(?:will|wills|commitment|desire|friendship|resolve|intention|spirit)\b)"),  # not "ratifies the will of"
    *_variants("in_force"),

    # ---- going on: an act that has been running, is operated or implemented, or is told as existing
    _rule("ongoing", "have|has|had", r"\b(?:have|has|had)\s+(?:"
          r"(?:long\s+|been\s+)?(?:\w+ly\s+)?(?:partnered|cooperated|cooperating|collaborated|collaborating|worked together|working together)\b"
          r"|(?:long\s+)?been\s+(?:\w+\s+){0,3}?(?:partners|allies)\b"
          r"|(?:deepened|strengthened|expanded|stepped up|broadened)\s+(?:their|its)\s+(?:[\w-]+\s+){0,2}?(?:cooperation|partnership|collaboration)\b"
          r"|been\s+(?:running|operating|functioning)\b"
          # the act held as one's own: "have a strategic partnership", "have had an agreement since 2012"
          r"|(?:had\s+|long\s+had\s+)?(?:a|an)\s+(?!new\b|fresh\b)(?:(?:[\w-]+\s+){0,3}?|(?:(?-i:[A-Z])[\w-]*\s+(?:(?:and|of|for|on)\s+)?){2,6}?)(?:partnership|agreement|accord|treaty|pact|deal|alliance|memorandum|MoU"
          r"|arrangement|history of (?:cooperation|collaboration))\b|(?:(?!(?:[\w-]+ed|inked|struck|new|fresh|such|similar|other)\b)[\w-]+\s+){0,2}?(?:partnerships|agreements|accords|treaties|pacts|deals|alliances|MoUs|memorand(?:a|ums)(?:\s+of\s+understanding)?|arrangements)(?=\s+(?:with|between)\b)"  # or several: "has MoUs with six countries"
          # a named act held: "Japan also has the Status of Forces Agreement with the United States"
          r"|the\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*|\s+(?:of|on|for|and)){0,6}?\s+(?-i:Agreement|Accord|Treaty|Pact|Partnership|Alliance)\b"
          # a standing activity over a stretch of time up to now: "have operated a joint lab since 2015", "have for years collaborated"
          r"|(?:long\s+|jointly\s+|closely\s+|successfully\s+|already\s+)?" + _ACTIVITY + r"\b(?=[^.;]{0,100}?\b" + _DURATION + r")"
          r"|for\s+(?:(?:many|several|some|\w+)\s+)?(?:years|decades)\s+(?:\w+ly\s+)?\w+ed\b)"),
    _rule("ongoing", "since", r"(?:^\W*|\band\s+)(?:ever\s+since|since\s+(?:then|(?:19|20)\d\d|the\s+(?:19|20)\d0s|" + _SINCE_START + r"))\b,?[^.;]{0,80}?\b(?:have|has)\s+"
          r"(?:long\s+|jointly\s+|closely\s+)?" + _ACTIVITY + r"\b"
          r"|\b(?:operating|operational|running|functioning|active|in place|in force|in effect) since\b"),
    # working on a thing is ongoing; working on an instrument is preparing it ("are working on a treaty")
    _rule("ongoing", "working|cooperating|collaborating|partnering", r"\b(?:are|is)\s+(?:already\s+|currently\s+|now\s+)?"
          r"(?:working together|cooperating|collaborating|partnering|(?:jointly\s+)?working\s+on(?!" + _INSTRUMENT_AHEAD + r"))\b"),
    _rule("ongoing", "reaffirm", r"\breaffirm\w*\s+(?:(?:the|their|its|our)\s+)?(?:[\w-]+\s+){0,3}?(?:" + _ACT + r")\b"),
    # an act named as existing: in force, unless the clause concludes another beside it ("signed a memorandum under
    # their existing partnership", "building on their long-standing cooperation": the memorandum is signed)
    _rule("background", "existing|ongoing|standing|current|long-running|longtime|long-time|decade|year-old|years-old|year-long|years-long"
          "|continuing|enduring|time-tested", r"\b(?:existing|ongoing|long-standing|longstanding|current|long-running|longtime|long-time"
          r"|decades?-(?:long|old)|\w+-years?-(?:old|long)|years-long|continuing|enduring|time-tested)\s+(?:[\w-]+\s+){0,2}?(?:partnership|cooperation|agreement|accord"
          r"|mechanism|dialogue|framework|programme|program|initiative|working group|treaty|memorand|MoU|pact|deal|protocol)"),
    # running now and until a date: "valid until 2030", "runs through 2028"
    _rule("ongoing", "valid|run|remain", r"\b(?:valid|runs?|remains? in (?:force|effect)) (?:until|till|through)\b"),
    # carried on, implemented, operated: "continue to cooperate", "is being implemented", "jointly operate" (not an aim)
    _rule("ongoing", "continu", NOT_AN_INSTRUMENTS_AIM + r"\bcontinu(?:e|es|ed|ing)\s+(?:to\s+(?:cooperate|co-operate|collaborate|work together|implement"
          r"|operate|share|partner)\b|(?:their|its|the)\s+(?:[\w-]+\s+){0,2}?(?:cooperation|collaboration|partnership)\b)"),
    _rule("ongoing", "implement", r"\b(?:is|are|was|were|been|be)\s+(?:(?:now|still|\w+ly)\s+)?(?:being\s+)?(?:\w+ly\s+)?implement(?:ed|ing)\b"),
    *_variants("ongoing"),
    _rule("ongoing", "jointly", r"\bjointly\s+(?:operate|operates|run|runs|manage|manages|own|owns)\b"),
    _rule("ongoing", "maintain", r"\bmaintain(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,2}?(?:cooperation|ties|partnership|collaboration|dialogue|contacts)\b"),
    _rule("ongoing", "operational|in operation|up and running|active|live|in place",
          r"\b(?:is|are|was|were|has been|have been|had been|remains?|remained|now|already|fully)\s+(?:(?!(?:for|of|on|to|about|with)\b)\w+\s+)?"
          r"(?:operational|in operation|up and running|active|live|in place)(?![\w-])(?!\s+(?:members?|participants?|role|part|players?|co-?operation|collaboration|research)\b)|\b(?:has|have|had)\s+(?:\w+\s+){0,3}?(?:agreements?|arrangements?|accords?|pacts?|treaties|memorand\w+|MoUs?|partnerships?)\s+in place\b"),
    # the present simple of working together is a habit, going on ("Chile and Peru cooperate on lithium")
    _rule("habit", "cooperate|co-operate|collaborate|work together|works together",
          r"\b(?:cooperates?|co-operates?|collaborates?|(?<!our )(?<!their )(?<!the )(?<!its )(?<!this )(?<!that )works? together)\b(?!\s+(?:to|with each other to)\b)"),  # (not "our work together")
    # so does what is done at a set frequency: "exchange researchers every year", "meets annually"
    _rule("habit", "every|each|annually|regularly", r"\b(?:(?:every|each) (?:year|month|week|quarter)|annually|regularly)\b"),
    # begun in the past and going on: "started cooperation in 2014"
    _rule("ongoing", "start|began|begun|commenced", r"\b(?:started|began|begun|commenced)\s+(?:their\s+|its\s+|the\s+)?"
          r"(?:[\w-]+\s+){0,2}?(?:cooperat\w*|co-operat\w*|collaborat\w*|partnership|working together|joint work)"),
    # ---- ended: withdrawn, suspended, expired, cancelled ("expires in 2030" is in force until then: _aspect)
    _rule("ended", "terminat|expir|laps|suspen|halt|froze|frozen|freez|ended|annul|cancel|scrap|revok|abandon|withdr|pull|exit"
          "|shelve|on hold|back|call|dissolv|discontinu|ditch|rescind|renounc|nullifi|voided|end to|abrogat|repudiat",
          r"\b(?:terminat(?:ed|es|ing)|expired|lapsed|suspend(?:ed|s|ing)|halt(?:ed|s|ing)|froze|frozen|freez(?:es|ing)"
          r"|(?<![-‐])ended|annull?(?:ed|s|ing)|cancell?(?:ed|s|ing)|scrap(?:ped|s|ping)|revok(?:ed|es|ing)"  # (not "Open-Ended")
          r"|abandon(?:ed|s|ing)|withdr[ae]wn? from|withdraw(?:s|ing) from|withdrawal from|pull(?:ed|s|ing) out of|exited|exits|exiting|exit from"
          r"|shelved|shelves|put on hold|puts on hold|back(?:ed|s|ing) out of|call(?:ed|s|ing)? off|dissolv(?:ed|es|ing)"
          r"|discontinu(?:ed|es|ing)|ditch(?:ed|es|ing)|rescind(?:ed|s|ing)|renounc(?:ed|es|ing)|nullifi(?:ed|es)|voided|abrogat(?:ed|es|ing)|repudiat(?:ed|es|ing)"
          r"|put an end to|brought an end to)\b"),
    _rule("ended", "terminat|suspen|cancel|scrap|revoke|annul|abandon|shelve|ditch|rescind|renounce|dissolve|discontinue|exit"
          "|expire|lapse|axe|sever|cut off|phased out|defunct|collaps|abrogate|repudiate",
          # the base form, told after "to", "will", "decided to": "voted to scrap", "will withdraw from"
          r"\b(?:terminate|suspend|cancel|scrap|revoke|annul|abandon|shelve|ditch|rescind|renounce|dissolve|discontinue|exit|abrogate|repudiate"
          r"|expires?|lapses?|axed|axes(?=\s+(?:the|its|their|his|her|a|an|all|(?:[\w-]+\s+){0,2}?(?:plans?|deals?|pacts?|accords?"
          r"|agreements?|projects?|programm?es?|funding))\b)|severed|severs|cut off|phased out|defunct"  # (not "several axes")
          r"|(?<!talks )(?<!negotiations )collapsed)\b"),
    _rule("ended", "down|off|up|plug", r"\b(?:w(?:ou|i)nd(?:s|ing)? down|br(?:oke|eaks|eaking|oken) off|t(?:o|ea)r(?:e|n|s|ing)? up"
          r"|pulled the plug on|pulls the plug on|wound up)\b"),
    # leaving or stopping an act named as the object: "quit the initiative", "stopped its cooperation with" (a name may
    # hold a plus, "China's 17+1 cooperation forum", or be a long title: "end the General Security of ... Agreement")
    _rule("ended", "quit|left|leav|stop|ceas|end|kill|drop|halt|freez", r"\b(?:quit|quits|quitting|left|leaves|leaving|stopped|stops|ceased"
          r"|ceases|ends|killed|kills|dropped out of|dropped|drops|halt|stop|cease|end|freeze)\s+(?:(?:the|its|their|a|all|any)\s+)?"
          r"(?:(?:participation|involvement)\s+in\s+(?:the\s+)?)?(?:(?:[\w+-]+(?:['’]s)?\s+){0,4}?"
          r"|(?:(?-i:[A-Z])[\w-]*\s+(?:(?:of|on|for|and|in)\s+)?){2,8}?)(?:" + _ACT + r")\b"),
    # denouncing a treaty is leaving it, with the act as object or subject ("denounced the agreement", "the accord was
    # denounced"; not "denounced the sanctions")
    _rule("ended", "denounc", r"\bdenounc(?:e|es|ed|ing)\s+(?:(?:the|an|a|its|their|this|that)\s+)?(?:[\w-]+\s+){0,6}?(?:"
          + _ACT + r")\b|\b(?:" + _ACT + r")\s+(?:was|were|has been|have been|had been|is being)\s+(?:formally\s+)?denounced\b"),
    # the end of an act told as a noun: "the termination of the agreement" (not "termination of his term")
    _rule("ended", "terminat|suspen|cancel|annul|revoc|abrogat|denunciat|withdrawal", r"\b(?:(?:termination|suspension|cancell?ation|annulment"
          r"|revocation|abrogation|denunciation)" + _WHEN_BETWEEN + r"\s+of|withdrawal" + _WHEN_BETWEEN + r"\s+from)\s+(?:(?:the|its|their|a|an|this|that)\s+)?[“\"‘']?(?:[\w-]+\s+){0,3}?(?:" + _ACT + r")\b"),  # (or its quoted title)
    _rule("ended", "longer", r"\bno longer\s+(?:in force|in effect|valid|binding|active|operational|(?:work|cooperat|co-operat|collaborat|partner)\w*\s+(?:together|with)\b)"),
    # deciding not to renew an act lets it end: "will not renew the memorandum", "decided not to extend it", "will not be renewed"
    _rule("ended", "renew|extend|prolong", r"\b(?:(?:will|would|shall|did|does|do|has|have|had|decided|decides|chose|opted|is|are|was"
          r"|were)\s+not|won[’']t|didn[’']t|doesn[’']t|isn[’']t|wasn[’']t)\s+(?:to\s+)?(?:be\s+|been\s+|being\s+)?(?:renew|extend|prolong)\w*"),
    # a call not to renew it tells an act still running: "urged the government not to renew the pact"
    _rule("in_force", "not", r"\b(?:urg|ask|call|press|lobb|petition)\w*\b[^.;]{0,80}?\bnot\s+(?:to\s+)?(?:renew|extend|prolong)\w*"),
    # letting it run out: "let the memorandum expire", "was allowed to lapse"
    _rule("ended", "let|allow", r"\b(?:let|lets|letting|allowed|allows|allowing)\s+(?:[\w’'-]+\s+){0,6}?(?:to\s+)?"
          r"(?:expire|lapse|run out)\b"),
    *_variants("ended"),

    # ---- signed: concluded, adopted, launched, inked, issued
    _rule("signed", "sign|ink|seal|conclu|exchang|adopt|endors|formali",
          r"\b(?:signed|signing|signs(?!\s+(?:of|that)\b)|sign(?!\s+(?:of|that)\b)|inked|inks|ink|sealed"
          # "concluded his visit", "concluded a round of talks", "exchanged views", "trade reached $5 billion": no act concluded
          r"|concluded(?!\s+(?:(?:a|an|his|her|their|its|the)\s+)?(?:[\w-]+\s+)?(?:visits?|trip|tour|meeting|summit|session|forum"
          r"|conference|that|rounds?|talks|consultations|discussions)\b)"
          r"|exchanged(?!\s+(?:views|opinions|ideas|greetings|pleasantries|thoughts|experiences?|(?:\w+\s+)?drafts?)\b)|adopted|adopts|adopting"
          # an offer endorsed is taken up, not concluded ("endorsed Ghana's proposal to set up a fund": status_shapes)
          r"|endorsed(?!\s+(?:(?:the|a|an|its|their|(?-i:[A-Z])[\w.’'-]*['’]s)\s+)?(?:[\w-]+\s+){0,2}?(?:proposals?|offers?|ideas?"
          r"|suggestions?|calls?|bids?)\b)|formali[sz]ed|conclusion of|formali[sz]es?|seals?|concludes?)\b"),
    # views held in common are no act concluded: "agree on many major issues", "agreed on key questions"
    _rule("signed", "agree|complet|consensus", r"\b(?:agreed (?:on|upon)(?! (?:\w+day|\d|the \d))" + _NOT_VIEWS
          + r"|agrees? (?:on|upon)(?! (?:\w+day|\d|the \d))" + _NOT_VIEWS
          + r"|(?:have|has|had) agreed (?:a|an|the|on)" + _NOT_VIEWS + r"|agreed (?:on \w+day )?(?:a|an)|completed (?:the )?negotiations"
          r"|reached (?:a )?consensus on" + _NOT_VIEWS + r")\b"),
    _rule("signed", "launch|establish|set up|unveil|upgrad|elevat|kick|forg|formed|founded|created|inaugurat|rolled out",
          # "launches" as a verb, not the noun ("satellite launches")
          r"\b(?:launched|launches(?!\s*(?:[,.;:)]|$|\s(?:on|from|in|at|for|to|by|of|and|or|with|into|per|this|next|last)\b))|launching"
          r"|established|upgraded|elevated|set up|unveiled|(?<!the )(?<!a )(?<!space )(?<!satellite )(?<!rocket )(?<!'s )(?<!’s )(?<!its )(?<!their )launch(?! of)"
          # the noun in a compound names no launching: "the space launch operator", "a launch vehicle", "launch site"
          r"(?!\s+(?:operators?|vehicles?|sites?|pads?|windows?|services?|providers?|complex|facilit(?:y|ies)|rockets?|costs?|market)\b)"
          r"|kick(?:s|ed)? off|unveils?|establish(?:es)?"
          r"|forg(?:ed|es|e|ing)\s+(?:a|an|the|their|its|new|closer|stronger|deeper)\b"
          r"|(?:elevates?|upgrades?)\s+(?:ties|relations|their|its|the|bilateral)\b"
          # forming, founding, opening and rolling out a joint body or scheme
          r"|(?:formed|founded|created)\s+(?=(?:a|an|the|their|its|joint|new)\b)|inaugurated|rolled out)\b"),
    _rule("signed", "struck|approv|reached|finali|clinch|penned|secured|pen to paper|renewed|initial|partnered with|joined forces"
          "|enter|strike|extended|prolonged|countersign|broker|ed out",
          r"\b(?:struck|approved(?!\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w.’'-]+['’]s\s+)?(?:[\w-]+\s+)?(?:drafts?|signing|conclusion|(?:proposal|application|bid|request)s?\s+to\s+(?:join|become|apply|accede))\b|\s+in\s+principle\b)"  # a draft, a signing, a bid to join, approved in principle: ahead
          r"|(?!" + REACHED_TO_DO + r")"  # "reached a consensus to set up a fund": an undertaking ahead (planned)
          r"reached(?!\s+(?:\$|US\$|€|£|\d|record|a record|an all-time|new highs?|(?-i:[A-Z]))|\s+\w+\s+(?-i:[A-Z]))"
          r"|finali[sz]ed|clinched|penned|secured|put pen to paper"
          r"|(?<!\bthis )(?<!\bthe )(?<!\btheir )(?<!\bits )(?<!\ba )renewed(?!\s+(?:(?:its|their|his|her|the|an?)\s+)?(?:calls?|push|efforts?|interest|focus|tensions?|fighting|pressure"
          r"|concerns?|criticism|threats?|offers?|proposals?|bids?|invitations?|appeals?)\b)"
          r"|initial(?:l)?ed"
          r"|partnered with|joined forces"  # a partnership formed ("have partnered" is in force first)
          r"|enter(?:ed|s|ing)? into (?!force|effect)(?:a|an|the|their|two|three|several|new|\d+)\b"
          r"|(?:strikes?|clinch(?:es)?)(?=\s+(?:[\w-]+\s+){1,3}?(?:deals?|agreements?|pacts?|accords?|partnerships?|alliances?)\b)"
          r"|(?:extended|prolonged) (?:the|their|its) (?:[\w-]+\s+){0,3}?(?:agreements?|accords?|treat(?:y|ies)|memorand(?:um|a)|MoUs?"
          r"|pacts?|deals?)"
          # settling an instrument after talks
          r"|countersigned|brokered"
          r"|(?:hammer|thrash|iron)ed out)\b"),
    # statements issued, acts announced by name: "issued a joint statement", "announced a new partnership with" (not a draft)
    _rule("signed", "issu|releas|announc", r"\b(?:(?:issued|released)(?=\s+(?:(?:a|an|the|their|its|two|three|joint|new)\s+)*"
          r"(?:" + NOT_YET + r"[\w-]+\s+){0,2}?(?:statements?|declarations?|communiqu\w+|roadmaps?|road maps?|action plans?|frameworks?|charters?"
          r"|agreements?|memorand\w+|MoUs?|protocols?|visions?|codes? of conduct|partnerships?|initiatives?|strateg(?:y|ies)|guidelines)\b)"
          r"|(?:was|were|been|be)\s+(?:jointly\s+)?(?:issued|released)"
          r"|announc(?:e|ed|es|ing)\s+(?:(?:a|an|the|their|its|new|joint)\s+){0,2}(?:(?:and\s+)?" + NOT_YET + r"[\w-]+\s+){0,2}?(?:(?-i:[A-Z])[\w.'’-]*\s+){0,3}?(?:partnerships?|initiatives?"
          r"|alliances?|programmes?|programs?|platforms?|dialogues?|agreements?|deals?|pacts?|funds?|frameworks?|working groups?"
          r"|task forces?|roadmaps?|linkages?|memorand\w+|MoUs?|codes? of conduct|action plans?|strateg(?:y|ies)|declarations?|charters?"
          r"|protocols?|accords?|(?:joint\s+)?statements?))\b"),
    *_variants("signed"),
    # an instrument told as the frame of what was agreed, handed over, or presupposed as done: "In a separate agreement,
    # the ministries agreed to ...", "the exchange of an agreement", "following the agreement between"
    _rule("signed", "in a|in an|in another|exchange of|following|after",
          r"^\W*in (?:a|an|another) (?:separate |second |third |further |new )?(?:agreement|deal|memorandum|accord|pact|protocol|MoU)(?=,)"
          r"|\bexchange of (?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?(?:agreements?|memorand(?:um|a)|MoUs?|documents|instruments)\b"
          r"|\b(?:following|after) (?:the|their|its) (?:[\w-]+\s+){0,2}?(?:agreement|deal|pact|accord|memorandum|MoU|treaty)\b"
          r"(?!\s+(?:talks|negotiations|expire|lapse|end)\b)"),

    # ---- proposed: one side offers or proposes
    _rule("proposed", "propos|offer|ask|suggest|call|invit|urg|time for|ready|readiness|willing|open to|keen to|eager to|floated"
          "|pitched|put forward|tabled|push|advocat|requested|interest in|sought|seek|prepared to|lobb|mooted|appeal|raised the|signal|plea",
          r"\b(?:propos\w*|offer(?:ed|s|ing)?|ask(?:ed|s|ing)?(?=\s+(?:[\w.’'-]+\s+){1,3}?to\s+(?:help|join|build|develop|supply|provide"
          r"|jointly|consider|fund|finance|invest|assist|support|share|train|sign|conclude|ink|negotiate)\b|\s+(?:[\w.’'-]+\s+){0,3}?for\s+(?:a|an)\s+(?:[\w-]+\s+){0,4}?(?:" + _ACT + r")\b)"
          r"|plea(?:s|d|ded|ds|ding)?\s+(?:with\s+(?:[\w.’'-]+\s+){1,3}?)?for|appeal(?:ed|s)?\s+for(?=\s+(?:a|an)\s)|suggest\w*(?!\s+that\b" + EPISTEMIC_THAT + r")|(?<!\bthat )(?<!\bwhich )call(?:ed|s)? for(?!" + NO_ACT_CALLED + r")|(?<!\bphone )(?<!\bvideo )(?<!\ba )(?<!\bthe )call(?:ed|s)? on" + TALKS_HURRIED + MEASURES_UNDONE + COURTESY_CALL +
          # an invitation to do something, not to attend: "invited as observers", "at the invitation of", "invited to the summit"
          # (invited with nobody named inviting: "joined the bloc after being invited last year")
          r"|(?<!being )(?<!been )(?<!were )(?<!was )invit\w+(?!(?:\s+(?-i:[A-Z])[\w.’'-]*){0,3}\s+(?:as|of|to\s+(?:attend|the|a|an|its|their|this|take part|participate))\b"
          r"|\s*[.;,)]|\s*$|" + INVITED_TO_A_SIGNING + r")|(?:(?<=being )|(?<=been )|(?<=were )|(?<=was ))invit\w+(?=\s+by\b)|urg(?:ed|es|ing)" + TALKS_HURRIED + MEASURES_UNDONE + r"|it is time for"
          r"|(?:is|are|was|were|stands?) ready (?:to(?! be\b)|for(?!\s+(?:its\s+|formal\s+)?(?:signature|signing|adoption)\b))|readiness|willing\w*|open to|keen to|eager to|floated|pitched|put forward"
          r"|tabled|push(?:ed|es|ing)? for|advocat\w+|requested|expressed (?:\w+\s+)?interest in(?!\s+(?:joining|becoming|membership|establishing ties|ties with|(?:a\s+)?partner status))|sought"
          r"|(?:is|are|was|were|stands?) prepared to (?:help|cooperate|co-operate|work|assist|build|develop|supply|provide|share|jointly|join"
          r"|partner|offer|consider)|lobb(?:ied|ies|ying)|mooted|appeal(?:ed|s)? to|raised the (?:idea|possibility|prospect)|seek(?:s|ing)\s+(?:an?|new|closer)\s+"
          r"(?:[\w-]+\s+){0,3}?(?:alliance|partnership|deal|agreement|pact|accord|treaty|association)\s+with"
          r"|signal(?:l)?(?:ed|s|ing)? (?:(?:a|an|its|his|her|their)\s+)?(?:desire|willingness|readiness|interest))\b"),
    *_variants("proposed"),

    # ---- planned: the sides agreed, intend, will, plan to; talks, drafts, acts not done yet
    _rule("planned", "will|shall|would", r"\b(?:will|shall|would)\b"),
    _rule("planned", "decid|plan|intend|intention|intent|agree|set to|expected to|aim|to establish|to create"
          "|to launch|to set up|to sign|prepar|negotiat|discuss|explor|envisag|seek|commit|pledg|vow",
          r"\b(?:decid\w+ to|plan(?:s|ned|ning)?|intend\w*|(?<!of )intention|(?<!of )intent (?:to|on)"
          r"|agreed (?:(?:on )?\w+day |in principle |(?:last|earlier this|this) (?:week|month) )?to|agree to|set to|expected to|aim\w* to|to establish|to create|to launch|to set up"
          r"|to sign|prepar\w+|negotiat\w+|discuss\w*|(?<!\bin )(?<!\bon )(?<!\bof )(?<!\bfor )explor(?:e|es|ed|ing)|envisag\w+|seek\w* to|commit(?:s|ted|ting|ment)? to"
          r"|pledg\w+|vow\w*|seek(?:s|ing)? (?:a|an|closer|new))\b"),
    _rule("planned", "talks|draft|in the works|yet to|not yet|close to|near|poised to|scheduled to|due to|working on|hammer"
          "|thrash|iron|working out|works out"
          "|pipeline|on the cards|offing|in the making|under consideration|in principle|slated|on track to|gear|the way for"
          "|weigh|contemplat|eye|hop|look|want|wish|mull|consider|toward",
          r"\b(?:talks|draft\w*|in the works|yet to|not yet|close to (?:a|an|the|finali|sign|conclud|reach|agree)\w*"
          r"|near(?:s|ing)? (?:a|an) (?:deal|agreement|accord|pact)|poised to|scheduled to"
          r"|due to (?:be\s+)?(?:sign|conclude|launch|start|begin|hold|finali[sz]e|adopt|approve|open|set up|establish|enter|take"
          r"|come|meet)"
          r"|(?:is|are|was|were|been)\s+(?:jointly\s+)?working\s+on"  # an instrument ("working on a treaty"); other work is ongoing
          r"|(?:hammer|thrash|iron|work)(?:s|ing)? out|in the pipeline|on the cards|in the offing|in the making|under consideration"
          r"|in principle|slated (?:to|for)|on track to|gear(?:s|ed|ing)? up to|(?<!, )pav(?:e|es|ed|ing) the way for|weigh(?:s|ing)"
          r"|contemplat\w+|eye(?:s|ing)?\s+(?:a|an|new|closer|joint)?\s*(?:deals?|pacts?|accords?|agreements?|partnerships?|ties"
          r"|cooperation)|hop(?:e|es|ed|ing) to|look(?:s|ing)? to|(?<!who )wants? to|(?<!who )wish(?:es)? to|mull\w*|consider(?:s|ing)"
          r"|work(?:s|ed|ing)? towards?)\b"),
    *_variants("planned"),
]


def _joined(*cues: str) -> Alternation:  # searched as one pattern, each rule behind its words
    return Alternation([(rule.pattern, rule.words) for rule in _RULES if rule.cue in cues])


# Each status's rules as one pattern, for code that asks whether a text says it at all.
NEGATED, IN_EFFECT, ENDED = _joined("rejected"), _joined("in_force"), _joined("ended")
ONGOING = _joined("ongoing", "habit", "background")
IN_FORCE = _joined("in_force", "ongoing", "habit", "background")  # entry into force and acts going on, as cues.IN_FORCE was
SIGNED, PROPOSED, PLANNED = _joined("signed"), _joined("proposed"), _joined("planned")

HEDGED = Hinted(re.compile(r"\b(?:may|might|could) (?:consider|explore|look at|discuss)\b|\bconsidering whether\b|\brumou?red\b|\bspeculat\w+\b"
                           r"|\bcould not (?:independently )?(?:verify|confirm)\b|\bunconfirmed\b"
                           # an act denied, rumoured or in doubt: "denied it had signed", "dismissed reports of a pact",
                           # "has no plans to sign", "are not in talks on a deal", "it is unclear whether they will sign"
                           r"|\b(?:(?:deni(?:ed|es)|deny|denying|dismiss(?:ed|es|ing)?)\s+(?:(?:media|press|the|these|those|such)\s+)?"
                           r"(?:reports?|claims?|speculation)|rumou?rs?)\s+(?:of|that|about)\b(?:(?!\band\s+(?!(?-i:[A-Z])))[^.;,]){0,60}?\b(?:sign\w*|agreements?|deals?|pacts?"
                           r"|accords?|treat(?:y|ies)|memorand\w+|MoUs?)\b"
                           r"|\bdeni(?:ed|es)\s+(?:that\s+)?(?:it|they|he|she|the\s+\w+)\s+(?:had|has|have|was|were|would|will)\s+"
                           r"(?:(?:ever|been|planning)\s+)?(?:sign|agree|reach|conclud|ink|seal)\w*"
                           r"|\b(?:has|have|had)\s+no\s+(?:immediate\s+)?plans?\s+to\s+(?:sign|conclude|ink|seal|enter into|strike)\b"
                           r"|\b(?:is|are|was|were)\s+not\s+(?:in|holding)\s+(?:any\s+)?talks\b"
                           r"|\b(?:unclear|not clear|uncertain)\s+(?:whether|if)\s+[^.;,]{0,40}?\b(?:will|would)\s+(?:\w+\s+)?(?:sign|conclude|ink|seal)\b"
                           # cooperation talked up, no instrument: "Putin stressed the importance of CIS cooperation"
                           r"|\b(?:emphasi[sz]\w*|stress\w*|underlin\w*|underscor\w*|highlight\w*)\s+the\s+(?:importance|need|significance"
                           r"|value)\s+of\b(?![^.;]{0,80}\b(?:agreements?|memorand\w+|MoUs?|treat\w+|deals?|pacts?|accords?|declarations?"
                           r"|statements?|roadmaps?|initiatives?|protocols?)\b)", _I),
                'may ', 'might ', 'could ', 'considering', 'rumo', 'speculat', 'unconfirmed', 'the importance', 'the need', 'deni',
                'deny', 'dismiss', 'no plans', 'no immediate plans', 'not in talks', 'not holding', 'unclear', 'not clear', 'uncertain',
                'the significance', 'the value')
# A bloc described, no act told: "The CSTO is a military-political alliance created by ..." (matched at the start).
BLOC_DESCRIBED = Hinted(re.compile(
    r"\W*(?:the\s+)?(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*)){0,5}(?:\s+\([A-Z]+\))?\s+(?:is|was)\s+an?\s+"
    r"(?:[\w-]+\s+){0,3}?(?:alliance|bloc|grouping|organi[sz]ation|union)\b"
    r"(?![^.;]*\b(?:signed|inked|adopted|agreed|launched|concluded)\b)", _I), ' is a', ' was a')

# A statement or declaration that is still to be made: "will sign a joint statement", "to adopt a declaration".
FUTURE_ISSUE = re.compile(r"\b(?:will|shall|to|expected to|plans? to|set to)\s+(?:\w+\s+)?(?:sign|adopt|issue|release|approve)\b", _I)

# The highest precedence a rule's matches can come to once _aspect has read them: its own status, or in force for
# the cues _aspect may read as in force ("in_force", "ongoing", "habit"; an end told ahead, "expires in 2030").
_IN_FORCE = "in-force"
_ACTIVITY_CUES = {"ongoing", "habit"}
_ASIDE_CUES = _ACTIVITY_CUES | {"ended"}  # what goes on, or runs until an end told ahead ("..., which replaces one due to expire,")
# A relative clause or an aside set off from the clause: what it says goes on is background to the clause's own verb.
_ASIDE = re.compile(r",\s*(?:which|who|whose|where|having)\b[^,;()]*|\([^()]*\)|[—–]\s[^—–]*[—–]")
_ASIDE_WORDS = (", which", ", who", ", where", ", having", "(", "—", "–")
# An apposition telling a class of acts: "will sign an MoU, a document that the US has signed with many countries".
_CLASS_ASIDE = re.compile(r",\s*(?:a|an|one)\s+(?:[\w-]+\s+){0,3}?(?:that|which)\b[^,;()]*", _I)
_SIGNED_PRECEDENCE = STATUS_PRECEDENCE["signed"]
_BEST = {rule.cue: STATUS_PRECEDENCE[_IN_FORCE if rule.cue in {"in_force", "ongoing", "habit", "background", "ended"} else rule.cue] for rule in _RULES}
_GATED = ByWords([rule.gate for rule in _RULES])  # the rules by their words
_SPELT = [(rule, tuple(map(register, required_sets(rule.pattern, shortest=4))), finder(rule.pattern)) for rule in _RULES]  # its words, and its matches (tried only where one may start)


@lru_cache(maxsize=8192)  # a sentence is read as a clause and again as evidence
def find_status(text: str) -> str | None:
    """What the text says happened to the act: rejected (negated), in force, ended, signed, proposed, planned.

    When several are said, the one of highest precedence (tp:precedence) wins ("did not sign" beats "sign"); the
    rules run in that order and stop once no later one could win. An act named as existing ("their existing
    partnership") gives way to a verb of concluding beside it, and what goes on in an aside (", which have cooperated
    since 2010,") to any status the clause itself tells.
    """
    text = without_modifiers(text)  # "will on Monday sign" is read as "will sign"
    low = folded(text)
    asides = [match.span() for match in _ASIDE.finditer(text)] if any(word in low for word in _ASIDE_WORDS) else []
    classes = [match.span() for match in _CLASS_ASIDE.finditer(text)] if (", a " in low or ", an " in low or ", one " in low) else []
    best = told_of_class = None
    background = aside = False
    for rule, spelt, find_all in map(_SPELT.__getitem__, _GATED.among(present := words_in(text))):  # rules whose words it holds, in order
        if best is not None and STATUS_PRECEDENCE[best] <= _BEST[rule.cue]:
            break
        if any(words.isdisjoint(present) for words in spelt):
            continue  # a word its pattern spells out is missing: no match
        if rule.cue == "background":
            background = background or any(not _built_on(text, match.start()) for match in find_all(text))
            continue
        for match in find_all(text):
            status = _aspect(rule.cue, text, match.start(), match.end())
            if status is None:
                continue  # a provision of the act ("can be terminated with six months' notice"), no event
            if status == _IN_FORCE and rule.cue in _ASIDE_CUES and any(a <= match.start() < b or a < match.end() <= b for a, b in asides):
                aside = True  # "A, which have cooperated since 2010, signed a memorandum", "the partnership, which began in 2015,": aside
            elif any(a <= match.start() < b for a, b in classes):
                told_of_class = told_of_class or status  # said of other acts of its class: the clause's own verb first
            elif best is None or STATUS_PRECEDENCE[status] < STATUS_PRECEDENCE[best]:
                best = status
    if (background and (best is None or STATUS_PRECEDENCE[best] > _SIGNED_PRECEDENCE)) or (aside and best is None):
        return _IN_FORCE
    return _refine(text, best or told_of_class)
