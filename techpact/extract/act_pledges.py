"""A plan the parties "also" agree on, told after an act they made: one more act, not the one in focus retold.

News tells the outcome of a meeting as a list: an instrument signed, then "The two countries also pledged to
collaborate on chips", "They also agreed to jointly analyse supply risks", "Both sides also committed to expand
information sharing". The second clause names no instrument; its verb of agreeing, with "also" before it and a
verb of doing after it, makes it a plan of its own (planned), beside the instrument (signed).

Not one more act: the agreeing retold ("They also agreed on the memorandum", "also agreed to the framework": the
verb has an object, not a plan), nor a plan of signing ("also agreed to sign a memorandum": the instrument named,
told by cues.SEPARATE).
"""

from __future__ import annotations

import re

from techpact.extract.gates import Hinted
from techpact.extract.parties import Clause

_I = re.IGNORECASE

# "also" before a verb of agreeing or pledging, then "to" and a verb (not a determiner: "agreed to the plan"), with at
# most a time word between ("also pledged Thursday to collaborate", "also agreed on Monday to set up").
_ALSO_PLEDGED = Hinted(re.compile(
    r"\balso\s+(?:(?:have|has|had)\s+)?(?:agreed|pledged|vowed|committed(?:\s+themselves)?|decided|resolved|promised"
    r"|undertook|undertaken)\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today)\s+)?"
    r"to\s+(?!(?:the|a|an|this|that|these|those|its|their|his|her|our|such|sign|ink|conclude)\b)[a-z]+", _I),
    "also")


def pledged_anew(clause: Clause) -> bool:
    """Whether a clause that names two or more parties again tells them "also" agreeing or pledging to do something:
    one more (planned) act. ("They also agreed to better support the centre", after a memorandum, goes on with the
    memorandum's terms: the parties not named again, the clause is read as the act in focus.)"""
    return len({m.code for m in clause.actors}) >= 2 and bool(_ALSO_PLEDGED.search(clause.text))
