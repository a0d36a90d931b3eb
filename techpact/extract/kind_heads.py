"""A kind noun that only modifies an instrument noun names no kind of its own (extraction rules, ours): "new
science and technology-related partnership agreements", "a comprehensive strategic partnership agreement", "an
initiative memorandum" are agreements and a memorandum, their head nouns; "a partnership with Japan" and "the
Digital Partnership Council" (read elsewhere) stay as told."""

from __future__ import annotations

import re

from techpact.extract import cues

# Right after the modifier noun: the instrument noun that heads the phrase.
_HEAD_AFTER = re.compile(r"[a-z]*\s+(?P<head>agreements?|accords?|treat(?:y|ies)|pacts?|deals?|memorand(?:um|a)"
                         r"(?:\s+of\s+understanding)?|MoUs?)\b", re.IGNORECASE)
_MODIFIERS = frozenset(cues.find_kind(word)[0] for word in ("partnerships", "initiatives"))  # the kinds their nouns give


def compound_head(text: str, kind: str | None, where: int) -> tuple[str | None, int]:
    """(kind, where) of the phrase's head when the kind found at where only modifies an instrument noun."""
    if kind not in _MODIFIERS:
        return kind, where
    head = _HEAD_AFTER.match(text, where)
    if head is None:
        return kind, where
    found, _ = cues.find_kind(head.group("head"))
    return (found, where) if found else (kind, where)
