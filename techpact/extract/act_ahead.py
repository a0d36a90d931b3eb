"""Instruments a passage tells beside the act in focus by how their signing is told: one still to be signed after
the act was signed ("will sign an agreement on cybersecurity later this year"), one signed too ("An agreement on
space was also signed"); and what ties an act to the clauses just before it: the time of the meeting it was told
right after, and a plural subject in between that "they" may stand for instead of the pair."""

from __future__ import annotations

import re

from typing import TYPE_CHECKING

from techpact.extract.cues import INSTRUMENT_NOUNS
from techpact.extract.facts import Agreement, Span
from techpact.extract.gates import Hinted

if TYPE_CHECKING:
    from techpact.extract.agreements import AgreementReader

_I = re.IGNORECASE

_SIGN = r"(?:sign|ink|conclude|seal)"
_SIGNED = r"(?:signed|inked|concluded|sealed|exchanged)"
_NEW = r"(?:an?|two|three|four|five|\d+|several|new)"
# A signing still ahead, told of a new instrument: "will sign an agreement", "plan to ink a deal", "is expected to
# sign a memorandum", or in the passive after it: "An agreement ... is expected to be signed", "will be inked".
_SIGNING_AHEAD = Hinted(re.compile(
    r"\b(?:will|shall|to)\s+(?:also\s+)?" + _SIGN + r"\s+(?:" + _NEW + r"\b"
    # (or with no determiner: "agreed to conclude intergovernmental agreement on energy", "to sign agreements on space")
    r"|(?!(?:the|this|that|these|those|its|their|it|them)\b)(?:[\w-]+\s+){0,2}?" + INSTRUMENT_NOUNS + r"\b)"
    r"|\b(?:will|to)\s+(?:also\s+)?be\s+(?:formally\s+)?" + _SIGNED + r"\b", _I), "sign", "ink", "conclu", "seal", "exchang")


def signing_told_ahead(text: str) -> bool:
    """Whether a clause tells the signing of the instrument it introduces still ahead ("will be signed in May")."""
    return bool(_SIGNING_AHEAD.search(text))


def signed_later(text: str, status: str | None, focus: Agreement, headline: Span | None) -> bool:
    """Whether a clause that introduces an instrument tells it still to be signed ("The two countries plan to sign an
    agreement on cybersecurity later this year") after the act in focus was told signed in the story (not in its
    headline only: "A, B sign MoU" over "A and B will sign a memorandum on Tuesday" is one act)."""
    if status != "planned" or not focus.status or focus.status != "signed":
        return False
    if focus.evidence and all(span == headline for span in focus.evidence):
        return False
    return signing_told_ahead(text)


# The instrument introduced, then "also" in its own signing: "An agreement on space was also signed", "Two more
# memoranda were also inked on Monday", "A protocol on customs will also be signed".
_ALSO_SIGNED_AFTER = Hinted(re.compile(
    r"[^,;]{0,80}?\b(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+also|(?:has|have|had)\s+also\s+been"
    r"|(?:will|would)\s+also\s+be)\s+" + _SIGNED + r"\b",
    _I), "also")


def also_signed_after(text: str, where: int) -> bool:
    """Whether the instrument named at where is told signed "also" after it, in the passive: one more instrument."""
    return bool(_ALSO_SIGNED_AFTER.match(text, where))


def meeting_clause(reader: AgreementReader, parties: list[str]) -> str:
    """The clause whose time an act told with none of its own takes, when it comes right after the clause that named
    its parties meeting ("A's president held talks with B's premier on Monday. The two leaders witnessed the signing
    of a memorandum"): that clause's text, so that an act told with another time ("A and B signed a trade pact in
    2015") is told apart; else ""."""
    clause, text = reader._told_before[:2]
    if clause != reader._clauses - 1 or reader._pair_clause != clause or set(reader.pair) != set(parties):
        return ""
    return text


# A clause opening on a plural subject of common nouns: "Officials of two banks attended", "Markets rose", "The talks
# focused on trade" (not "Trade between the two countries reached", "The visit is the first").
_PLURAL_SUBJECT = re.compile(
    r"^\W*(?:(?:The|These|Those|Some|Many|Several|Both|Two|Three)\s+)?(?:[a-z-]+\s+)?"
    r"(?!(?i:was|has|does|is|its|this|thus|as|us|says|his|yes)\b)(?-i:[A-Z]?)[a-z]{2,}s\b(?<!ss)")


def plural_subject(text: str) -> bool:
    """Whether a clause opens on a plural subject: someone else "they" may stand for next."""
    return bool(_PLURAL_SUBJECT.match(text))
