"""What "the bloc", "the group" or "the Southeast Asian bloc" points back to in a passage: the bloc the passage is
about, or the one regional words describe."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from techpact.extract.facts import Mention
from techpact.extract.gates import fold
from techpact.extract.pattern_parts import any_of
from techpact.ontology import reference
from techpact.ontology.reference import is_bloc

_I = re.IGNORECASE

# Words that point back to the one bloc the passage is about.
_REFERENT_MODIFIERS = (r"(?:(?:\w+-(?:member|nation|country|state|strong|led)|regional|expanded|enlarged|security|economic|trade"
                       r"|military|defen[cs]e|political|intergovernmental|South|North|East|West|Southeast|Central|Latin|Eurasian"
                       r"|Western|Asian|African|American|European|Arab|Gulf|Pacific|Atlantic|Nordic|Baltic|Shanghai|Asia-Pacific"
                       r"|transatlantic|pan-African)\s+){0,3}")
# Head nouns of bloc names that also point back to the bloc: "the union" (EU, EAEU, AU), "the council" (GCC).
_HEAD_NOUNS = ("union", "council", "organisation", "organization", "commonwealth", "dialogue")

# A word every match of bloc_referent holds, whatever the bloc: its nouns, head nouns and "body" (lower case).
_REFERENT_WORDS = ("bloc", "group", "alliance", "organi", "association", "cartel", "club", "body", *_HEAD_NOUNS)
_holds_referent_word = any_of(_REFERENT_WORDS)  # whether a (folded) text holds one of them, in one pass

# A bloc the passage calls a bloc or a group by name: "the Mercosur trade bloc", "the BRICS group of emerging economies".
_DESCRIBED = re.compile(r"\+?\s+(?:[a-z][\w-]*\s+){0,2}?(?:bloc|group|grouping|alliance)\b")


@lru_cache(maxsize=32)
def bloc_referent(bloc: str | None) -> re.Pattern:
    """Words that point back to the passage's bloc: "the bloc", "the 10-member group", and for the EAEU "the union"."""
    words = {word.lower() for label in reference.blocs()[bloc].labels for word in label.split()} if bloc else set()
    heads = "".join(f"|{noun}" for noun in _HEAD_NOUNS if noun in words)
    nouns = r"(?:bloc|group|grouping|alliance|organi[sz]ation|association|cartel|club(?!\s+of\b)" + heads + r")\b"  # "the association": TASS's BRICS
    described_body = r"(?:continental|pan-African|regional|\w+-(?:member|nation|country|state))\s+body\b"  # never "the body"
    # Never one a name follows ("the regional body IGAD", "the bloc Ecowas" name another); and the bare noun before
    # "member": "a bloc member", "fellow bloc member Hungary", "Bloc members Egypt and Iran".
    # nor one a capitalised "of" name follows ("the Organization of Turkic States" is another body).
    return re.compile(r"\b(?:the|our|this)\s+(?:" + _REFERENT_MODIFIERS + nouns + r"|" + described_body + r")(?!\s+(?-i:[A-Z]))"
                      r"(?!\s+of\s+(?:the\s+)?(?-i:[A-Z]))"
                      r"|(?<![\w-])(?:bloc|alliance)(?=[\s-]+members?\b)", _I)


def may_refer(text: str) -> bool:
    """Whether text holds a word every match of bloc_referent holds (as re.IGNORECASE reads it): if not, no word of
    it points back to a bloc, and the search need not run (a plain scan, much cheaper than the pattern's)."""
    return _holds_referent_word(fold(text))


def passage_bloc(mentions: list[Mention], text: str | None = None, before: int | None = None) -> str | None:
    """The bloc "the bloc" points back to: the last one the passage has called a bloc or a group by name before
    `before` ("the Mercosur trade bloc", "the BRICS group"; text is the passage), else the one it names most
    often (first named on a tie)."""
    most, described = _passage_blocs(mentions, text)
    if before is not None:
        for at, code in reversed(described):
            if at < before:
                return code
    return most


def _passage_blocs(mentions: list[Mention], text: str | None) -> tuple[str | None, list[tuple[int, str]]]:
    counts = Counter(m.code for m in mentions if is_bloc(m.code) and not _wider_circle(m, text))
    if not counts:
        return None, []
    described = []
    if text is not None and len(counts) > 1:
        described = [(m.start, m.code) for m in mentions if is_bloc(m.code) and _DESCRIBED.match(text, m.end)]
    return counts.most_common(1)[0][0], described


def _wider_circle(mention: Mention, text: str | None) -> bool:
    """Whether the bloc is named with a "+" that makes it a wider circle ("OPEC+" is not OPEC; "BRICS+" is BRICS): what
    "the group" or "other members" refer to there is no bloc of the list."""
    return text is not None and text.startswith("+", mention.end) and not any(
        label.endswith("+") for label in reference.blocs()[mention.code].labels)


_last_passage: tuple[list[Mention], tuple[str | None, list[tuple[int, str]]]] = ([], (None, []))


def passage_bloc_cached(document_mentions: list[Mention], text: str | None, before: int) -> str | None:
    """passage_bloc, the passage's blocs counted once per document rather than once per sentence."""
    global _last_passage
    seen, blocs = _last_passage  # one tuple: safe to read while another thread replaces it
    if seen is not document_mentions:
        blocs = _passage_blocs(document_mentions, text)
        _last_passage = (document_mentions, blocs)
    most, described = blocs
    return next((code for at, code in reversed(described) if at < before), most)


@lru_cache(maxsize=1)
def _regions() -> tuple[tuple[re.Pattern, str], ...]:
    """The words that describe a bloc without naming it ("the Southeast Asian bloc" is ASEAN), and its code."""
    return tuple((re.compile(r"\b(?:" + "|".join(map(re.escape, bloc.regions)) + r")\b", _I), bloc.code)
                 for bloc in reference.blocs().values() if bloc.regions)


@lru_cache(maxsize=1)
def any_region() -> re.Pattern:
    """Any of the regional words that describe a bloc."""
    return re.compile("|".join(pattern.pattern for pattern, _ in _regions()), _I)


def referred_bloc(words: str, default_bloc: str | None) -> str | None:
    """The bloc "the bloc" points back to: the one its regional words describe, else the passage's bloc."""
    return next((code for pattern, code in _regions() if pattern.search(words)), default_bloc)
