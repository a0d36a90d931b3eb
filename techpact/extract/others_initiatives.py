"""A named initiative of someone else, described in passing, is no act of the clause's parties (extraction rule, ours).

"They confirmed the need to work through engagements such as the Indo-Pacific Economic Framework, a U.S.-led economic
initiative launched last year": the apposition after the name tells what that initiative is and when it was made, not
an act of the two sides the clause is about. Read with the clause, its noun gave the pair an initiative, its participle
a status (launched: signed) and its year a date. So such an apposition is passed over: the clause is read with it
blanked (offsets kept), and the states it names (an owner: "an EU initiative") are no parties of the clause.

Only an apposition right after a name (a capitalised word or an acronym), of the shape "a/an <up to four words>
<initiative noun> <participle of making>", whose words name no joint making ("a joint initiative launched in 2019",
"their bilateral programme set up in 2015": the pair's own act, told as such).
"""

from __future__ import annotations

import re

from techpact.extract.gates import Hinted
from techpact.extract.gazetteer import gazetteer
from techpact.extract.parties import Clause, clause_base

_I = re.IGNORECASE

_OTHERS_INITIATIVE = Hinted(re.compile(
    r"\b(?-i:[A-Z])[\w.’'-]*\)?(?P<aside>\s*,\s+(?:a|an)\s+(?P<words>(?:[\w.’'-]+\s+){0,4}?)"
    r"(?:initiative|programme|program|framework|alliance|project|scheme|platform|corridor|forum|mechanism|grouping)\s+"
    r"(?:launched|set up|created|established|founded|unveiled|started|initiated|spearheaded)\b[^,;()]*)", _I),
    ", a ", ", an ")
# Words that tell the initiative is the parties' own: "a joint initiative", "their bilateral programme".
_OWN = re.compile(r"\b(?:joint|bilateral|trilateral|common|shared|new)\b", _I)


def others_initiative(text: str) -> tuple[int, int] | None:
    """The span of an apposition describing someone else's named initiative in text (its year is that initiative's,
    dates._belongs_elsewhere), or None."""
    if ", a" not in text:
        return None
    aside = next((match for match in _OTHERS_INITIATIVE.finditer(text) if not _OWN.search(match.group("words"))), None)
    return aside.span("aside") if aside is not None else None


def passed_over(clause: Clause) -> Clause:
    """The clause with the apposition describing someone else's named initiative blanked, the states and blocs named
    in it dropped from its actors and its sectors read again without it; else the clause itself."""
    if (aside := others_initiative(clause.text)) is None:
        return clause
    start, end = aside
    base = clause_base(clause)
    text = clause.text[:start] + " " * (end - start) + clause.text[end:]
    named = {code for code, _, _ in gazetteer().find_sectors(text)}
    return Clause(span=clause.span, text=text, actors=[m for m in clause.actors if not start <= m.start - base < end],
                  sectors=[code for code in clause.sectors if code in named], continued=clause.continued)
