"""The earlier act an act in focus rests on or belongs to, told in its clause (extraction rules, ours): "builds on a
2019 trade agreement", "under their existing treaty", "is part of the broader Framework Agreement". The reader records
it apart from the act in focus."""

from __future__ import annotations

import re

from techpact.extract.gates import Hinted

_I = re.IGNORECASE

# An earlier act the one in focus rests on: "builds on a 2019 trade agreement", "under their existing treaty" (with no
# determiner, acts told existing, whatever is told of their making: "based on existing MoUs signed between them").
PRIOR_ACT = Hinted(re.compile(
    r"\b(?:builds? on|building on|built on|in line with|within the framework of|based on|pursuant to|under)\s+(?P<det>(?:an?|the|their|its)\s+)?"
    r"(?:(?(det)(?:19[5-9]\d|20\d\d)|(?!))|existing|earlier|previous|prior)\s+(?:[\w-]+\s+){0,3}?"
    r"(?P<noun>agreement|treaty|accord|pact|partnership|memorandum|MoU|deal|protocol)s?\b(?(det)(?!\s+(?:was\s+|were\s+)?(?:signed|reached|inked|concluded)))", _I), 'build', 'built', 'line with', 'framework of', 'based on', 'pursuant', 'under')

# "builds on a framework agreement signed in February", "is part of the broader Framework Agreement": what an act
# builds on or belongs to is another act, however it is named.
PRIOR_BUILT_ON = Hinted(re.compile(
    r"\b(?:builds? on|building on|built on|builds? upon|building upon|built upon|(?:is|are|was|were|forms?|formed) part of"
    # what an extension or a renewal is of: "seeks a six-month extension of a science agreement with China"
    r"|(?:extension|renewal|prolongation|amendment|continuation)s? (?:of|to))"
    # what was laid or won by it: "builds upon the foundation laid by the Digital Economy Agreement"
    r"(?:\s+the\s+(?:foundations?|groundwork|basis|success|momentum|progress)\s+(?:(?:laid|built|set|made|achieved)\s+)?(?:by|of|under))?"
    r"\s+(?:an?|the|their|its)\s+"
    # never a group of acts ("is part of a broader series of agreements signed between them"): the acts told, not another
    r"(?!(?:[\w-]+\s+){0,2}?(?:series|package|set|raft|slew|host|number|bundle|range|batch|string)\s+of\b)"
    r"(?:[\w.’'-]+\s+){0,5}?"  # "the U.S.-Romania Intergovernmental Agreement"
    r"(?P<noun>agreement|treaty|accord|pact|partnership|memorandum|MoU|deal|protocol)s?\b"
    r"(?:\s+(?:[\w.’'()-]+\s+){0,8}?(?:signed|concluded|reached|inked)\s+(?:[\w-]+\s+){0,4}?in\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b)?", _I),  # "... signed in 2022"
    'build', 'built', 'part of', 'extension', 'renewal', 'prolongation', 'amendment', 'continuation')

# An older act named with its own signing, what the act in focus is made under: "approved a Roadmap as part of the
# Memorandum of Understanding signed on November 7, 2022" (not "as part of the agreement, they will ...": the act itself).
PART_OF_SIGNED = Hinted(re.compile(
    r"\bas\s+part\s+of\s+(?:the|their|its)\s+(?:[\w.’'-]+\s+){0,5}?"
    r"(?P<noun>agreement|treaty|accord|pact|partnership|memorandum|MoU|deal|protocol)s?\b(?:\s+of\s+understanding)?"
    r"(?:\s*\([^()]{1,12}\))?\s+(?:signed|concluded|inked|reached)\s+(?:on|in)\s+(?:[\w,]+\s+){0,2}?(?:19|20)\d\d\b", _I), 'part of')

# A standing partnership told as the subject that has made something new, after a dateline if any: "Washington | The
# trilateral AUKUS partnership between Australia, the US and Britain has established working groups on AI" (the
# partnership is there already; the groups are the act made now). Only a partnership or an alliance: an agreement or a
# memorandum told so may be the one just made, its provisions told in the present perfect.
SUBJECT_MAKER = Hinted(re.compile(
    r"^(?:[^|—–]{1,40}[|—–]\s*)?\W*(?:the|their)\s+(?:[\w.’'-]+\s+){0,4}?(?P<noun>partnership|alliance)\b(?=(?:\s+(?:between|of|among)\s+[^;.]{1,80}?)?"
    r"\s+(?:has|have)\s+(?:now\s+|also\s+|already\s+)?(?:established|set up|created|launched|formed)\s+[^,;.]{0,40}?"
    r"\b(?:working groups?|committees?|commissions?|councils?|task forces?|centres?|centers?|funds?|programmes?|programs?"
    r"|projects?|initiatives?)\b)", _I), 'partnership', 'alliance')
