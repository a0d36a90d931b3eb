"""What a plain reading of a sentence leaves out (membership_skeleton.sentence_skeleton(plain=True)): the adverbs,
time phrases and circumstances news puts between any two words ("has now officially joined", "was on Monday admitted
to", "Indonesia in January became a member of", "joined BRICS recently."), so that the membership rules need not allow
each of them everywhere. Never the words that change what is said of a membership ("formerly", "once", "no longer",
"not", "reportedly", "soon", "for years")."""

from __future__ import annotations

import re

from techpact.extract.gates import Hinted
from techpact.extract.pattern_parts import branches
from techpact.extract.spelt_gates import Spelt

_I = re.IGNORECASE

_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.)"
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_COUNT = r"(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|a few|several)"
# A word of manner or sequence: "formally", "quietly", "at last".
_MANNER = (r"now|also|already|just|recently|formally|officially|finally|eventually|effectively|fully|still|thus|therefore"
           r"|subsequently|currently|later|then|originally|initially|technically|legally|ultimately|duly|swiftly|quickly"
           r"|belatedly|successfully|automatically|immediately|quietly|unanimously|smoothly|at last|at long last")
# A time or an occasion: "last year", "on Monday", "in January 2024", "two years ago", "at a summit in Kazan",
# "after years of talks", "in a ceremony on Tuesday".
_WHEN = (r"(?:last|this|earlier this|late last|early last|earlier last)\s+(?:year|month|week|spring|summer|autumn|fall|winter)"
         r"|in\s+(?:early\s+|late\s+|mid-?)?" + _MONTH + r"(?:\s+\d{1,2})?(?:,?\s+\d{4})?|in\s+(?:early\s+|late\s+|mid-?)?(?:1[89]|20)\d\d"
         r"|(?:as of|since|effective(?: from)?)\s+(?:" + _MONTH + r"(?:\s+\d{1,2})?(?:,?\s+\d{4})?|(?:1[89]|20)\d\d)|on\s+" + _DAY
         + r"|on\s+" + _MONTH + r"\s+\d{1,2}(?:,?\s+\d{4})?|" + _COUNT + r"\s+(?:years?|months?|weeks?|days?)\s+ago"
         r"|at\s+(?:a|the|its|this|last)\s+(?:[\w-]+\s+){0,2}?(?:summit|meeting|ceremony)(?:\s+in\s+(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?)?"
         r"|in\s+a\s+(?:[\w-]+\s+)?ceremony(?:\s+(?:on|in)\s+(?-i:[A-Z])\w+)?"
         r"|after\s+(?:years|months|decades)\s+of\s+(?:talks|negotiations|waiting|delays?)|after\s+a\s+long\s+wait")
# Between two words (the next one lower case; never before a comma, which may close an aside).
ADVERB = Hinted(re.compile(r"\b(?:" + _MANNER + r"|" + _WHEN + r")\s+(?=(?-i:[a-z]))", _I),
                "now", "also", "already", "just", "ly", "still", "thus", "therefore", "later", "then", "at last", "year",
                "month", "week", "day", "ago", "summit", "meeting", "ceremony", "spring", "summer", "autumn", "fall",
                "winter", "in 1", "in 2", "jan", "feb", "march", "april", "may", "june", "july", "aug", "sept", "oct",
                "nov", "dec", "talks", "negotiations", "waiting", "delay", "wait", "since", "as of", "effective", "in late", "in mid")
# ADVERB's branches, each behind its own words: whether it matches anywhere is told by the few branches whose words
# stand in a sentence, not by trying all of them at every word (the same answer: the branches share what follows them).
_ADVERB_PARTS = (Hinted(re.compile(r"\b(?:" + _MANNER + r")\s+(?=(?-i:[a-z]))", _I), *_MANNER.split("|")),
                 *(Hinted(re.compile(r"\b(?:" + branch.pattern + r")\s+(?=(?-i:[a-z]))", _I))
                   for branch in branches(re.compile(_WHEN, _I))))
# At the end of a clause: "Indonesia joined BRICS recently."
_TRAILING = Spelt(re.compile(r"\s+(?:now|also|already|recently|finally|eventually|quietly|successfully|ultimately"
                             r"|formally|officially|at last|at long last)(?=\s*(?:[.;!?]|$))", _I))  # (on gaps: Spelt)
# Quotation marks inside a clause: 'the minister said Indonesia "joined BRICS last year"'.
_QUOTE = re.compile(r"[\"“”]")
# A quantifier floated after a subject (the gap opens right after a placeholder): "L all joined", "L have all joined",
# "L were both admitted" (never "L have all but joined").
_FLOATING = re.compile(r"^(\s+(?:(?:have|has|had|were|are|was|is)\s+)?)(?:all|both|each)\s+(?!but\b)(?=(?-i:[a-z]))", _I)
# "both" before a list of states: "includes both Kazakhstan and Uzbekistan".
_BOTH = re.compile(r"\bboth\s+$", _I)
# What the bloc is, told before what it holds: "(The SCO) is a regional association that includes (nine countries: L)",
# "(APEC,) an economic forum which groups (L)" read as "(The SCO) includes ...".
_DESCRIBED = re.compile(
    r"^(?:\s+(?:is|was)|\s*,)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:organi[sz]ation|association|bloc|group(?:ing)?|alliance"
    r"|forum|union|club|body|community|coalition|partnership|framework|platform)\s+(?:that|which)\s+(?=(?:now\s+)?(?:includes?"
    r"|included|comprises?|comprised|groups|grouped|brings together|brought together|unites|united|consists of|consisted of"
    r"|(?:is|was) (?:made up|composed) of)\b)", _I)


def plain_gap(gap: str, before_list: bool) -> str:
    """The stretch between two placeholders of a skeleton without its adverbs, time phrases and quotation marks
    (and a "both" opening the list that follows, if before_list)."""
    gap = _DESCRIBED.sub(" ", gap)
    gap = ADVERB.pattern.sub("", gap)
    gap = _TRAILING.sub("", gap)
    gap = _QUOTE.sub("", gap)
    gap = _FLOATING.sub(r"\1", gap)
    if before_list:
        gap = _BOTH.sub("", gap)
    return gap


def reads_plainer(text: str) -> bool:
    """Whether a plain reading of the sentence may differ from its skeleton (a cheap test in front of it)."""
    return bool('"' in text or "“" in text or " both " in text or " that " in text or " which " in text or " all " in text
                or " each " in text or _TRAILING.search(text)
                or ADVERB.may_hold(text) and any(part.search(text) for part in _ADVERB_PARTS))
