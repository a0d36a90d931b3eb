"""Who took part in a meeting, told as a list apart from the act: "The summit was attended by the presidents of A,
B and C", "It was participated by all 10 ASEAN member states namely A, B, ...", "The meeting brought together prime
ministers from A, B and C" (the meeting told just before), "C was represented by its deputy prime minister", "The G7 -
A, B, ... - expressed concern", "The five ASEAN countries are A, B, C, D and E". The annotation guide makes each listed
state a party of the group's act ("a list of members given as participants makes each listed one a party"), so an act
told of the bloc alone, or of nobody named ("Five central banks signed a memorandum", "the statement was issued"), is
theirs, with the bloc as its framework (extraction rules, ours)."""

from __future__ import annotations

import re

from techpact.extract import cues, roles, summit_participants
from techpact.extract.facts import Agreement
from techpact.extract.gates import Hinted
from techpact.extract.parties import Clause, clause_base, party_candidates, split_framework
from techpact.ontology.reference import blocs, is_bloc
from techpact.ontology.vocabulary import STATUS_RANK

_I = re.IGNORECASE
_COUNT = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"

# A clause listing who took part: attended by, participants were, "the five ASEAN countries are".
ATTENDEES = Hinted(re.compile(
    r"\b(?:was|were)\s+(?:also\s+)?(?:attended|participated(?:\s+in)?)\s+by\b|\b(?:attendees|participants|participating\s+(?:countries|states|nations))\s+"
    r"(?:were|are|included|include)\b"
    rf"|\b{_COUNT}\s+(?:[\w-]+\s+){{0,2}}?(?:countries|nations|states|members|economies)\s+(?:are|were)\b"
    r"(?!\s+(?:expected|set|due|to|not|also|now|still|already)\b)"
    # the leaders who attend: "Kishida and leaders of A, B and C are set to attend the NATO summit"
    r"|\b(?:(?:are|were)\s+(?:set|expected|due|scheduled)\s+to|will)\s+attend\b|\battended\s+(?:the|a|this)\b", _I),
    "attended by", "attendees", "participa", "countries", "nations", "states", "members", "economies", "attend")

# A host receiving, or a meeting gathering, the leaders listed, for a bloc's summit named in the same clause: "A hosted
# the leaders of B, C and D for the Quad summit", "The BRICS summit brought together the leaders of A, B, C, D and E".
GATHERED = Hinted(re.compile(r"\b(?:hosted|welcomed|brought\s+together|gathered)\b", _I),
                  "hosted", "welcomed", "together", "gathered")

# The state that chairs or hosts the meeting, named right after: "under the chairmanship of Kyrgyz President ...".
CHAIR = Hinted(re.compile(r"\b(?:under\s+the\s+(?:chairmanship|chairship|presidency)\s+of|chaired\s+by|hosted\s+by)\s+(?:the\s+)?",
                          _I), "chair", "presidency", "hosted by")

# The chair named before: "Russian President Vladimir Putin chaired the summit".
CHAIRED = Hinted(re.compile(r"\b(?:chaired|hosted|presided over)\s+the\s+(?:[\w-]+\s+){0,3}?(?:summit|meeting|session|talks"
                            r"|conference)\b", _I), "chaired", "hosted", "presided")
# A list of those who took part besides someone named before: "The meeting was also attended by B, C and D".
_ALSO_BY = re.compile(r"\b(?:was|were)\s+also\s+(?:attended|participated(?:\s+in)?)\s+by\b", _I)
# One more attendee told apart: "Brazilian President Lula participated in the summit via video link".
# Or represented there: "Turkmenistan was represented by Deputy Prime Minister ...".
ALSO_ATTENDED = Hinted(re.compile(r"\b(?:participated|took part|joined)\s+(?:in\s+)?the\s+(?:[\w-]+\s+){0,2}?(?:summit|meeting"
                                  r"|session|talks)\b|\b(?:was|were)\s+represented\s+(?:at\s+the\s+(?:[\w-]+\s+){0,3}?"
                                  r"(?:summit|meeting|session|talks)\s+)?by\b", _I), "participated", "took part", "joined", "represented")

