"""A clause opening "Under the agreement, ..." tells what the act already told holds, not a new instrument (extraction
rules, ours): "Under the agreement, the US and Japan agreed to partner in strengthening supply chains" is the same
agreement, whose content is a partnership in the plain sense. Bodies the act sets up ("Under the agreement, the
sides will set up a committee") are read apart (act_separation.further_acts) and stay acts of their own. The act told
again as the subject of a verb in the present ("The agreement formalizes the country's intention", "The memorandum
establishes a framework") says what it holds, not that it was concluded."""

from __future__ import annotations

import re

from techpact.extract.gates import Hinted

_UNDER = Hinted(re.compile(
    r"^\W*(?:Under|As\s+part\s+of|Through)\s+(?:the\s+terms\s+of\s+)?(?:the|this|that|the\s+new)\s+"
    r"(?:agreement|deal|accord|pact|memorandum|MoU|treaty|framework|arrangement|partnership)\b[^,]*,", re.IGNORECASE),
    "under", "as part of", "through")


def content_of_told_act(text: str) -> int:
    """Where the opening "Under the agreement, ..." of a clause ends (0 when it has none): a kind noun or a
    partnering verb after it is the told act's content."""
    match = _UNDER.match(text)
    return match.end() if match else 0


# the act named again, then a verb in the simple present telling what it holds: "the agreement formalizes", "the MoU also sets up"
_HOLDS = re.compile(r"\s+(?:also\s+|further\s+|thus\s+|effectively\s+)?(?:formali[sz]es|establishes|creates|sets\s+(?:up|out)|lays\s+"
                    r"(?:down|out)|launches|seals|concludes|provides\s+for|envisages|foresees)\b", re.IGNORECASE)


def holds_content(text: str, named_again: re.Match[str] | None) -> bool:
    """Whether the act named again ("the agreement", "this memorandum") is the subject of a present-tense verb telling
    its content ("the agreement formalizes ...", "the document establishes a framework"): no concluding is told."""
    return bool(named_again and _HOLDS.match(text, named_again.end()))
