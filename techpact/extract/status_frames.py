"""An act told as the standing frame of what goes on, its start, a tally of instruments already made, and a leaving
told without its object (extraction rules, ours).

News tells an instrument that binds the sides now without a verb of entry into force: "cooperation is governed by an
agreement signed in 2009", "the 2019 memorandum provides for joint research", "work continues under the agreement",
"Russia has already concluded agreements with 14 countries", "our cooperation with China, which began in 2018", "the
pact is in its seventh year". Each of these says the act stands (in force). An extension agreed is ahead (planned, as
tests/test_status_real_shapes.py reads it). "Lithuania was the first to leave" tells an end with the act left
implicit. Each pattern is a class of wording, not a sentence of any article; status_variants adds them to status.py's
rules of their cue (FRAMES maps a cue to (gate words, pattern) pairs).
"""

from __future__ import annotations

from techpact.extract.status_shapes import INSTRUMENT

_YEAR = r"(?:19|20)\d\d"
_COUNT = (r"(?:more than\s+|over\s+|some\s+|nearly\s+|about\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven"
          r"|twelve|\w+teen|\w+ty|several|many|numerous|dozens of)")

# The act as what governs or binds the sides now: "is governed by an agreement signed in 2009", "remains regulated by
# the treaty", "are already linked by a memorandum" (the present only: "was governed by a pact that lapsed" tells no act standing now).
_GOVERNED = (r"\b(?:is|are|remains?)\s+(?:currently\s+|still\s+|now\s+|largely\s+|already\s+)?"
             r"(?:governed|controlled|regulated|underpinned|guided|linked|bound|tied)\s+by\s+(?:(?:a|an|the|their|its)\s+)?(?:[\w-]+\s+){0,4}?" + INSTRUMENT + r"\b")
# Resting on an older act, named by its year: "is based on a memorandum signed in 2017", "rests on their 2015 treaty"
# ("is based on a memorandum signed on Tuesday" may tell the act just made: no year, no rule).
_BASED_ON = (r"\b(?:(?:is|are|remains?)\s+(?:currently\s+|still\s+|now\s+|largely\s+)?(?:based|anchored|grounded|founded)"
             r"\s+(?:on|in)|rests?\s+on)\s+(?:a|an|the|their|its)\s+(?:" + _YEAR + r"\s+(?:[\w-]+\s+){0,3}?" + INSTRUMENT
             + r"|(?:[\w-]+\s+){0,3}?" + INSTRUMENT + r"\s+(?:signed|concluded|reached|adopted|inked)\s+in\s+" + _YEAR + r")\b")
# An older act, named by its year, doing in the present what an instrument does: "the 2019 MoU between A and B provides
# for", "an agreement signed in 2009 governs", "the agreement, signed in 2014, allows experts to" (not "the 2019 MoU
# provided", a past account).
# (its sides or matter after it: "between A and B", "on digital health"; or its making opening the clause: "Signed in
# 2015, the memorandum ... covers")
_OF_WHAT = r"(?:\s+(?:between|with|of|on|in|for)\s+[^.;,]{1,60}?)?"
_OLDER_PROVIDES = (r"\b(?:" + _YEAR + r"\s+(?:[\w-]+\s+){0,2}?" + INSTRUMENT + _OF_WHAT
                   + r"|" + INSTRUMENT + r"\s+(?:signed|concluded|adopted|reached|inked)\s+in\s+" + _YEAR
                   + r"|" + INSTRUMENT + r"\b[^.;]{0,80}?,\s+(?:signed|concluded|adopted|reached|inked)\s+in\s+" + _YEAR + r"\s*,"
                   + r"|(?:signed|concluded|adopted|reached|inked)\s+in\s+" + _YEAR + r"\s*,\s+(?:the|their|this|that|its)\s+"
                   r"(?:[\w-]+\s+){0,3}?" + INSTRUMENT + _OF_WHAT + r")"
                   r"\s*,?\s+(?:still\s+|also\s+|currently\s+)?"
                   r"(?:provides|governs|regulates|underpins|guides|sets out|serves as|forms the basis|remains the basis"
                   r"|is the basis|allows|enables|covers|permits|obliges)\b")
