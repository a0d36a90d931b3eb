"""An act told as existing now, in the present, is in force (extraction rule, ours).

The guide's in force is an act "ongoing, existing, operating". News often tells a standing act by no verb of its own
course but by saying, in the present, what the act is or does, the act itself the subject:
  - what it is, a standing thing between the parties, in a present copula: "CBERS is a cooperation programme between
    China and Brazil", "the Digital Bridge is a partnership between Kenya and India that trains engineers";
  - what it does or has done, in the present, progressive or perfect: "the forum, created in 2022 by A and B, promotes
    trusted data flows", "the partnership has already produced four satellites", "it is being pursued through joint
    projects", the act named as the parties' own ("Japan and India's digital partnership continues to deliver").
Its making, when the passage tells it, is then its history, dated before the news in the same or another sentence
("signed on July 6, 1988", "created in 2022", "since it was signed in October 2022").

Guards, each a principle of the guide:
  - an act made now is signed, one to be made planned: any making or planning of an act in its clauses that is not
    dated to the past ("signed on Monday", "will launch a partnership", "agreed to set up", "proposed a forum") keeps the
    act's status; so does an act told new or first ("is a new partnership", "the first such programme", "today's deal");
  - an act ahead is not one that is: the copula must be a present ("would be", "is to be", "will be" are not), and no
    predicate of preparing or awaiting it ("is being negotiated", "is expected to", "is awaiting approval");
  - what an act holds or aims at is its content, timeless, and tells nothing of its standing ("the deal covers four
    reactors", "the pact aims to boost trade", "it will train engineers");
  - only a planned or signed act rises; an offer, a refusal or an end is told by its own rule, and a declaration is
    issued, not in force.
"""

from __future__ import annotations

import re

from techpact.extract.gates import Hinted
from techpact.extract.status_background import makes_an_act_now

_I = re.IGNORECASE
# The noun of a standing act (a joint body or programme as much as an instrument).
_NOUN = (r"(?:partnerships?|programmes?|programs?|agreements?|accords?|treat(?:y|ies)|pacts?|alliances?|initiatives?"
         r"|forums?|dialogues?|frameworks?|mechanisms?|platforms?|projects?|ventures?|consortium|corridors?|memorand(?:um|a)"
         r"|MoUs?|arrangements?|commissions?|committees?|councils?|working\s+groups?|funds?|cooperation|co-operation"
         r"|collaboration)")
# Words of the act's name between determiner and noun: none a function word (what follows one is another thing: "a
# pillar of the partnership between ..."), none telling it new, ahead or offered.
_NOT_A_NAME = (r"(?:new|newly|fresh|first|first-ever|inaugural|latest|proposed|planned|possible|potential|future|prospective"
               r"|draft|landmark|historic|would-be|to|the|a|an|of|for|on|in|at|by|with|or|that|which|is|are|was|were|has"
               r"|have|will|would)\b")
_WORDS = r"(?:(?!" + _NOT_A_NAME + r")[\w&'’-]+\s+){0,5}?"
# The subject of the copula: a name ("CBERS", "The Digital Bridge", "the Green Economy Agreement"), the act's noun, or
# "it" (the act told before), at the clause's start; not an aim or plan ("The goal is a partnership between ...").
_NAME = (r"(?:(?:the\s+)?(?!(?:The|This|That|These|Those|Our|Its|Their|His|Her|A|An|It|They|He|She|We|Goal|Aim|Idea"
         r"|Plan|Hope|Objective|Target|Proposal|Result|Outcome)\b)(?-i:[A-Z])[\w&.'’-]*(?:\s+(?-i:[A-Z])[\w&.'’-]*){0,6}"
         r"|(?:the|this|that|their|its)\s+" + _WORDS + _NOUN + r"|it)")
# Words of the subject's name before its noun, none of a verb's form either ("The strategy aims to improve the
# framework", "The announcement follows similar MoU signings" name no act as their subject).
_SUBJECT_WORDS = r"(?:(?!" + _NOT_A_NAME + r")(?![\w&-]*[^\Ws'’]s\s)[\w&'’-]+\s+){0,4}?"
_ASIDE = r"(?:\s*\([^()]{1,40}\))?(?:\s*,(?:[^;.]|\.(?=[\w,])){1,160}?,)?"
_ADVERB = r"(?:(?:now|still|also|already|currently|essentially|primarily|mainly|effectively|today)\s+)*"
# What it is: "CBERS is a technological cooperation program between China and Brazil".
_IDENTITY = (r"^\W*" + _NAME + _ASIDE + r"\s+(?P<copula>is|are)\s+" + _ADVERB + r"(?:an?|the)\s+" + _WORDS + _NOUN
             + r"\s+(?:between|among|linking|involving|with)\b")
# What it does now: a present progressive ("is supporting growth", "is being pursued"), a present perfect of its yield
# ("has already produced four satellites"), or, of a working act, a present simple ("the forum promotes data flows").
_LASTING = (r"(?:is|are)\s+(?:being\s+(?!(?:negotiated|drafted|discussed|prepared|finali[sz]ed|considered|proposed|studied"
            r"|planned|reviewed|worked|developed|set|formed|created|established|launched|signed)\b)(?-i:[a-z])\w+ed"
            r"|(?!(?:going|expected|aiming|seeking|hoping|planning|set|due|slated|scheduled|meant|intended|designed|yet"
            r"|about|likely|unlikely|not|under|being|awaiting|waiting|pending|nearing|undergoing|facing|moving|heading"
            r"|stalling|languishing|expiring|ending|lacking)\b)(?-i:[a-z])\w{2,}ing)\b"
            r"|(?:has|have)\s+(?:already\s+|so\s+far\s+|since\s+)?(?:produced|delivered|trained|helped|funded|financed"
            r"|supported|benefited|benefitted|boosted|enabled|contributed|achieved|brought|attracted|generated)\b")
