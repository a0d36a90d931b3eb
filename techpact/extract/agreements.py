"""Agreements as n-ary facts: parties, kind, status, sectors and evidence across sentences.

The rules read a document sentence by sentence and keep an act "in focus", so that
"the document", "the two countries" and sectors named sentences away from the
parties land on the right agreement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from techpact.extract import cues
from techpact.extract.facts import Agreement, Mention, Person, Span
from techpact.ontology.reference import is_bloc
from techpact.ontology.vocabulary import DEFAULT_STATUS, REFINABLE_KINDS
from techpact.ontology.vocabulary import STATUS_RANK as _STATUS_RANK  # stronger statuses are not overwritten by weaker ones


@dataclass
class Clause:
    """One clause of a sentence, with what the gazetteer found in it."""

    span: Span          # the sentence it belongs to (the evidence)
    text: str
    actors: list[Mention]
    sectors: list[str]


def party_candidates(clause: Clause) -> list[str]:
    """Codes of actors in a clause that can be parties, in order, once each.

    A demonym counts only when it qualifies a government noun ("the Russian
    president"); members listed in a membership aside are left out.
    """
    excluded: set[int] = set()
    for aside in cues.MEMBER_CLAUSE.finditer(clause.text):
        excluded.update(range(aside.start(), aside.end()))
    base = clause.span.start + (clause.span.text.find(clause.text) if clause.text in clause.span.text else 0)
    codes: list[str] = []
    for mention in clause.actors:
        local = mention.start - base
        if local in excluded:
            continue
        if mention.how == "capital" and clause.text[:local].rstrip().endswith((" in", " at", " In", " At")):
            continue  # "the summit in Astana": a place, not a party
        if cues.NOT_AN_ACTOR_AFTER.match(clause.text, local + len(mention.surface)):
            continue  # "the Paris Agreement", "the Kremlin website": a name or a thing, not the state acting
        if mention.how == "demonym":
            after = clause.text[local + len(mention.surface):]
            if not cues.GOVERNMENT_NOUN.match(after):
                continue
        if mention.code not in codes:
            codes.append(mention.code)
    return codes


def sides_of_with(clause: Clause, parties: list[str]) -> list[list[str]] | None:
    """Bilateral pairs when a list of actors acts "with" another ("A, B and C partnered with D").

    Returns [[a, d], [b, d], [c, d]], or None when the clause does not read that way.
    """
    match = cues.WITH.search(clause.text)
    if not match:
        return None
    base = clause.span.start + clause.span.text.find(clause.text)
    left = list(dict.fromkeys(m.code for m in clause.actors if m.start - base < match.start() and m.code in parties))
    right = list(dict.fromkeys(m.code for m in clause.actors if m.start - base > match.start() and m.code in parties))
    if not left or not right or (len(left) < 2 and len(right) < 2) or set(left) & set(right):
        return None
    return [[a, b] for a in left for b in right]


def between_parties(clause: Clause) -> list[str] | None:
    """The actors right after "between" ("between Russia and Iran"), when it names two or more."""
    match = cues.BETWEEN.search(clause.text)
    if not match:
        return None
    base = clause.span.start + clause.span.text.find(clause.text)
    after = [m.code for m in clause.actors if m.start - base > match.start()]
    after = list(dict.fromkeys(after))[:2]
    return after if len(after) == 2 else None


class AgreementReader:
    """Reads clauses in order and builds the document's agreements."""

    def __init__(self) -> None:
        self.agreements: list[Agreement] = []
        self.focus: Agreement | None = None
        self.pair: list[str] = []  # the last two or more actors named together
        self.seen: dict[str, int] = {}  # actors named so far, in order, with how often
        self.multilateral: Agreement | None = None  # the arrangement states were last said to join

    def read(self, clause: Clause) -> None:
        """Take one clause into account."""
        text = clause.text
        for mention in clause.actors:
            self.seen[mention.code] = self.seen.get(mention.code, 0) + 1
        if not clause.actors and self.focus is None and not (self.pair and cues.BOTH_PARTIES.search(text)):
            return  # nobody named, nothing in focus: the clause can neither make nor extend an act
        parties = between_parties(clause) or party_candidates(clause)
        kind, where = cues.find_kind(text)
        back_match = cues.BACK_REFERENCE.search(text)
        back = bool(back_match)
        if back_match and back_match.start() <= where < back_match.end():
            kind = None  # "this new initiative" names an act already reported, not a new kind
        both = bool(cues.BOTH_PARTIES.search(text))
        cooperative = bool(kind or cues.COOPERATION.search(text))
        status = cues.find_status(text)
        proposes = status == "proposed" and len(parties) >= 2
        hedged = bool(cues.HEDGED.search(text))
        domestic = bool(cues.DOMESTIC.search(text)) and len(parties) < 2

        if cues.JOINED.search(text) and parties and not hedged and status != "rejected":
            self._join(parties, clause)
            return
        if self.multilateral and cues.PARTICIPANTS.search(text) and parties:
            self._join(parties, clause)
            return
        if (cooperative or proposes) and not hedged and not domestic:
            if len(parties) < 2 and both and self.pair:
                if not parties or parties[0] in self.pair:
                    parties = list(dict.fromkeys(parties + self.pair))
                else:  # a new partner "bilaterally": with the actor the document is about
                    parties = parties + [self._main_actor(exclude=parties[0])]
            if len(parties) < 2 and self.focus and set(parties) <= set(self.focus.parties):
                parties = list(self.focus.parties) if (back or both or parties) else parties
            lone_bloc = len(parties) == 1 and is_bloc(parties[0]) and kind and not self.focus
            pairs = sides_of_with(clause, parties) if len(parties) > 2 else None
            if pairs:
                for pair in pairs:
                    self._record(pair, kind, status, clause, back=False)
                self.focus = None
                return
            if len(parties) >= 2 or lone_bloc:
                self._record(parties, kind, status, clause, back)
                self._remember_pair(parties)
                return
        if self.focus and (back or ((cooperative or both) and not clause.actors)):
            self._extend(self.focus, None, status if back else None, clause)
            return
        named = party_candidates(clause)
        if len(named) >= 2:
            self._remember_pair(named)
        if self.focus and named and not set(named) <= set(self.focus.parties):
            self.focus = None

    def _join(self, parties: list[str], clause: Clause) -> None:
        """States joining, or listed as taking part in, one multilateral arrangement."""
        if self.multilateral is None:
            self.multilateral = Agreement(kind="initiative", status="in-force", parties=[])
            self.agreements.append(self.multilateral)
        for code in parties:
            if code not in self.multilateral.parties:
                self.multilateral.parties.append(code)
        self._extend(self.multilateral, None, None, clause)
        self.focus = self.multilateral

    def _main_actor(self, exclude: str) -> str:
        """The actor the document leads with: news names its subject first."""
        return next((c for c in self.seen if c != exclude), exclude)

    def _remember_pair(self, parties: list[str]) -> None:
        states = [p for p in parties if not is_bloc(p)]
        self.pair = states if len(states) >= 2 else list(parties)

    def _record(self, parties: list[str], kind: str | None, status: str | None, clause: Clause, back: bool) -> None:
        parties, framework = _split_framework(parties)
        target = self._find(parties, kind, back)
        if target is None:
            target = Agreement(kind=kind or "", status=status or "", parties=parties, framework=framework)
            if status == "proposed" and len(parties) >= 2:
                target.proposer, target.addressee = parties[0], parties[1]
            self.agreements.append(target)
        elif framework and not target.framework:
            target.framework = framework
        self._extend(target, kind, status, clause)
        self.focus = target

    def _find(self, parties: list[str], kind: str | None, back: bool) -> Agreement | None:
        """The agreement this clause speaks of again: same parties, and a kind that fits."""
        for agreement in reversed(self.agreements):
            if set(agreement.parties) != set(parties):
                continue
            if back or not kind or not agreement.kind or agreement.kind == kind:
                return agreement
            if {agreement.kind, kind} <= REFINABLE_KINDS | {"mou"}:
                return agreement
        return None

    @staticmethod
    def _extend(agreement: Agreement, kind: str | None, status: str | None, clause: Clause) -> None:
        if kind and (not agreement.kind or agreement.kind in REFINABLE_KINDS and kind == "mou"):
            agreement.kind = kind
        if status and (not agreement.status or _STATUS_RANK[status] > _STATUS_RANK[agreement.status]):
            agreement.status = status
        agreement.add_sectors(clause.sectors)
        agreement.add_evidence(clause.span)


def _split_framework(parties: list[str]) -> tuple[list[str], str | None]:
    """With two or more states named, a bloc among the parties is the framework, not a party."""
    states = [p for p in parties if not is_bloc(p)]
    blocs = [p for p in parties if is_bloc(p)]
    if len(states) >= 2 and blocs:
        return states, blocs[0]
    return parties, None


def finish(agreements: list[Agreement]) -> list[Agreement]:
    """Give every agreement a kind and status when the text left them implicit; drop partyless ones."""
    agreements = [a for a in agreements if a.parties]
    for agreement in agreements:
        if not agreement.status:
            agreement.status = DEFAULT_STATUS.get(agreement.kind, "planned")
        if not agreement.kind:
            agreement.kind = "proposal" if agreement.status == "proposed" else "agreement"
        if agreement.status != "proposed":
            agreement.proposer = agreement.addressee = None
    return agreements


_NAME = re.compile(r"\b[A-Z][a-z]+(?:[- ][A-Z][a-z]+){1,3}\b")


def signatories(span: Span, actor_mentions: list[Mention]) -> list[Person]:
    """People named after "signed by", with their role and the state they act for."""
    match = re.search(r"\bsigned by\b|\bsignatories (?:were|are)\b|\binked by\b", span.text)
    if not match:
        return []
    tail_start = match.end()
    names = [n for n in _NAME.finditer(span.text, tail_start) if not any(
        m.start - span.start <= n.start() < m.end - span.start for m in actor_mentions)]
    people = []
    for index, name in enumerate(names):
        role_end = names[index + 1].start() if index + 1 < len(names) else len(span.text)
        role = span.text[name.end():role_end].strip(" ,;.").removesuffix(" and").strip(" ,")
        state = next((m.code for m in actor_mentions
                      if name.end() <= m.start - span.start < role_end and not is_bloc(m.code)), None)
        people.append(Person(name=name.group(), role=role or None, acts_for=state))
    return people
