"""A clause as the status rules read it: with the adverbs and time phrases news puts between an auxiliary and its verb
left out ("will on Monday sign", "are expected next week to sign", "have also been cooperating"), so that a rule
written for "will sign" or "have been cooperating" need not allow each of them."""

from __future__ import annotations

import re

from techpact.extract.gates import Hinted, folded, register, words_in

_I = re.IGNORECASE

# What may stand between an auxiliary (or "to", "not", or a verb of expecting) and the verb it goes with: never "not"
# itself, "yet", "never", "no longer", "soon" or "now" ("are now partners" tells a change): they change what is said. "Reportedly"
# and "currently" change how sure or how recent the report is, not what it tells ("have reportedly not signed").
_MODIFIER = (r"(?:also|already|jointly|formally|officially|finally|eventually|effectively|fully|swiftly|quickly|still"
             r"|reportedly|currently"
             r"|once again|again|first|(?:on|this|next|last|later this|early next|late next|by)\s+(?-i:[A-Z])[a-z]+day"
             r"|(?:this|next|later this|early next|later in the|in the coming|in the next few|within the next few|over the coming)"
             r"\s+(?:week|month|year|day|days|weeks|months|years|quarter)"
             r"|later this year|later in the year|in (?:19|20)\d\d|in (?-i:[A-Z])[a-z]+(?: (?:19|20)\d\d)?)")
_SLOT = Hinted(re.compile(r"\b(will|would|shall|should|could|can|may|might|must|to|have|has|had|is|are|was|were|be|been"
                          r"|being|expected|set|due|poised|scheduled|slated|not|never)\s+((?:" + _MODIFIER + r",?\s+)+)(?=(?-i:[a-z]))(?!(?:on|in|at|by|for|with|from|of|the|a|an|and|or|but)\b)", _I),
               "also", "already", "ly", "still", "again", "first", "day", "week", "month", "year", "quarter", "in")


# The words of _SLOT but "in", which only "in 2025" and "in June" need (most clauses hold an "in", few those).
_SLOT_BUT_IN = register(word for word in _SLOT.words if word != "in")


def _in_year_or_name(text: str) -> bool:
    """Whether "in " stands before a capital or a 1 or 2 anywhere in text (as re.IGNORECASE reads "in")."""
    low = folded(text)
    if len(low) != len(text):
        return True  # offsets would not line up: let the pattern decide
    at = low.find("in ")
    while at != -1:
        if at + 3 < len(text) and (text[at + 3] in "12" or "A" <= text[at + 3] <= "Z"):
            return True
        at = low.find("in ", at + 1)
    return False


def without_modifiers(text: str) -> str:
    """text with the modifiers between an auxiliary and its verb left out ("will on Monday sign" -> "will sign")."""
    if _SLOT_BUT_IN.isdisjoint(words_in(text)) and not _in_year_or_name(text):
        return text  # no modifier _SLOT knows stands in it
    return _SLOT.pattern.sub(r"\1 ", text) if _SLOT.search(text) else text
