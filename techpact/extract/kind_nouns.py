"""More nouns of instruments, in the forms news gives them, beside cues.KIND_CUES (found by varying the instrument
noun of shapes the rules handle): a memorandum of cooperation as "an MoC", a statement of intent (as a letter of
intent, a memorandum), a convention on a matter (a treaty), a free trade agreement as "an FTA" or a "CEPA", a mutual
recognition arrangement or one named by its matter ("a currency swap arrangement", "an arrangement on payments"), a
code of conduct or a named set of principles (an agreement). Each is read only where it cannot be another thing of the
same letters: "MoC" after an article or a verb of signing, or in the plural (not the "MoC" of a ministry of commerce),
"convention" before what it is on (not a convention centre, a party convention or a habit), "principles" only as a
named set ("the Quad Principles", "guiding principles"; not "agreed in principle"), "arrangement" only so named (not
"seating arrangements", nor "security arrangements" talked about).
With no noun at all, two shapes still name a kind (UNNAMED_KINDS): a thing launched by its name, documents signed."""

from __future__ import annotations

import re

from techpact.extract.gates import Hinted

_I = re.IGNORECASE

# (the literal "MoC" first, the words before it checked after: a pattern that opens on look-behinds is tried at every
# character of every clause)
MORE_KIND_CUES: list[tuple[str, re.Pattern]] = [
    ("mou", re.compile(r"(?-i:MoC)\b(?:(?<=\ban MoC)|(?<=\ba MoC)|(?<=\bsign MoC)|(?<=\bsigned MoC)|(?<=\bink MoC)|(?<=\binked MoC))|\b(?-i:MoCs)\b|\bstatements? of intent\b", _I)),
    ("treaty", re.compile(r"\bconventions?(?=\s+(?:on|against|for|between|concerning|relating to)\s)", _I)),
    ("agreement", re.compile(r"\b(?-i:FTA|CEPA|CECA)s?\b|\bmutual recognition arrangements?\b"
                             # an arrangement named by its matter or object: "a currency swap arrangement", "a yuan
                             # clearing arrangement", "an arrangement on payments" (not "seating" or "security arrangements")
                             r"|\b(?:swap|clearing|settlement|payments?|currency|reciprocal)\s+arrangements?\b"
                             r"|\barrangements?\s+(?:on|for\s+(?:the\s+)?(?:use|settlement|clearing|exchange|mutual|reciprocal)"
                             r"|between)\s", _I)),
    # a norm the states set down together: "announced a voluntary code of conduct for AI developers", "the Quad
    # Principles on digital public infrastructure", "International Guiding Principles" (not "agreed in principle",
    # "the principles of the UN Charter": a named set of principles only, capitalised or "guiding")
    ("agreement", re.compile(r"\bcodes? of conduct\b|\bguiding principles\b|(?-i:\b[A-Z][\w-]* Principles\b)", _I)),
]

# The words every match of each kind cue holds (lower case), in the order of cues.KIND_CUES + MORE_KIND_CUES: a clause
# holding none of a cue's words is not searched for it (gates.Alternation; tests/test_kind_gates.py holds them to it).
KIND_WORDS: list[tuple[str, ...]] = [
    ("memorand", "mou", "letter"), ("treat",), ("statement", "communiqu"), ("declar", "vision"),
    ("working group", "task force", "commission", "committee", "expert", "consultative", "coordinat", "intergovernmental", "monitoring",
     "steering"),
    ("initiative", "strateg", "road", "plan", "dialogue", "joint", "program", "platform"),
    ("partnership", "alliance"), ("proposal", "offer"),
    ("conclud", "agreement", "accord", "deal", "pact", "protocol", "contract", "exchange", "swap", "arrangement", "free", "documents",
     "framework"),
    # MORE_KIND_CUES
    ("moc", "statement"), ("convention",), ("fta", "cepa", "ceca", "arrangement"), ("code", "principles"),
]

# With no kind noun: a thing launched by its name ("the Year of ...") is an initiative, documents signed are agreements.
UNNAMED_KINDS = [Hinted(re.compile(r"\b(?P<initiative>launch)(?:ed|es|ing)?\s+(?:the|a|an)\s+(?:new\s+)?(?-i:[A-Z])", _I), "launch"),
                 Hinted(re.compile(r"\b(?:sign|ink|exchang|conclud|seal)\w*\s+(?:(?:a|an|the)\s+)?(?:(?:number|package|set|series|raft|range)"
                                    r"\s+of\s+)?(?:[\w-]+\s+){0,2}?(?P<agreement>documents)\b", _I), "documents"),
                 # one document the sides sign, brought in by "a" ("signed a strategic cooperation document"; "signed the
                 # document" points back to an act told)
                 Hinted(re.compile(r"\b(?:sign|ink|conclud|seal)\w*\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?P<agreement>document)\b", _I),
                        "document")]
