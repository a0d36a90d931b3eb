"""A body an instrument sets up is an act of its own (extraction rules, ours).

News tells an instrument by what it is for: "signed a memorandum on setting up an Uzbek-Korean expert group", "the
agreement to establish a joint working group on digital transformation". The annotation guide lists each act of the
same parties apart ("an MoU signed and a working group planned"), so the body the instrument provides for is a
working group of the same parties, planned: agreed on, not yet at work. Only a body the instrument itself is for
counts (the instrument noun, then "on/to/for" and a verb or noun of setting up, then the body), not a body the parties
already have ("signed at the meeting of their joint working group") or one they only mean to discuss.
"""

from __future__ import annotations

import re
from dataclasses import replace

from techpact.extract.facts import Agreement
from techpact.ontology.vocabulary import STATUS_RANK

_INSTRUMENT = r"\b(?:memorand(?:um|a|ums)|MoUs?|agreements?|accords?|protocols?|deals?|pacts?)\b(?:\s+of\s+understanding)?"
_SETTING_UP = (r"(?:on|to|for|about|providing\s+for)\s+(?:the\s+)?(?:setting\s+up|set(?:ting)?\s+up|establish(?:ing)?|establishment"
               r"|creat(?:e|ing|ion)|form(?:ing|ation)?|launch(?:ing)?)\s+(?:of\s+)?(?:a|an|the)?\s*")
_BODY = (r"(?:working\s+groups?|expert\s+groups?|groups?\s+of\s+experts|(?:joint|intergovernmental)\s+(?:commissions?"
         r"|committees?)|task\s+forces?)\b")
# The instrument, a short aside ("(MoU)", "signed in Baku"), what it is for, then the body named in a few words.
SETS_UP = re.compile(rf"{_INSTRUMENT}(?:\s*\([^()]{{1,12}}\))?[^.;]{{0,30}}?\s{_SETTING_UP}(?:[\w’'-]+\s+){{0,6}}?{_BODY}",
                     re.IGNORECASE)
_HINTS = ("group", "commission", "committee", "task force")


def _concluded(status: str) -> bool:
    """Signed or in force: an instrument that can have set something up (not one proposed or planned)."""
    return STATUS_RANK["signed"] <= STATUS_RANK.get(status, 0) <= STATUS_RANK["in-force"]


def bodies_set_up(agreements: list[Agreement]) -> list[Agreement]:
    """For each instrument that sets up a body, that body as a planned working group of the same parties (unless the
    document already has one for them), in the order of the instruments."""
    added: list[Agreement] = []
    for agreement in agreements:
        if agreement.kind == "working-group" or agreement.kind == "proposal" or not _concluded(agreement.status):
            continue
        told = next((span for span in agreement.evidence
                     if any(hint in span.text.lower() for hint in _HINTS) and SETS_UP.search(span.text)), None)
        if told is None:
            continue
        if any(other.kind == "working-group" and set(other.parties) == set(agreement.parties)
               for other in agreements + added):
            continue
        added.append(replace(agreement, kind="working-group", status="planned", parties=list(agreement.parties),
                             sectors=list(agreement.sectors), signatories=[], date=None, evidence=[told],
                             _evidence_seen={told}, cues=set(agreement.cues)))
    return added
