"""The instrument whose signing a clause tells is the clause's act, over a kind noun told before it (extraction
rules, ours): "the UK's tech partnership with Korea will be pushed to new heights with the signing of a range of new
partnership agreements" tells agreements signed; the partnership named first is the ties they serve."""

from __future__ import annotations

import re

from techpact.extract import cues
from techpact.extract.gates import Hinted

_SIGNING_OF = Hinted(re.compile(r"\b(?:the\s+)?(?:signing|signature|conclusion|inking)\s+of\s+", re.IGNORECASE),
                     "signing of", "signature of", "conclusion of", "inking of")


def signed_object(text: str, kind: str | None, where: int) -> tuple[str | None, int]:
    """(kind, where) of the instrument named after "the signing of" when an earlier kind noun came first."""
    if kind is None:
        return kind, where
    signing = _SIGNING_OF.search(text, where)
    if signing is None:
        return kind, where
    found, at = cues.find_kind(text[signing.end():signing.end() + 120])
    return (found, signing.end() + at) if found else (kind, where)