# Work told going on under an act: "work on the satellite continues under the agreement", "projects are carried out
# under their memorandum".
# (an instrument, not a frame of talks: "talks continue under the framework of the SCO" tells no act standing)
_CONCRETE = (r"(?:agreements?|accords?|pacts?|treat(?:y|ies)|memorand(?:um|ums|a)|MoUs?|MoCs?|protocols?|deals?|partnerships?"
             r"|programmes?|programs?)")
_GOES_ON_UNDER = (r"\b(?:continues?|continued|goes on|proceeds?|(?:is|are)\s+(?:being\s+)?carried out|takes? place)\s+under"
                  r"\s+(?:the|their|its|an?)\s+(?:(?!framework\b|umbrella\b|auspices\b)[\w-]+\s+){0,3}?" + _CONCRETE + r"\b")
# A tally of instruments one side has made with a number of others, told in the perfect: "has (already) entered into
# agreements on information security with 14 countries" (the network exists; "will sign agreements with five countries"
# is ahead, "signed MoUs with three countries on Monday" an event). status.py reads the clause with "already" left out.
_TALLY = (r"\b(?:has|have)\s+(?:already\s+)?(?:signed|concluded|entered into|inked)\s+[^.;:]{0,120}?\bwith\s+" + _COUNT
          + r"\s+(?:other\s+|more\s+)?(?:countries|states|nations|partners|governments)\b"
          r"(?![^.;]{0,60}?\b(?:on\s+(?:\w+day|\d)|today|yesterday|this week|last week|during|at the)\b)")
# The cooperation told with its start in the past: "cooperation with China that began in 2018", "a partnership which
# dates back to 2005", or as the clause's predicate: "cooperation between Niger and the EU began in 2012".
_BEGAN = (r"\b(?:cooperation|co-operation|partnership|collaboration)\b(?:\s+(?:with|between)\s+[^.;,]{1,80}?)?(?:,?\s+(?:that|which))?"
          r"\s+(?:has\s+)?(?:first\s+)?(?:began|begun|started|commenced|dates back|goes back)\s+(?:in|to)\s+(?:(?:early|late|mid-?)\s*)?"
          + _YEAR + r"\b")
# An act told by how long it has run: "the agreement is in its seventh year", "now in its 10th year".
_NTH_YEAR = r"\b(?:is|are|now|currently)\s+(?:now\s+)?in\s+(?:its|their)\s+(?:\w+th|\d+(?:st|nd|rd|th)|second|third)\s+year\b"
# Leaving told without its object: "Lithuania was the first to leave", "became the latest country to quit".
_FIRST_TO_LEAVE = (r"\b(?:was|were|is|are|became|becomes)\s+the\s+(?:first|second|third|last|latest|only)\s+(?:[\w-]+\s+){0,2}?to"
                   r"\s+(?:leave|quit|exit|withdraw|pull out|drop out)\b")

FRAMES: dict[str, list[tuple[str, str]]] = {
    "in_force": [
        ("governed|controlled|regulated|underpinned|guided|linked|bound|tied", _GOVERNED),
        ("based|anchored|grounded|founded|rest", _BASED_ON),
        ("provides|governs|regulates|underpins|guides|sets out|serves as|basis|allows|enables|covers|permits|obliges",
         _OLDER_PROVIDES),
        ("countries|states|nations|partners|governments", _TALLY),
    ],
    "ongoing": [
        ("began|begun|started|commenced|dates back|goes back", _BEGAN),
        ("under", _GOES_ON_UNDER),
        ("year", _NTH_YEAR),
    ],
    "ended": [
        ("leave|quit|exit|withdraw|pull out|drop out", _FIRST_TO_LEAVE),
    ],
}


def with_frames(found: dict[str, list[tuple[str, str]]]) -> dict[str, list[tuple[str, str]]]:
    """found (status_variants' rules per cue) with the frames of this module added to their cues."""
    for cue, more in FRAMES.items():
        found.setdefault(cue, []).extend(more)
    return found
