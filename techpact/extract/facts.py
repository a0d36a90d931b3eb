"""What extraction finds in one document: plain data, no RDF."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Span:
    """A stretch of the document text, by character offsets."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Mention:
    """A reference to a state or bloc: code (ISO3 or bloc code), how it was named."""

    code: str
    start: int
    end: int
    surface: str
    how: str  # name, official, demonym, capital, acronym, bloc


@dataclass
class Person:
    """A named official and the state they act for."""

    name: str
    role: str | None = None
    acts_for: str | None = None


@dataclass
class Agreement:
    """An act of cooperation as an n-ary fact, with the sentences that support it."""

    kind: str
    status: str
    parties: list[str] = field(default_factory=list)
    proposer: str | None = None
    addressee: str | None = None
    framework: str | None = None
    sectors: list[str] = field(default_factory=list)
    signatories: list[Person] = field(default_factory=list)
    place: str | None = None
    date: dt.date | None = None
    evidence: list[Span] = field(default_factory=list)

    @property
    def party_key(self) -> str:
        """The sorted party codes, space-separated (tp:partyKey): finds reports of the same parties."""
        return " ".join(sorted(set(self.parties)))

    def add_sectors(self, codes) -> None:
        """Add sector codes, keeping first-seen order and no duplicates."""
        for code in codes:
            if code not in self.sectors:
                self.sectors.append(code)

    def add_evidence(self, span: Span) -> None:
        """Add a supporting sentence once."""
        if span not in self.evidence:
            self.evidence.append(span)


@dataclass(frozen=True)
class Membership:
    """A state's membership of a bloc as the text states it."""

    state: str
    bloc: str
    evidence: Span


@dataclass
class Facts:
    """Everything extracted from one document."""

    mentions: list[Mention] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    memberships: list[Membership] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)

    @property
    def mentioned_codes(self) -> list[str]:
        """Codes of every state and bloc the text names (leaders' surnames aside), in order of first mention."""
        return list(dict.fromkeys(m.code for m in self.mentions if m.how != "leader"))