# Clauses that a pending unnamed act may wait for its list: "Five central banks signed an MoU. The five ASEAN
# countries are ..." (the list comes in the next clause or the one after).
_WAIT = 2


def chair_of(clause: Clause) -> str | None:
    """The state a clause names as chairing or hosting a meeting ("under the chairmanship of Kyrgyz President ...")."""
    base = clause_base(clause)
    if match := CHAIR.search(clause.text):
        return next((m.code for m in clause.actors if 0 <= m.start - base - match.end() <= 4 and not is_bloc(m.code)), None)
    if match := CHAIRED.search(clause.text):
        return next((m.code for m in reversed(clause.actors) if m.start - base < match.start() and not is_bloc(m.code)), None)
    return None


# The meeting told just before, as the subject gathering people: "The meeting brought together prime ministers from ...".
_MEETING_GATHERED = re.compile(r"^\W*(?:The|This|That|the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:meeting|summit|session|conference"
                               r"|forum|gathering)\s+(?:also\s+)?(?:brought\s+together|gathered)\b")


def attendee_list(clause: Clause, chair: str | None = None, met: str | None = None) -> tuple[list[str], str | None] | None:
    """The states a clause lists as taking part (three or more), with the meeting's chair, and the one bloc it
    names, if any; met is the bloc whose meeting the clause before told, which "The meeting brought together ..."
    takes up."""
    if len(clause.actors) < 3:
        return None
    met = met if met and _MEETING_GATHERED.match(clause.text) else None
    if not (ATTENDEES.search(clause.text) or met or (GATHERED.search(clause.text) and _bloc_summit(clause))):
        return None
    gathered = not ATTENDEES.search(clause.text)
    states = [code for code in party_candidates(clause) if not is_bloc(code)]  # not the venue: "in the United States"
    if len(states) < 3:  # the list in an aside: "Putin chaired the summit, which was also attended by A, B and C"
        base = clause_base(clause)
        states = list(dict.fromkeys(m.code for m in clause.actors if not is_bloc(m.code) and m.how != "dateline"
                                    and not roles.LOCATION_BEFORE.search(clause.text[:m.start - base])))
    if len(states) < 3:
        return None
    if gathered and (len(_TITLE.findall(clause.text)) > len(states) or _SOME.search(clause.text)):
        return None  # "hosted Prime Minister X of A, ... and Prime Minister Z": a leader listed without a state; "leaders
        # including ...": some of those who came
    if chair and chair not in states:
        states.append(chair)  # the chair or host attends too
    blocs = {m.code for m in clause.actors if is_bloc(m.code)} or ({met} if met else set())
    return states, (next(iter(blocs)) if len(blocs) == 1 else None)


# A bloc opening its clause (or its leaders or ministers) with its members set off by dashes, then what it does: "The G7 -
# the United States, Japan, ... and Canada - expressed concern", "Leaders of the Quad countries - A, B, C and D -
# gathered" (the members given as those taking part; not "..., the G7 - A, B and C -").
_ROSTER_OPENING = re.compile(r"\W*(?:(?:on|in|at|last|this|earlier)\s+[^,]{1,25},\s+)?(?:the\s+)?(?:(?:[\w-]+\s+){0,2}?"
                             r"(?:leaders|heads\s+of\s+(?:state|government)|ministers|officials|representatives|delegations)"
                             r"\s+(?:of|from)\s+(?:the\s+)?)?", _I)
_ROSTER_DASH = re.compile(r"(?:\s+(?:countries|nations|members|member\s+(?:states|countries|nations)))?\s+(?:-|–|—|--)\s+"
                          r"(?:the\s+)?", _I)