# (the present simple, said of what works: a body, programme or partnership; of a document it tells what its text holds)
_WORKS = (r"(?!(?:aims|seeks|intends|plans|hopes|wants|envisages|envisions|foresees|covers|includes|contains|comprises"
          r"|entails|involves|outlines|stipulates|specifies|details|provides|concerns|deals|focuses|commits|obliges|binds"
          r"|requires|calls|says|states|reads|notes|expires|needs|awaits|lacks|signs|concludes|proposes|offers|goes|comes"
          r"|takes|enters|becomes|means|is|has|does|follows|marks|represents|reflects|underlines|underscores|signals|shows"
          r"|demonstrates|highlights|opens|paves|builds|complements|replaces|supersedes|adds|joins|matters|remains|aligns"
          r"|extends|spans|encompasses|embraces|ranges|reaches|stretches)\b)"  # (its reach is its content too: "extends beyond")
          r"(?-i:[a-z])[a-z]{2,}(?<!ss)(?<!ous)(?<!is)(?<!us)s\b(?!\s*(?:and|or|of|[,.;]|$))")
_WORKING_NOUN = (r"(?:partnerships?|programmes?|programs?|alliances?|initiatives?|forums?|dialogues?|mechanisms?|platforms?"
                 r"|projects?|ventures?|consortium|corridors?|commissions?|committees?|councils?|working\s+groups?|funds?"
                 r"|cooperation|co-operation|collaboration)")
# (or the parties' own, named before it: "Japan and India's digital partnership continues to deliver")
_OWNER = r"(?:the\s+)?(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*)*"
_SUBJECT = (r"^\W*(?:the|this|that|their|its|" + _OWNER + r"\s+and\s+" + _OWNER + r"['’]s?)\s+" + _SUBJECT_WORDS)
# (the noun may carry its parties: "the digital partnership between Japan and India continues to deliver")
_PROPER = r"(?:the\s+)?(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*)*"
_PARTIES = r"(?:\s+(?:between|among)\s+" + _PROPER + r"(?:,\s+|\s+and\s+)" + _PROPER + r")?"
_NOW_DOING = (_SUBJECT + _NOUN + _PARTIES + _ASIDE + r"\s+" + _ADVERB + r"(?P<verb>" + _LASTING + r")"
              r"|" + _SUBJECT + _WORKING_NOUN + _PARTIES + _ASIDE + r"\s+" + _ADVERB + r"(?P<works>" + _WORKS + r")"
              r"|^\W*it\s+" + _ADVERB + r"(?:is|are)\s+being\s+(?:pursued|implemented|carried\s+out|run|operated|applied"
              r"|used|expanded)\b")
EXISTING_NOW = Hinted(re.compile(_IDENTITY + "|" + _NOW_DOING, _I))
# Making, planning or offering an act: told without a past time, the act is new now or still ahead.
_MAKING = Hinted(re.compile(
    r"\b(?:sign(?:s|ed|ing)?|ink(?:s|ed|ing)?|conclud(?:e|es|ed|ing)|seal(?:s|ed|ing)?|str(?:ike|ikes|uck)|forg(?:e|es|ed|ing)"
    r"|establish(?:es|ed|ing)?|launch(?:es|ed|ing)?|creat(?:e|es|ed|ing)|(?<!\bthe\s)(?<!\ba\s)form(?:s|ed|ing)?\b(?!\s+of\b)"
    r"|set(?:s|ting)?\s+up|found(?:ed|ing)"
    r"|adopt(?:s|ed|ing)?|unveil(?:s|ed|ing)?|initiat(?:e|es|ed|ing)|reach(?:es|ed|ing)?|propos(?:e|es|ed|ing|al)"
    r"|negotiat\w*|draft(?:s|ed|ing)?|plan(?:s|ned|ning)?\s+to|intend\w*\s+to|agree(?:s|d)?\s+(?:to|on|upon|an?|the))\b", _I),
    "sign", "ink", "conclud", "seal", "strike", "struck", "forg", "establish", "launch", "creat", "form", "set", "found",
    "adopt", "unveil", "initiat", "reach", "propos", "negotiat", "draft", "plan", "intend", "agree")
# The act told new or first, or made today.
_NEW = Hinted(re.compile(r"\b(?:new|newly|fresh|first|first-ever|inaugural|latest|today['’]s|this\s+week['’]s)\s+"
                         r"(?:[\w&'’-]+\s+){0,4}?" + _NOUN + r"\b", _I),
              "new", "fresh", "first", "inaugural", "latest", "today", "this week")


def told_existing(texts: list[str], news_year: int | None = None) -> bool:
    """Whether an act's clauses (texts) tell it existing now, in the present (what it is between the parties, or what
    it does), with no clause making, planning or offering an act now (a making dated before the news is its history)
    and none telling it new."""
    existing = [(text, match) for text in texts if (match := EXISTING_NOW.search(text)) is not None]
    if not existing or any(_NEW.search(text) for text in texts):
        return False
    for text in texts:
        own = next((match.span(group) for told, match in existing if told is text
                    for group in ("verb", "works") if match.group(group)), None)
        for made in _MAKING.finditer(text):
            if own is not None and own[0] <= made.start() < own[1]:
                continue  # the act's own present predicate ("the forum establishes cooperation")
            if makes_an_act_now(text, made.start(), made.end(), news_year):
                return False
    return True
