"""An instrument named by its title is not "the agreement" told before unless its words are the told act's
(extraction rules, ours): after the EU and Japan "held their Digital Partnership Council", the clause "decided to set
up a team of experts to implement the Memorandum of Cooperation on Semiconductors of July 2023" tells a new body and
names an older memorandum; "the memorandum" or "the Memorandum on Digital Identity" told again after that very
memorandum still points back."""

from __future__ import annotations

import re

from techpact.extract import cues
from techpact.extract.clause_reading import told_words
from techpact.extract.facts import Agreement

# The title after a capitalised instrument noun: "of Cooperation on Semiconductors", "on Digital Identity".
_TITLE = re.compile(r"\s+(?:of|on|for|between|concerning)\s+(?-i:[A-Z])[\w-]*(?:\s+(?:(?-i:[A-Z])[\w-]*|of|on|and|for|the))*")


def names_another(text: str, back: re.Match, focus: Agreement | None) -> bool:
    """Whether the back reference at back opens the title of an instrument whose words the act in focus was not told
    with (another, older instrument named by its title)."""
    noun = back.group().split()[-1]
    if not noun[:1].isupper() or focus is None:
        return False
    title = _TITLE.match(text, back.end())
    if title is None:
        return False
    return not cues.content_words(title.group()) <= told_words(focus)


# An opening that names the act its clause goes on to tell: "Dubbed the Hiroshima Accord by No. 10, the deal will ...".
_NAMING_OPENING = re.compile(r"^\W*(?:Dubbed|Called|Named|Billed\s+as|Branded|Known\s+as)\b[^,;]{1,80},", re.IGNORECASE)


def in_naming_opening(text: str, where: int) -> bool:
    """Whether where lies in an opening that names the act the clause then tells ("Dubbed the Hiroshima Accord, the
    deal ..."): that name is the act's own, no instrument of its own."""
    opening = _NAMING_OPENING.match(text) if text[:12].lstrip(" \"'“").startswith(("Dubbed", "Called", "Named", "Billed", "Branded", "Known")) else None
    return bool(opening and where < opening.end())
