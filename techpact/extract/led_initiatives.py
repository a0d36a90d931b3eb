"""States signing or joining an arrangement another state leads make an act each with the leader (extraction rules,
ours; the curated arrangements: ontology/led_initiatives.json).

"Nigeria and Rwanda became the first African nations to sign the Artemis Accords" tells two acts, Nigeria's and
Rwanda's, each with the United States that leads the Accords; not a pact between Nigeria and Rwanda. So does "Brazil,
Ecuador and the Dominican Republic are now members of the Clean Network". The leader is added when the text leaves it
out; each joiner's act is recorded apart, its status the clause's (a joining told done is signed; asked for,
proposed; ahead, planned). Guards: the clause tells the joining itself (a verb of signing or joining, or membership,
right before the name), and a joiner is a state other than the leader."""

from __future__ import annotations

import re
from functools import lru_cache

from techpact.extract import cues
from techpact.extract.joining_ahead import asked_or_ahead
from techpact.extract.parties import Clause
from techpact.ontology.reference import is_bloc, led_initiatives

_JOINING = (r"\b(?:sign(?:ed|s|ing)?(?:\s+(?:on|up)\s+to)?|join(?:ed|s|ing)?|acced(?:ed|es|ing)\s+to|endors(?:ed|es|ing)"
            r"|ratif(?:ied|ies|y|ying)|(?:members?|participants?|partners?|signatories)\s+(?:of|in|to))\s+"
            r"(?:(?:the|its|their)\s+)?(?:(?:U\.?S\.?|American|US-led|America['’]s)\s+)?")


# Becoming the first (or the Nth) to sign: a joining told done ("became the 55th country to sign the Accords").
_BECAME_NTH = re.compile(r"\bbec(?:ame|omes|oming)\s+the\s+(?:[\w-]+\s+){0,4}?(?:countr(?:y|ies)|nations?|states?|members?"
                         r"|signator(?:y|ies))\s+to\s+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _joined_led() -> list[tuple[re.Pattern, str, str]]:
    return [(re.compile(_JOINING + r"(?-i:" + led.pattern + r")\b", re.IGNORECASE), led.leader, led.kind)
            for led in led_initiatives()]


@lru_cache(maxsize=1)
def _name_words() -> tuple[str, ...]:
    """The first word of each curated name: one stands in every clause that may name a led initiative."""
    return tuple({led.name.split()[0] for led in led_initiatives()})


def joined_led(text: str) -> tuple[re.Match, str, str] | None:
    """Where the clause tells states signing or joining a led initiative: the match, the leader and the act's kind."""
    if not any(word in text for word in _name_words()):
        return None  # (most clauses: no search)
    for pattern, leader, kind in _joined_led():
        if found := pattern.search(text):
            return found, leader, kind
    return None


def read_led(reader, clause: Clause, parties: list[str]) -> bool:
    """Record each state joining a led initiative (joined_led) with its leader; a later clause pointing back to those
    acts with their joiners only ("The accords were signed by ... on behalf of Nigeria and by ... of Rwanda") adds to
    them. Whether the clause was read so."""
    told = joined_led(clause.text)
    if told is None:
        return _retold(reader, clause, parties)
    joined, leader, kind = told
    joiners = [code for code in parties if code != leader and not is_bloc(code)]
    if not joiners:
        return False
    status = asked_or_ahead(clause.text, joined) or (
        "signed" if _BECAME_NTH.search(clause.text, max(0, joined.start() - 80), joined.start())
        else cues.find_status(clause.text) or "signed")
    for joiner in joiners:
        reader._record([joiner, leader], "proposal" if status == "proposed" else kind, status, clause, back=False)
        reader.led_acts[joiner] = reader.focus
    return True


@lru_cache(maxsize=1)
def _named_led() -> list[tuple[re.Pattern, str]]:
    return [(re.compile(r"\b(?:" + led.pattern + r")\b"), led.leader) for led in led_initiatives()]


def _retold(reader, clause: Clause, parties: list[str]) -> bool:
    """Whether the clause points back to acts of led joining with their joiners only, or names the initiative they
    joined with no other state than its leader ("The Artemis Accords are agreements between the US and ..."), and was
    added to them."""
    if not reader.led_acts or not parties:
        return False
    leaders = {code for act in reader.led_acts.values() for code in act.parties} - set(reader.led_acts)
    names = [found.span() for pattern, leader in _named_led() if leader in leaders and (found := pattern.search(clause.text))]
    kind, where = cues.find_kind(clause.text)
    named = bool(names) and (kind is None or any(start <= where < end for start, end in names))  # no instrument of its own
    if named and set(parties) <= leaders | set(reader.led_acts):
        acts = [reader.led_acts[code] for code in reader.led_acts if code not in leaders]
    else:
        acts = [reader.led_acts.get(code) for code in parties]
        if None in acts or not cues.BACK_REFERENCE.search(clause.text):
            return False
    for act in {id(act): act for act in acts}.values():
        reader.focus = act
        reader._extend(act, None, None, clause)
    return True
