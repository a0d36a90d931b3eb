"""Third states in side roles before their name, read by the word right before it: the state an act is aimed at,
compared with or borders, the state a war is waged on, the state an act serves, is a model for or deals a blow to,
the chair or host of the meeting, and who protests (extraction rules, ours; measured on real wire copy). Each
pattern is searched only after the one word it can end on, so a clause pays for none of them in passing."""

from __future__ import annotations

import re

_I = re.IGNORECASE

# The word right before the name decides on its own: "with the aim of deterring China", "behind the US".
_ALONE = frozenset(
    "deter deterring isolate isolating confront confronting neutralise neutralising neutralize neutralizing encircle "
    "encircling behind trailing surpassing overtaking outpacing outranking".split())

# The word right before the name ("for", "to", ...) and what must come before it.
_BEFORE = {
    # a border: "the alliance's border with Russia"
    "with": re.compile(r"\b(?:borders?|frontiers?|boundar(?:y|ies))\s+with\s+(?:the\s+)?$", _I),
    # the state a war or an occupation is waged on: "Russia's invasion of Ukraine"
    "of": re.compile(r"\b(?:invasion|annexation|occupation|bombing|shelling|blockade)\s+of\s+(?:the\s+)?$", _I),
    # the state an act serves or is a model for: "provide internet for Sri Lanka", "a model for Indonesia"
    "for": re.compile(r"\b(?:(?:provid|suppl|buil|fund|financ|construct|deliver)\w*\s+(?:[\w’'-]+\s+){0,5}?"
                      r"|(?:model|template|blueprint|example|lesson|precedent)s?\s+)for\s+(?:the\s+)?$", _I),
    # dealt a blow, or second only to: "a blow to China's dominance", "second only to the US"
    "to": re.compile(r"\b(?:blow|setback|snub|rebuke|message|signal|challenge|second only)\s+to\s+(?:the\s+)?$", _I),
    # the chair or host of the meeting where others act: "at a meeting chaired by Turkmenistan"
    "by": re.compile(r"\b(?:chaired|hosted|presided over)\s+by\s+(?:the\s+)?$", _I),
    # who protests: "drawn an angry warning of countermeasures from the Kremlin"
    "from": re.compile(r"\b(?:warning|protest|criticism|condemnation|rebuke|backlash|anger|objection)s?\s+"
                       r"(?:of\s+\W?[\w-]+\W?\s+)?from\s+(?:the\s+)?$", _I),
}


def side_role_before(text: str, local: int, last_word: str) -> bool:
    """Whether the words before the name at local (last_word the one right before it, lower-cased, "the" passed
    over) put the state in a side role rather than among the parties."""
    if last_word in _ALONE:
        return True
    pattern = _BEFORE.get(last_word)
    return bool(pattern and pattern.search(text, max(0, local - 60), local))