_ROSTER_CLOSE = re.compile(r"\s+(?:-|–|—|--)\s+(?:also\s+|have\s+|jointly\s+)?(?:expressed|agreed|called|said|stated|pledged"
                          r"|committed|adopted|signed|issued|endorsed|welcomed|urged|vowed|declared|reaffirmed|decided"
                          r"|launched|approved|announced|met|gathered|convened)\b", _I)
_ROSTER_BETWEEN = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?")


def roster_subject(clause: Clause) -> tuple[list[str], str] | None:
    """The members a clause sets off by dashes after the bloc that opens it and acts in it (three or more), and the
    bloc: "The G7 - the United States, Japan, Germany, Britain, France, Italy and Canada - expressed ..."."""
    actors = [m for m in clause.actors if m.how != "dateline"]
    if len(actors) < 4 or not is_bloc(actors[0].code) or any(is_bloc(m.code) for m in actors[1:]):
        return None
    base, text = clause_base(clause), clause.text
    if not _ROSTER_OPENING.fullmatch(text, 0, actors[0].start - base):
        return None
    dash = _ROSTER_DASH.match(text, actors[0].end - base)
    if dash is None or dash.end() != actors[1].start - base:
        return None
    states = [actors[1].code]
    for before, after in zip(actors[1:], actors[2:]):
        gap = _ROSTER_BETWEEN.fullmatch(text, before.end - base, after.start - base)
        if gap is None:
            break
        states.append(after.code)
    last = actors[len(states)]
    if len(states) < 3 or not _ROSTER_CLOSE.match(text, last.end - base):
        return None
    return list(dict.fromkeys(states)), actors[0].code


# A head of state or government by title, one per person listed: "US President X", "Prime Minister Y of Japan".
_TITLE = re.compile(r"\b(?:President|Prime Minister|Premier|Chancellor|King|Emir|Sultan|Crown Prince)\b")
_SOME = re.compile(r"\b(?:including|among them|among others|such as|among whom)\b", _I)
_SIDELINES = re.compile(r"\b(?:sidelines|margins|on the side)\b", _I)


def _bloc_summit(clause: Clause) -> bool:
    """Whether the clause names a bloc's summit or meeting ("for the Quad leaders' summit", "the BRICS summit"), not
    as the setting of a meeting of their own ("met on the sidelines of the G20 summit")."""
    if _SIDELINES.search(clause.text):
        return False
    base = clause_base(clause)
    return any(is_bloc(m.code) and roles.BLOC_AS_SETTING_AFTER.match(clause.text, m.end - base) for m in clause.actors)


def framed(parties: list[str]) -> tuple[list[str], str | None]:
    """The parties and the framework of an act: with two or more states named, a bloc among the parties is the
    framework when any of them is its member (members acting under its roof); with none of them a member, the bloc
    is a side of its own ("Japan, Australia and the ten members of ASEAN signed", "the EU, Japan and Mexico")."""
    states, framework = split_framework(parties)
    if framework and not any(state in blocs()[framework].members for state in states if framework in blocs()):
        return parties, None
    return states, framework


def _side(states: list[str], bloc: str) -> list[str]:
    """The parties of a bloc's act that the listed states attend: the states, and the bloc itself when none of them
    is a member of it (partners meeting the bloc: "NATO and its Indo-Pacific partners")."""
    members = blocs()[bloc].members if bloc in blocs() else {}
    return list(states) + ([] if any(state in members for state in states) else [bloc])


# After a bloc's name, its founding instrument: "the CSTO Treaty", "the ASEAN Charter" (not "the ASEAN Declaration on
# AI", which the leaders listed may well adopt today).
_FOUNDING_AFTER = re.compile(r"\s+(?:Treaty|Charter)\b")


def _bloc_own_instrument(clause: Clause) -> bool:
    """Whether the clause names a bloc's founding instrument by the bloc's name ("the CSTO Treaty")."""
    base = clause_base(clause)
    return any(is_bloc(m.code) and _FOUNDING_AFTER.match(clause.text, m.end - base) for m in clause.actors)


