"""The noun of a bloc's apposition describes the bloc; it names no act (extraction rules, ours).

News describes a bloc in an apposition right after its name, set off by commas or brackets: "Mercosur, an alliance
of Brazil, Argentina, Paraguay and Uruguay, ...", "the Quad (a security alliance of A, B, C and D)", "the SCO, a
Eurasian intergovernmental alliance comprising ten member states, ...". "Alliance" there is what the bloc is, not a
partnership the clause reports; the clause's act, if any, is told by its other nouns (the members such an apposition
lists are left out of the parties by cues.MEMBER_CLAUSE). A partnership named with "the" ("AUKUS, the trilateral
security partnership between A, B and C") is the act itself and stays.
"""

from __future__ import annotations

import re

from techpact.extract.parties import Clause, clause_base
from techpact.ontology.reference import is_bloc

# After the bloc's name (and its acronym in brackets): a comma or a bracket, an article and a few describing words.
# "a"/"an" only: "Aukus, the trilateral security partnership between A, B and C" names the act itself.
_APPOSITION = re.compile(r"(?:\s*\([^()]{1,20}\))?(?:,|\s*\()\s*(?:a|an)\s+(?:[\w-]+\s+){0,5}?", re.IGNORECASE)
_DESCRIBING_NOUN = re.compile(r"alliance\b", re.IGNORECASE)
_WORD = re.compile(r"\w+")


def describes_bloc(clause: Clause, where: int) -> bool:
    """Whether the kind noun at where (an offset in the clause's text) stands in an apposition describing a bloc
    named just before it."""
    if not _DESCRIBING_NOUN.match(clause.text, where):
        return False  # "a partnership" in an apposition may be the act itself
    base = clause_base(clause)
    return any(is_bloc(m.code) and 0 <= m.end - base <= where and _APPOSITION.fullmatch(clause.text, m.end - base, where)
               for m in clause.actors)


def masked_noun(text: str, where: int) -> str:
    """The text with the word at where masked, so the kind nouns after it can be found."""
    word = _WORD.match(text, where)
    end = word.end() if word else where
    return text[:where] + "X" * (end - where) + text[end:]
