"""The states told taking part in a bloc's meeting: the parties of the bloc's acts told in the passage.

The annotation guide: "When the participating states are named, they are the parties and a bloc under whose roof it
happens goes in framework ... A list of members given as participants makes each listed one a party." attendance.py
reads the list told apart from the act ("the summit was attended by A, B and C", "A hosted the leaders of B, C and D
for the Quad summit"); this module reads two more shapes of the same telling (extraction rules, ours):

- the states, or their leaders, as the subject of meeting at or taking part in the bloc's summit: "Leaders of A, B, C
  and D met in Tokyo for the Quad summit", "The presidents of A, B and C took part in the BRICS summit";
- a host gathering leaders for the bloc's summit where some leader is named without a state, when the leaders told
  are as many as the bloc's members and every state named is one of them: all the members attend ("A's president
  hosted Prime Minister X of B, Prime Minister Y of C and Prime Minister Z for the Quad summit").

Guards, each a principle: a meeting on the sidelines of the summit, or before or after it, is the named states' own;
a few of the members (fewer than three, or fewer than half of a bloc whose membership is known) is a side meeting
that keeps its own parties; a state named as a guest, observer, applicant or invitee, or outside the bloc's known
membership, is not a participant of the members' act; a state named only as the venue or in the dateline is not
one; with no participants named the bloc stays the party (nothing here fires).
"""

from __future__ import annotations

import re

from techpact.extract import roles
from techpact.extract.gates import Hinted, Opened
from techpact.extract.parties import Clause, clause_base
from techpact.ontology.reference import blocs, is_bloc

_I = re.IGNORECASE

# The states' or leaders' meeting at, or taking part in, a meeting: "met", "gathered", "took part in", "attended".
_TOOK_PART = Hinted(re.compile(
    r"\b(?:met|meets?|gather(?:ed|s)?|convened?|convenes|assembled|t(?:ook|akes?)\s+part|participated|participates?"
    r"|attended|attends?|joined)\b", _I), "met", "meet", "gather", "conven", "assembl", "part", "attend", "joined")
# A meeting of the states' own beside the bloc's: "on the sidelines of the G20 summit", "a bilateral meeting".
_OWN_MEETING = Opened(re.compile(r"\b(?:sidelines|margins|on\s+the\s+side|bilateral|trilateral\s+meeting|separately)\b", _I))
# Words that make the states after them outsiders to the members' act: "guests", "observers", "invited".
_OUTSIDERS = re.compile(r"\b(?:guests?|observers?|applicants?|candidates?|invitees?|invited|outreach|dialogue\s+partners?"
                        r"|partner\s+(?:countries|states|nations))\b", _I)
# A head of state or government by title, one per person told: "US President X", "Prime Minister Y of Japan".
_TITLE = re.compile(r"\b(?:President|Prime Minister|Premier|Chancellor|King|Emir|Sultan|Crown Prince)\b")
# A host receiving the leaders: "A's president hosted Prime Minister X of B, ...".
_HOSTED = Hinted(re.compile(r"\b(?:hosted|welcomed|received)\b", _I), "hosted", "welcomed", "received")
# Between the meeting and the bloc's summit: a meeting before or after it, not at it ("ahead of the SCO summit").
_NOT_AT = re.compile(r"\b(?:ahead|before|after|prior|eve|prepar\w*|follow\w*|preced\w*|since|until|outside)\b", _I)
_SOME = Opened(re.compile(r"\b(?:including|among them|among others|such as|among whom)\b", _I))


def participants(clause: Clause, chair: str | None = None) -> tuple[list[str], str | None] | None:
    """The states a clause tells taking part in a bloc's meeting, and that bloc, or None (attendance.attendee_list's
    answer, for the shapes it does not read)."""
    if len(clause.actors) < 3 or _OWN_MEETING.search(clause.text) or _SOME.search(clause.text):
        return None
    summit = _summit(clause)
    if summit is None:
        return None
    bloc, at = summit
    verb = _TOOK_PART.search(clause.text[:at]) or _HOSTED.search(clause.text[:at])
    if verb is None:
        return None
    base = clause_base(clause)
    hosted = not _TOOK_PART.search(clause.text[:at])
    end = at if hosted else verb.start()  # the host's guests come after the verb; the subject's states before it
    states = _states(clause, base, end)
    if chair and chair not in states:
        states.append(chair)
    if _NOT_AT.search(clause.text, verb.end(), at):
        return None  # "met in Moscow ahead of the SCO summit": a meeting of their own, before or after the bloc's
    states = _completed(clause.text[:end], states, bloc)
    if hosted and len(_TITLE.findall(clause.text[:end])) != len(states):
        return None  # a host's guests not all placed
    return _members(states, bloc)


def _members(states: list[str], bloc: str) -> tuple[list[str], str] | None:
    """The participants of the members' act, or None for a side meeting: with the bloc's membership known, the
    members among the states (a state outside it is a guest or a partner), when they are at least half of it; else
    the states, when three or more."""
    members = blocs()[bloc].members if bloc in blocs() else {}
    if members:
        states = [state for state in states if state in members]
        return (states, bloc) if len(states) >= 3 and 2 * len(states) >= len(members) else None
    return (states, bloc) if len(states) >= 3 else None


def _summit(clause: Clause) -> tuple[str, int] | None:
    """The bloc whose summit or meeting the clause names, and where (in the clause's text) it is named."""
    base = clause_base(clause)
    for mention in clause.actors:
        if is_bloc(mention.code) and roles.BLOC_AS_SETTING_AFTER.match(clause.text, mention.end - base):
            return mention.code, mention.start - base
    return None


def _states(clause: Clause, base: int, end: int) -> list[str]:
    """The states named before `end`, in order, once each: not in the dateline, not as a venue ("in Tokyo"), not
    after a word that makes them outsiders ("and guests from A and B")."""
    outside = _OUTSIDERS.search(clause.text, 0, end)
    states: list[str] = []
    for mention in clause.actors:
        local = mention.start - base
        if is_bloc(mention.code) or mention.how == "dateline" or not 0 <= local < end or mention.code in states:
            continue
        if (outside and local >= outside.start()) or roles.LOCATION_BEFORE.search(clause.text[:local]):
            continue
        states.append(mention.code)
    return states


def _completed(told: str, states: list[str], bloc: str) -> list[str]:
    """The states, or all the bloc's members when the leaders told are exactly as many as the members, some named
    without a state, and every state named is a member ("hosted Prime Minister X of B, ... and Prime Minister Z")."""
    members = set(blocs()[bloc].members) if bloc in blocs() else set()
    titles = len(_TITLE.findall(told))
    if members and len(states) >= 2 and titles == len(members) > len(states) and set(states) <= members:
        return sorted(members)
    return states
