"""States named only inside the quoted title of an instrument are not its parties when the clause names two or more
outside it (extraction rules, ours).

An official title says what the instrument is about and may name other states on its way ('The intergovernmental
agreement "On organization of activities by communication operators of Azerbaijan and Kazakhstan ... on the
Azerbaijan-Turkmenistan route" was signed by the Azerbaijani ambassador to Turkmenistan and ...'): the signing sides are
those the clause names outside the title. A title with no signing side told outside it ("signed the "Agreement between
the Government of A and the Government of B"") still gives its parties, as does a title that lists them ("... between A, B and C").
"""

from __future__ import annotations

import re

from techpact.extract.parties import Clause, clause_base

_I = re.IGNORECASE
# An instrument noun, maybe "titled/entitled/called", then its title in straight or curly quotes.
_TITLE = re.compile(r"\b(?:agreements?|treat(?:y|ies)|memorand(?:um|a)|MoUs?|protocols?|accords?|conventions?|declarations?)"
                    r"\s+(?:(?:titled|entitled|called|named|on)\s+)?[\"“«](?P<title>[^\"“”«»]{3,300})[\"”»]", _I)

_BETWEEN = re.compile(r"\bbetween\b", _I)


def outside_titles(clause: Clause, parties: list[str]) -> list[str]:
    """The parties, less those the clause names only inside a quoted instrument title, when two or more states are
    named outside it (those, when fewer than two of the parties are)."""
    if len(parties) < 2 or not any(mark in clause.text for mark in '"“«'):
        return parties
    titles = [match.span("title") for match in _TITLE.finditer(clause.text)
              if not _BETWEEN.search(match.group("title"))]  # "Agreement between A and B": the parties' own list
    if not titles:
        return parties
    base = clause_base(clause)
    outside = list(dict.fromkeys(m.code for m in clause.actors
                                 if not any(start <= m.start - base < end for start, end in titles)))
    if len(outside) < 2 or all(code in outside for code in parties):
        return parties
    kept = [code for code in parties if code in outside]
    return kept if len(kept) >= 2 else outside
