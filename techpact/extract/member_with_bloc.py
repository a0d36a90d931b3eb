"""An act told of a bloc and one of its own members is the bloc's (extraction rules, ours).

A bloc's act is often told beside one member: the host of the meeting ("the documents signed by the heads of government
following the meeting in Islamabad"), the member whose official speaks of it ("Malaysia is of the view that this
Agreement is pivotal"), the one named among the members ("the foreign ministers of the four-member Quad, India's among
them, launched an initiative"), the one that led it. The annotation guide makes the bloc the party when its members
are not listed as participants; one member beside its bloc is not such a list. An offer or a refusal between a member
and its bloc ("Brazil urged the BRICS nations to create a payment system"), a member leaving or suspending its part,
a state that had not yet joined by the story's year, and a member acting towards its bloc ("volunteered to the G20
nations to host a repository", "will prepare a report to the leaders of the BRICS countries"), and a member named with
its bloc as the two who made the act ("Nato and North Macedonia signed a memorandum on cyber defence") keep both sides.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from techpact.extract.facts import Agreement
from techpact.ontology.reference import blocs, is_bloc

# Before the bloc's name when it is the one a member acts towards: "to the", "to the leaders of the".
_TOWARDS = r"\bto\s+(?:all\s+)?(?:the\s+)?(?:(?:leaders|heads of state|members|member states|ministers|governments)\s+of\s+(?:the\s+)?)?"
# The bloc, or something of the bloc's, as a member's counterpart: "to link Bahrain's payment system with the payment
# systems of the GCC", "an accord with the EAEU"; not its members ("with other GCC states", "along with the Gulf").
_WITH = r"(?<!along )(?<!together )\bwith\s+(?:the\s+)?(?:(?:[\w-]+\s+){1,4}?of\s+(?:the\s+)?)?"
_NOT_MEMBERS = r"(?!\s+(?:members?|member states|countries|states|nations|partners|economies)\b)"


@lru_cache(maxsize=None)
def _towards(bloc: str) -> re.Pattern:
    """The bloc's names after words of acting towards it ("to the leaders of the G20", "with the GCC"), built once
    per bloc."""
    labels = "|".join(re.escape(label) for label in sorted(blocs()[bloc].labels, key=len, reverse=True))
    return re.compile(rf"{_TOWARDS}(?:{labels})\b|{_WITH}(?:{labels})\b{_NOT_MEMBERS}", re.IGNORECASE)


# A name joined to the bloc's as one subject of a making: "Nato and North Macedonia signed", "Japan and the EU have inked".
_NAME = r"(?:the\s+)?(?-i:[A-Z])[\w.’'-]*(?:\s+(?-i:[A-Z])[\w.’'-]*){0,3}"
_MAKING = r"\s+(?:(?:have|has|had|jointly|formally|officially)\s+)*(?:signed|inked|sealed|concluded|agreed|struck)\b"


@lru_cache(maxsize=None)
def _paired(bloc: str) -> re.Pattern:
    """The bloc and one name joined by "and" as the subject of a making, in either order, built once per bloc."""
    labels = "|".join(re.escape(label) for label in sorted(blocs()[bloc].labels, key=len, reverse=True))
    return re.compile(rf"\b(?:the\s+)?(?:{labels})\s+and\s+{_NAME}{_MAKING}|\b{_NAME}\s+and\s+(?:the\s+)?(?:{labels}){_MAKING}",
                      re.IGNORECASE)


def _towards_bloc(agreement: Agreement, bloc: str) -> bool:
    """Whether a member acts towards its bloc ("to the leaders of the G20", "with the GCC") or makes the act with it
    ("Nato and North Macedonia signed a memorandum")."""
    return any(_towards(bloc).search(span.text) or _paired(bloc).search(span.text) for span in agreement.evidence)


def _both_sides(agreement: Agreement) -> bool:
    """An offer, a refusal or an exit: between the member and its bloc."""
    status = agreement.status
    return agreement.kind == "proposal" or status == "proposed" or status == "rejected" or status == "ended"


def _member_then(bloc: str, state: str, issued: dt.date | None) -> bool:
    """Whether the state was the bloc's member when the story was told: joined before the document's year; with no
    date, a founding member (one that joined with the first; a later joiner may not have been one yet)."""
    members = blocs()[bloc].members
    joined = members.get(state)
    if joined is None:
        return False
    return joined < issued.year if issued is not None else joined == min(members.values())


def own_bloc_acts(agreements: list[Agreement], issued: dt.date | None) -> list[Agreement]:
    """The acts with their parties read again: a bloc and one state that was its member when the story was told
    become the bloc's act."""
    for agreement in agreements:
        parties = set(agreement.parties)
        if len(parties) != 2 or _both_sides(agreement):
            continue
        bloc = next((code for code in parties if is_bloc(code)), None)
        state = next((code for code in parties if not is_bloc(code)), None)
        if bloc is None or state is None:
            continue
        if _member_then(bloc, state, issued) and not _towards_bloc(agreement, bloc):
            agreement.parties[:] = [bloc]
    return agreements
