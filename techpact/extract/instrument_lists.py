"""Instruments listed with commas after the verb that makes them: "signed an MoU on chips, a pact on clean energy and a
treaty on space" is three acts, each with its own kind and sectors, as "signed an MoU on chips and a pact on clean
energy" is two (cues.COORDINATED_INSTRUMENT), and so are "an MoU on tourism, and another on solar power" and "an
agreement on 5G and another on satellites" (named_outcomes reads the elided noun) (extraction rules, ours)."""

from __future__ import annotations

import re

from techpact.extract import cues

# At a comma: the next item introduced as an instrument of its own ("a pact on ...", "an agreement to ...").
COMMA_INSTRUMENT = re.compile(rf",\s+(?=(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?{cues.INSTRUMENT_NOUNS}\b)"
                              # one more of the same noun, on a topic of its own: "an MoU on X, and another on Y", "an
                              # agreement on X and another on Y"
                              r"|(?:,\s+(?:and\s+)?|\s+and\s+)(?=another\s+(?:on|for|covering|concerning)\s)")
# Not an item but the act just made, described again: "signed an agreement on minerals, a deal aimed at ...", "..., a
# pact that reduces reliance on China".
_APPOSITION = re.compile(rf"(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?{cues.INSTRUMENT_NOUNS}\s+(?:aimed|designed|intended|meant|seen"
                         r"|expected|hailed|described|billed|touted|that|which|widely|largely)\b", re.IGNORECASE)
_LIST_GOES_ON = re.compile(rf"(?:,\s+|\s+and\s+)(?:a|an|another)\s+(?:[\w-]+\s+){{0,3}}?{cues.INSTRUMENT_NOUNS}\b", re.IGNORECASE)
# A list after an umbrella ("several agreements, including a memorandum on X, an agreement on Y"): read whole, as the
# items of the umbrella (clause_reading.listed_instruments).
_UMBRELLA = re.compile(r"\b(?:including|encompassing|covering|such as|namely|include[sd]?)\b", re.IGNORECASE)


def comma_instrument_breaks(text: str, breaks: list[int]) -> list[int]:
    """Where an instrument listed after a comma starts, in a clause whose verb made one instrument before it."""
    found: list[int] = []
    if ", a" not in text and "another" not in text:
        return found
    for match in COMMA_INSTRUMENT.finditer(text):
        start = max([0] + [b for b in breaks + found if b <= match.start()])
        if (cues.ACT_VERB.search(text, start, match.start()) and cues.INTRODUCED_INSTRUMENT.search(text, start, match.start())
                and not _UMBRELLA.search(text, start, match.start()) and not _described_again(text, match.end())):
            found.append(match.end())
    return found


def _described_again(text: str, at: int) -> bool:
    """Whether the item at `at` describes the act just made again ("..., a deal aimed at ...") and ends the list (no
    further instrument after it: "an MoU on AI, an agreement that covers health, and a treaty on space" is a list)."""
    return bool(_APPOSITION.match(text, at)) and not _LIST_GOES_ON.search(text, at)
