"""What extraction finds in one document: plain data, no RDF."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Span:
    """A stretch of the document text, by character offsets."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date at the precision the text gives it: a year, a year and month, or a day."""

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if self.day is not None and self.month is None:
            raise ValueError("a day needs a month")
        dt.date(self.year, self.month or 1, self.day or 1)  # raises ValueError when out of range

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """From YYYY, YYYY-MM or YYYY-MM-DD (the forms isoformat() writes)."""
        match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", text.strip())
        if not match:
            raise ValueError(f"not a date: {text!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
        year, month, day = match.groups()
        return cls(int(year), int(month) if month else None, int(day) if day else None)

    @classmethod
    def of(cls, day: dt.date) -> PartialDate:
        """A day-precision date from a datetime.date."""
        return cls(day.year, day.month, day.day)

    @property
    def precision(self) -> str:
        """'year', 'month' or 'day'."""
        return "day" if self.day else "month" if self.month else "year"

    def isoformat(self) -> str:
        """YYYY, YYYY-MM or YYYY-MM-DD, as precise as the date is."""
        if self.month is None:
            return f"{self.year:04d}"
        return f"{self.year:04d}-{self.month:02d}" + (f"-{self.day:02d}" if self.day else "")

    def first_day(self) -> dt.date:
        """The first day the date may mean."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> dt.date:
        """The last day the date may mean."""
        if self.day:
            return self.first_day()
        if self.month is None:
            return dt.date(self.year, 12, 31)
        following = dt.date(self.year + (self.month == 12), self.month % 12 + 1, 1)
        return following - dt.timedelta(days=1)

    def compatible(self, other: PartialDate) -> bool:
        """True when both can name the same day: equal at the precision they share."""
        shared = min(self._rank, other._rank)
        return (self.year, self.month, self.day)[:shared] == (other.year, other.month, other.day)[:shared]

    @property
    def _rank(self) -> int:
        return 3 if self.day else 2 if self.month else 1

    def __str__(self) -> str:
        return self.isoformat()


# How a mention names a state body (institutions.json): one that carries its state's name ("Swiss National Bank") names
# the state like that name; one without ("NASA", "the Knesset") stands for it only where it acts; a state corporation
# ("Rosatom") only where it acts in an intergovernmental act.
NAMED_BODY, BODY, STATE_COMPANY = "named-body", "institution", "state-company"
ACTING_ONLY = (BODY, STATE_COMPANY)


@dataclass(frozen=True)
class Mention:
    """A reference to a state or bloc: code (ISO3 or bloc code), how it was named."""

    code: str
    start: int
    end: int
    surface: str
    how: str  # name, official, demonym, capital, acronym, bloc, dateline, leader, named-body, institution, state-company


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
    date: PartialDate | None = None
    evidence: list[Span] = field(default_factory=list)
    _evidence_seen: set[Span] = field(default_factory=set, repr=False, compare=False)
    # what readers gathered from the evidence so far, by name, with how much of it they read (clause_reading.evidence_union)
    _gathered: dict = field(default_factory=dict, init=False, repr=False, compare=False)
    cues: set[str] = field(default_factory=set)
    confidence: float | None = None

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
        """Add a supporting sentence once (a set beside the list keeps it linear on long documents)."""
        if len(self._evidence_seen) != len(self.evidence):
            self._evidence_seen = set(self.evidence)
        if span not in self._evidence_seen:
            self._evidence_seen.add(span)
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
        """Codes of every state and bloc the text names, in order of first mention: leaders' surnames aside, and a state
        body named without its country ("NASA", "the Knesset") only where it makes its state a party."""
        parties = {code for agreement in self.agreements for code in agreement.parties}
        return list(dict.fromkeys(m.code for m in self.mentions if m.how != "leader" and (
            m.how not in ACTING_ONLY or m.code in parties)))