class Attendance:
    """The attendee list of a document, for the reader: who a bloc's act, or an act of nobody named, belongs to."""

    agreements: list[Agreement]
    _clauses: int
    bloc_met: tuple[str, int] | None

    def _init_attendance(self) -> None:
        self.attendees: tuple[list[str], str | None] | None = None
        self._first_named: str | None = None  # the first state the last clause naming any named
        self._unnamed: tuple[str, str, Clause, int] | None = None  # an act told of nobody: kind, status, clause, index
        self._chair: str | None = None  # the state told chairing or hosting the meeting

    def _note_attendees(self, clause: Clause) -> None:
        """Take in a clause that lists who took part: the bloc's acts told so far, and an act of nobody named told
        just before, become the listed states'."""
        if not clause.actors:
            return
        before, self._first_named = self._first_named, next(
            (m.code for m in clause.actors if not is_bloc(m.code) and m.how != "dateline"), None)
        self._chair = chair_of(clause) or self._chair
        met = self.bloc_met[0] if self.bloc_met and self.bloc_met[1] == self._clauses - 1 else None
        listed = (attendee_list(clause, self._chair, met) or summit_participants.participants(clause, self._chair)
                  or roster_subject(clause))
        if listed is None:
            self._note_one_more(clause)
            return
        if _ALSO_BY.search(clause.text):  # "The meeting was also attended by B, C and D": besides the one just named
            listed = (list(dict.fromkeys(([before] if before else []) + listed[0])), listed[1])
        self.attendees = listed
        states, bloc = listed
        for agreement in self.agreements:
            if len(agreement.parties) == 1 and is_bloc(agreement.parties[0]) and bloc in (None, agreement.parties[0]):
                agreement.framework, agreement.parties = agreement.parties[0], _side(states, agreement.parties[0])
        if self._unnamed and self._clauses - self._unnamed[3] <= _WAIT:
            kind, status, told, _ = self._unnamed
            self._unnamed = None
            self._record(list(states) + ([bloc] if bloc else []), kind, status, told, back=False)

    def _note_one_more(self, clause: Clause) -> None:
        """One more state told taking part, right after the list ("Brazil's president joined the summit by video")."""
        if not self.attendees or not ALSO_ATTENDED.search(clause.text):
            return
        states = [code for code in party_candidates(clause) if not is_bloc(code) and code not in self.attendees[0]]
        if len(states) != 1:
            return
        before = list(self.attendees[0])
        self.attendees = (before + states, self.attendees[1])
        for agreement in self.agreements:
            if sorted(agreement.parties) == sorted(before):
                agreement.parties = agreement.parties + states

    def _note_unnamed(self, clause: Clause) -> bool:
        """An instrument told made with nobody named and nothing in focus ("Five central banks signed a memorandum",
        "the statement on digital cooperation was issued"): the attendees' when a list was given, else kept for a
        list that may follow. Whether it was recorded."""
        kind, _ = cues.find_kind(clause.text)
        status = cues.find_status(clause.text)
        if not kind or not status or not STATUS_RANK["signed"] <= STATUS_RANK[status] <= STATUS_RANK["in-force"]:
            return False
        if _bloc_own_instrument(clause):
            return False  # "The CSTO Treaty was signed in 1992": the bloc's founding act, not its attendees' of today
        if self.attendees:
            states, bloc = self.attendees
            self._record(list(states) + ([bloc] if bloc else []), kind, status, clause, back=False)
            return True
        self._unnamed = (kind, status, clause, self._clauses)
        return False

    def _attended(self, parties: list[str]) -> list[str]:
        """A bloc's act told after its attendees were listed: theirs (the bloc goes to the framework)."""
        if self.attendees and len(parties) == 1 and is_bloc(parties[0]) and self.attendees[1] in (None, parties[0]):
            return _side(self.attendees[0], parties[0]) + parties
        return parties

    def _record(self, parties: list[str], kind: str | None, status: str | None, clause: Clause, back: bool,
                introduced: bool = False, separate: bool = False) -> None:
        raise NotImplementedError  # the reader's
