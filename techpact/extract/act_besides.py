"""A clause that opens on the act in focus only to set another act beside it: "Besides the agreement, the leaders
launched a dialogue on AI", "In addition to the memorandum, the two sides agreed to set up a working group", "Apart
from the deal on chips, they signed a protocol on space". The instrument the opening names is the one told before;
what the clause goes on to tell is another act of the same parties (the guide lists each act a passage reports).

The opening is read off the clause: the rest is read as a clause of its own, and the act the opening named is not the
act the rest retells. Not such an opening: "Besides, the two sides signed ..." (no act named), "Under the agreement,
..." (the act's own terms, unless they set up a new act: "Under the accord, a new Cyber Partnership will be
established"), an opening with no comma after it ("In addition to the memorandum signed on Monday the
two sides ..." is left as it was).
"""

from __future__ import annotations

import re

from typing import TYPE_CHECKING

from techpact.extract.gates import Hinted
from techpact.extract.gazetteer import gazetteer
from techpact.extract.parties import Clause, clause_base

if TYPE_CHECKING:
    from techpact.extract.agreements import AgreementReader

_I = re.IGNORECASE

# The act named: a determiner, up to four words, and the instrument ("the memorandum", "their new AI pact").
_NAMED_ACT = (r"(?:the|this|that|these|those|their|its)\s+(?:[\w-]+\s+){0,4}?"
              r"(?:agreements?|deals?|memorand(?:um|ums|a)|MoUs?|pacts?|accords?|treat(?:y|ies)|protocols?|declarations?")
# "Besides the agreement,", "In addition to the memorandum on AI,", "Apart from the signing of the deal,".
_BESIDES = Hinted(re.compile(
    r"^\W*(?:besides|apart\s+from|aside\s+from|in\s+addition\s+to|on\s+top\s+of|alongside|beyond)\s+"
    r"(?:the\s+signing\s+of\s+)?" + _NAMED_ACT + r"|documents?"
    r"|partnerships?|roadmaps?|(?:joint\s+)?statements?|initiatives?)\b"
    r"(?:\s+(?:on|in|for|of)\s+[^,;]{1,60}?)?(?=\s*,\s*\w)", _I),
    "besides", "apart", "aside", "addition", "top of", "alongside", "beyond")
# "Under the accord, a new Cyber Partnership will be established": the terms set up an act of their own.
_NEW_UNDER = Hinted(re.compile(
    r"^\W*(?:under|as\s+part\s+of|within)\s+" + _NAMED_ACT + r")\s*,\s*"
    r"(?=(?:a|an)\s+new\s+(?:[\w-]+\s+){0,4}?(?:partnership|initiative|programme|program|dialogue|platform|mechanism)\b)", _I),
    "new")


def set_apart(reader: AgreementReader, clause: Clause) -> Clause:
    """The clause to read: the rest after an opening that names the act in focus to set another beside it, from the
    comma on (", they launched ...": cues.THEY reads its subject); the reader then keeps that act apart (the rest does
    not retell it). Else the clause itself."""
    reader.apart = None
    if reader.focus is None or not reader.focus.status or (lead := _BESIDES.search(clause.text) or _NEW_UNDER.search(clause.text)) is None:
        return clause
    reader.apart = reader.focus
    cut = clause_base(clause) + lead.end()
    named = {code for code, _, _ in gazetteer().find_sectors(clause.text[lead.end():])}
    return Clause(span=clause.span, text=clause.text[lead.end():], actors=[m for m in clause.actors if m.start >= cut],
                  sectors=[code for code in clause.sectors if code in named], continued=clause.continued)

