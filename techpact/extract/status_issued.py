"""A memorandum or a statement is made when signed or issued; it is in force only when the text says so (extraction
rule, ours).

The guide's in force is an act ongoing, ratified and operating. A memorandum of understanding, a joint statement or a
declaration is a document: news tells it signed or issued, and rarely anything of its course. What a passage tells as
going on around such a document is most often something else: the partnership its preamble recalls ("Reaffirming the
importance of the partnership between A and B"), the parties' standing ties ("the two countries are close partners"),
work on another matter ("is working on approving export licences"). So such a document is in force only when a
sentence of it says so by a cue of the document's own course: it entered into force, took effect, was ratified, is in
effect or in place, is being implemented (or its implementation is told), has run since a year, is named the existing
or current one, is held now ("already have a memorandum"), has run since its signing or for some years, is renewed or
extended, or its end is told still ahead ("expires in 2027"), or its course is told (status_course); or its making is told as history, dated before the news
("building on a memorandum signed in 2022": it stands). Otherwise its status is the strongest its sentences tell short
of in force (signed, or planned when it is still to be drawn up), and signed when they tell none or name it as a
previous one. The kinds are the ontology's tp:inForceByOwnCourse ones.
"""

from __future__ import annotations

import re

from techpact.extract.status import IN_EFFECT, find_status
from techpact.extract.status_background import made_in_the_past
from techpact.extract.status_course import instrument_in_course
from techpact.extract.status_served import done_under
from techpact.extract.status_setting import setting_kind
from techpact.ontology.vocabulary import DEFAULT_STATUS, DOCUMENT_KINDS, STATUS_RANK

_I = re.IGNORECASE

# A cue of the document's own course, beside IN_EFFECT's entry into force, effect and ratification.
_OWN_COURSE = re.compile(r"\b(?:(?:is|are|was|were|been|being)\s+(?:being\s+|successfully\s+|fully\s+)?implemented|in place"
                         # operational as what it is, not a kind of work it covers ("operational cyber threat information")
                         r"|(?:is|are|was|were|been|be|become|became|becomes|remains?|now|fully)\s+(?:now\s+|fully\s+)?operational|in operation|implementation\s+of|valid (?:until|till|through)|runs? (?:until|till|through)"
                         # an end still ahead: "expires in 2027", "is due to expire", "will lapse next year"
                         r"|(?:expires|lapses|runs out|comes to an end)|(?:will|to)\s+(?:expire|lapse|run out|come to an end)"
                         r"|since (?:(?:early|late|mid-?)\s+)?(?:(?-i:[A-Z])[a-z]+\s+)?(?:19|20)\d\d"
                         # a standing told since its making, and the document held now: "have cooperated since signing the
                         # memorandum", "Kenya and Ghana already have a memorandum on trade"
                         r"|since (?:(?:the\s+)?signing|(?:they|the two|both) (?:\w+\s+)?signed|it was signed)|(?:since then|ever since),?\s+(?:they|both|the two)\s+have\s+(?!been\b|not\b|never\b|signed\b)\w+ed\b"
                         r"|in its (?:second|third|fourth"
                         r"|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)) year"
                         r"|(?:renewed|extended|prolonged)\s+(?:the|their|its|it|by|for|until|till|through)\b"
                         r"|(?:was|were|been|be)\s+(?:\w+ly\s+)?(?:renewed|extended|prolonged)"
                         # the document whose extension is told or sought: "requested the renewal of its memorandum"
                         r"|(?:extension|renewal|prolongation)s?\s+(?:of|to)\s+(?:the|their|its|this|that)\s+(?:[\w-]+\s+){0,3}?(?:memorand\w*|MoUs?|MoCs?)"
                         r"|(?:have|has)\s+(?:already\s+|long\s+|long\s+had\s+|had\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:memorand\w*|MoUs?|MoCs?)"
                         # or several held with others: "India currently has MoUs with six African countries"
                         r"|(?:have|has)\s+(?:already\s+|long\s+|had\s+)?(?:\w+\s+)?(?:memorand(?:a|ums)(?:\s+of\s+understanding)?|MoUs|MoCs)\s+(?:with|between)"
                         r"|(?:existing|current|decades?-old|\w+-years?-old)\s+(?:[\w-]+\s+){0,2}?(?:memorand\w*|MoUs?|MoCs?))\b", _I)

# The document's signing told: "was signed", "they inked".
_SIGNED = re.compile(r"\b(?:signed|inked|exchanged)\b", _I)
# The document named as one made before another: "builds on a previous MoU", "an earlier memorandum".
_PREVIOUS = re.compile(r"\b(?:previous|earlier|prior|former)\s+(?:[\w-]+\s+){0,2}?(?:memorand\w*|MoUs?|MoCs?|joint\s+statements?"
                       r"|declarations?)\b", _I)


def document_status(kind: str, status: str, texts: list[str], news_year: int | None = None) -> str:
    """The status of an act of `kind` read as `status` from its sentences `texts`: for a memorandum or statement read
    in force with no cue of its own course (nor a making dated before the news, news_year, nor work told in its
    setting), the strongest status short of in force its sentences tell, else signed."""
    if kind not in DOCUMENT_KINDS or status != "in-force":
        return status
    if instrument_in_course(texts, news_year) or setting_kind(kind, texts) == kind or any(
            IN_EFFECT.search(text) or _OWN_COURSE.search(text) or done_under(text) or made_in_the_past(text, news_year)
            for text in texts):
        return status
    if _PREVIOUS.search(texts[0]):
        return "signed"  # "It builds on a previous MoU, which ...": made before, whatever its content tells ahead
    # a sentence read in force that tells the signing too ("was signed on July 19 and enables ..."): signed
    told = ["signed" if found == "in-force" else found for text in texts if (found := find_status(text)) and (
        STATUS_RANK[found] < STATUS_RANK["in-force"] or (found == "in-force" and _SIGNED.search(text)))]
    return max(told, key=STATUS_RANK.__getitem__) if told else DEFAULT_STATUS.get(kind, "signed")
