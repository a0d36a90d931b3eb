"""An instrument made by other state bodies than the act in focus is another instrument (extraction rules, ours).

A list of what two governments signed names each instrument by its signing bodies: "The Government of Tajikistan and
the Government of China signed an agreement on road transport. The Ministry of Foreign Affairs of Tajikistan and the
Ministry of Foreign Affairs of China signed an MoU on ... The Ministry of Industry of Tajikistan and the Ministry of
Natural Resources of China agreed on cooperation in mining." Each clause opens on state bodies that no sentence of the
act in focus named and tells an instrument made (a new instrument noun, or "agreed on cooperation / a framework"): one
more act of the same states. A clause that points back ("signed the document", "the memorandum was signed by the
ministries of ..."), a quotation, or a name of the same body told in other words ("the Ministry of Innovation and
ICT", then "the ICT Ministry of Innovation") tells the act in focus again.
"""

from __future__ import annotations

import re

from techpact.extract import cues
from techpact.extract.gates import Hinted
from techpact.extract.parties import Clause
from techpact.ontology.reference import is_bloc

_I = re.IGNORECASE
_BODY_NOUN = r"(?:Ministry|Agency|Committee|Commission|Bureau|Administration|Council|Authority|Office|Department|Service)"
# A clause opening on a state body as its subject: "The Ministry of ...", "In addition, the Committee for ...".
_OPENS_ON_BODY = Hinted(re.compile(r"^\W*(?:(?i:in\s+addition|additionally|also|further(?:more)?|meanwhile),?\s+)?(?i:the)\s+"
                                   r"(?:[A-Z][\w-]*\s+){0,3}" + _BODY_NOUN + r"\b", 0),
                        "ministry", "agency", "committee", "commission", "bureau", "administration", "council",
                        "authority", "office", "department", "service")
# The bodies' names: "Ministry of Natural Resources of China", "National Bureau of Statistics".
_BODY_NAME = re.compile(r"(?:[A-Z][\w-]*\s+){0,3}" + _BODY_NOUN + r"(?:\s+(?:of|for|on|under)\s+(?:the\s+)?(?:[A-Z][\w-]*"
                        r"(?:\s+and\s+)?\s*){1,4})?")
# What the clause makes: a new instrument, or cooperation or a framework agreed on.
_MADE = Hinted(re.compile(r"\b(?:signed|inked|concluded|sealed|exchanged)\s+(?:a|an|two|three)\b"
                          r"|\bagreed\s+on\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:cooperation|framework|plan|programme|program"
                          r"|roadmap)\b", _I), "signed", "inked", "concluded", "sealed", "exchanged", "agreed on")

# An instrument pointed back to: "signed the document", "this memorandum".
_BACK = re.compile(r"\b(?:the|this|that|these|those)\s+(?:[\w-]+\s+){0,2}?(?:documents?|memorand(?:um|a|ums)|MoUs?|agreements?"
                   r"|deals?|treat(?:y|ies)|accords?|pacts?|protocols?)\b", _I)


_GENERIC = frozenset("the of for on under and ministry agency committee commission bureau administration council "
                     "authority office department service national state federal".split())


def _names(text: str) -> list[frozenset[str]]:
    """The body names a text holds, each as its distinctive words in lower case ("Ministry of Innovation and ICT" and
    "the ICT Ministry of Innovation" are one name)."""
    names = [frozenset(re.findall(r"[\w-]+", match.group().lower())) - _GENERIC for match in _BODY_NAME.finditer(text)]
    return [name for name in names if name]


def _same_body(name: frozenset[str], others: list[frozenset[str]]) -> bool:
    """Whether a name shares most of its distinctive words with one of the others."""
    return any(len(name & other) * 3 >= 2 * min(len(name), len(other)) for other in others)


def other_bodies_made(reader, clause: Clause) -> bool:
    """Record the instrument a clause tells as made by state bodies the act in focus was never told with, as one more
    act of the same states; True when done."""
    focus = reader.focus
    text = clause.text
    if focus is None or len(focus.parties) < 2 or not _OPENS_ON_BODY.search(text) or not _MADE.search(text):
        return False
    if text.lstrip()[:1] in "\"“'‘":
        return False  # a speaker's words retell: '"The ministries have signed a memorandum ...," the minister said'
    if _BACK.search(text):
        return False  # "... signed the document", "the memorandum": the act in focus again
    states = {m.code for m in clause.actors if m.how != "dateline" and not is_bloc(m.code)}
    if states != set(focus.parties):
        return False
    named = _names(text)
    told = [name for span in focus.evidence for name in _names(span.text)]
    if not named or any(_same_body(name, told) for name in named):
        return False
    kind = cues.find_kind(text)[0] or "agreement"
    reader._clauses += 1
    reader._record(list(focus.parties), kind, "signed", clause, back=False, separate=True)
    return True
