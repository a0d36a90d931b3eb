"""A date that closes an instrument's title dates that instrument, not the act the sentence tells (extraction rules,
ours): "decided to set up a team of experts to implement the Memorandum of Cooperation on Semiconductors of July
2023" is told on the day of the story; July 2023 is the memorandum's. Lower-case nouns ("an agreement of March 2024
was signed") are left to the other date rules."""

from __future__ import annotations

import re

# Before the date: a capitalised instrument noun, its title (no clause break), then "of" or "dated".
_TITLED_BEFORE = re.compile(
    r"\b(?-i:Memorandum|Memoranda|MoU|MoC|MOU|Agreement|Accord|Treaty|Declaration|Arrangement|Framework|Charter|Protocol"
    r"|Partnership|Roadmap|Statement)\b[^.;,]{0,90}?\s(?:of|dated)\s+$")


def titled_act_date(before: str) -> bool:
    """Whether the text before a date ends with an instrument's title and "of" ("the Memorandum of Cooperation on
    Semiconductors of"): the date is the titled instrument's."""
    return bool(_TITLED_BEFORE.search(before[-140:]))
