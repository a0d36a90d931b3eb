"""Kind nouns of joint undertakings and bodies that cues.KIND_CUES does not spell (extraction rules, ours).

News names a body the states form by what it does ("agreed to form an AI study group"): a study group (or a
"taskforce", in one word) is a group of the sides' experts, a working group in the guide's words. A programme the
governments sign or adopt ("also signed a cultural exchange program") is an instrument, an agreement; one they launch or
begin ("launched training programmes in cybersecurity") is an undertaking, an initiative. It shortens a memorandum to "memo" ("a bilateral memo of
understanding", "Another memo pointed to health"). It tells a joint undertaking by "together" after the thing done
("central banks of A, B and C are exploring a payment project together") or by a long run of words between "joint"
and "project" ("a joint digital currency cross-border payment project"). Each is read only in the shapes that cannot be
another thing: "memo" beside "of understanding", "another" or "bilateral" (not "a leaked memo"), "together" right
after the project noun (not "worked together on reforms").
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
# Talks a framework is for: "working-level talks", "consultations", "a strategic dialogue".
_TALKS = r"talks|consultations|dialogues?"

UNDERTAKING_CUES: list[tuple[str, re.Pattern]] = [
    ("working-group", re.compile(r"\bstudy\s+groups?\b|\btaskforces?\b", _I)),
    ("mou", re.compile(r"\bmemos?\s+of\s+(?:understanding|cooperation|intent)\b|(?<=\banother )memo\b"
                       r"|(?<=\bbilateral )memos?\b|(?<=\bsecond )memo\b|(?<=\bthird )memo\b", _I)),
    ("initiative", re.compile(r"\b(?:project|programme|program|pilot|platform|prototype)s?\s+together\b"
                              r"|\bjoint\s+(?:[\w-]+\s+){4,6}?(?:project|programme|program|pilot|platform)s?\b", _I)),
 # a programme launched or begun is an undertaking: "launched training programmes in cybersecurity", "announced the
 # beginning of workforce programs"
    ("initiative", re.compile(r"\b(?:launch(?:ed|es|ing)?|beg(?:an|un|ins)|start(?:ed|s)|the\s+(?:launch|beginning|start)\s+of)\s+"
                              r"(?:(?:a|an|the|their|new|several|two|joint)\s+)?(?:(?!(?:its|his|her|own|domestic|national)\b)[\w-]+\s+){0,3}?"
                              r"program(?:me)?s?\b", _I)),  # not "its own programme", a domestic one
 # a programme signed or adopted is an instrument: "the governments also signed a cultural exchange program"
    ("agreement", re.compile(r"\b(?:sign(?:ed|s|ing)?|ink(?:ed|s)?|adopt(?:ed|s)?|approv(?:ed|es)?)\s+(?:a|an|the)\s+"
                             r"(?:[\w-]+\s+){0,3}?program(?:me)?s?\b", _I)),
 # a framework for talks is a body of the sides' officials: "decided to establish a framework for working-level talks"
    ("working-group", re.compile(r"\bframeworks?\s+for\s+(?:[\w-]+\s+){0,2}?(?:" + _TALKS + r")\b", _I)),
 # a framework launched or announced is an undertaking: "announced their framework in April", "unveiled a cyber
 # framework" (one signed or agreed on is an agreement: cues.KIND_CUES; so is a "framework agreement" unveiled)
    ("initiative", re.compile(r"\b(?:announc(?:ed|es|ing)|unveil(?:ed|s|ing)?|launch(?:ed|es|ing)?|establish(?:ed|es|ing)?"
                              r"|set(?:s|ting)?\s+up)\s+(?:a|an|the|their|its|new|joint)\s+(?:[\w-]+\s+){0,3}?frameworks?\b"
                              r"(?!\s+(?:agreements?|accords?|pacts?|treat(?:y|ies)|deals?|memorand\w*|arrangements?|conventions?)\b)"  # its head noun
                              r"(?!\s+(?:of|for)\s+(?:[\w-]+\s+){0,2}?(?:" + _TALKS + r"|negotiations|meetings?|visits?|summits?))", _I)),
]

# The words every match of each cue holds (lower case), in the order of UNDERTAKING_CUES (gates.Alternation).
UNDERTAKING_WORDS: list[tuple[str, ...]] = [("study", "taskforce"), ("memo",), ("together", "joint"), ("program",), ("program",),
                                             ("framework",), ("framework",)]
