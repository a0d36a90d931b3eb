"""The bloc a membership sentence that names none speaks of: the one the sentence before it names, when that
sentence names one bloc only ("The EAEU operates under a 2014 treaty. Current members are Armenia, Belarus, ..."),
rather than the bloc the passage names most; none when that sentence names no listed bloc but another body ("The
Organization of Turkic States was founded in 2009. Its founding members are ..."). Only for sentences that refer back
with a member noun ("Its members are ...", "Current members are ...", "... are its full-fledged members")."""

from __future__ import annotations

import re

from techpact.extract.facts import Mention, Span
from techpact.extract.gates import Hinted
from techpact.extract.membership_ahead import previous_sentence
from techpact.extract.membership_told_after import OTHER_BODY as _OTHER_BODY
from techpact.ontology.reference import is_bloc

_I = re.IGNORECASE
# A sentence that opens with its member noun ("Current members are", "Its members include", "Full membership includes")
# or says "its ... members" of a list.
_BACK = Hinted(re.compile(r"^\W*(?:its|the|current|present|full|founding|original)\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:members|member states|member countries|membership)\b"
                          r"|\bits\s+(?:[\w-]+\s+){0,2}?(?:members|member states|member countries)\b", _I),
               "member")



def recent_bloc(span: Span, mentions: list[Mention], document_mentions: list[Mention], text: str | None,
                default_bloc: str | None) -> str | None:
    """The bloc the sentence before names, for a sentence naming none that refers back with a member noun (None when
    that sentence names another body and no bloc); else default_bloc."""
    if text is None or default_bloc is None or "ember" not in span.text or not _BACK.search(span.text) \
            or any(is_bloc(m.code) for m in mentions):
        return default_bloc
    start = span.start - len(previous_sentence(text, span.start))
    named = {m.code for m in document_mentions if start <= m.start < span.start and is_bloc(m.code)
             and not text.startswith("+", m.end)}  # "OPEC+" is a wider circle than OPEC
    if not named and _OTHER_BODY.search(text, start, span.start):
        return None  # "its members" are another body's
    return next(iter(named)) if len(named) == 1 else default_bloc
