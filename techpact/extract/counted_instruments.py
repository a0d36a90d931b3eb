"""A small count of instruments whose topics the sentence then tells one by one: as many acts as the count ("signed
two memoranda of understanding, one on energy and the other on cybersecurity", "inked three agreements: on trade, on
health and on space", "two MoUs on combating drug trafficking, and on financing energy projects"). The guide lists
each act a passage reports; a count whose topics are not told one by one ("signed 14 documents", "two MoUs on energy
and health") stays one act, as does a count that the topics told do not match, unless the topics are told as some of
the count ("inked four agreements, including one on energy and another on chips": the two told). A count of two is two
acts whether or not its topics are told ("signed two MoUs in the mineral sector"): news that counts two instruments
reports two acts, where larger counts ("signed 14 documents") are a tally the story may never go through. Each act
told by a topic of its own has that topic's sectors, not its fellows' ("one on AI and another on space": AI, then
space)."""

from __future__ import annotations

import re

from techpact.extract import cues
from techpact.extract.clause_reading import instruments_beside, listed_instruments
from techpact.extract.counted_purposes import purposes
from techpact.extract.facts import Agreement
from techpact.extract.gates import Hinted
from techpact.extract.gazetteer import gazetteer
from techpact.extract.parties import Clause
from techpact.ontology.vocabulary import kind_families

_I = re.IGNORECASE
_NUMBER = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}

# "two memoranda of understanding", "three new cooperation agreements", "2 MoUs".
_COUNTED = Hinted(re.compile(
    r"\b(?P<n>two|three|four|five|[2-5])\s+(?:[\w-]+\s+){0,2}?(?P<noun>memorand(?:a|ums)(?:\s+of\s+understanding)?|MoUs|MOUs"
    r"|agreements|deals|accords|pacts|treaties|protocols)\b", _I),
    "two", "three", "four", "five", "2 ", "3 ", "4 ", "5 ")
# Two instruments made or told here: "signed two memoranda", "two cooperation agreements were signed"; not "the two
# agreements" (told before), "two other deals" (beside others) or "the two countries signed agreements" (two of another
# noun).
_TWO = Hinted(re.compile(
    r"(?<!the\s)(?<!these\s)(?<!those\s)(?<!their\s)(?<!both\s)(?<!its\s)\b(?:two|2)\s+"
    r"(?:(?!(?:countries|sides|nations|states|governments|leaders|ministers|parties|presidents|heads|officials|delegations"
    r"|blocs|members|more|other|further|additional|previous|earlier|existing|older|of|were|are|have|had|signed|agreed)\b)[\w-]+\s+){0,2}?"
    r"(?P<noun>memorand(?:a|ums|um(?=\s+of\s+understandings))(?:\s+of\s+understandings?)?|MoUs|MOUs|agreements|deals|accords"
    r"|pacts|treaties|protocols)\b", _I), "two", "2 ")
# Each topic told with its own marker: "one on energy and the other on cyber", "one for X, another for Y".
_ONE_ON = re.compile(r"\b(?:one|the other|another|a second|the second|a third|the third|the last)\s+(?:on|for|in|covering|to)\b", _I)
# "on" opening a topic, not a time ("on Monday", "on March 3", "on 12 May") or a place ("on the sidelines").
_ON = re.compile(r"(?:^|\s|,|:|--|—|–)(?:and\s+)?on\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
                 r"|January|February|March|April|May|June|July|August|September|October|November|December|the\s+sidelines"
                 r"|the\s+presence|\d)\b)", _I)
# The topics told by repeating the preposition: "on X and on Y", "on X, on Y and on Z".
_REPEATED = re.compile(r"(?:,|\band)\s+(?:and\s+)?on\s", _I)
# The topics told as some of the count: "four agreements, including one on X and another on Y".
_SOME_OF = re.compile(r"\s*,?\s*(?:including|among\s+them|of\s+which)\b", _I)


def _rest(text: str, counted: re.Match) -> str:
    """What the clause goes on to say after the count, up to the end of its sentence or a semicolon."""
    return re.split(r"[;.](?:\s|$)", text[counted.end():], maxsplit=1)[0]


def counted_instruments(text: str) -> tuple[int, str] | None:
    """How many instruments a clause counts and then tells one topic each of, and the noun it counts them by; None
    when it counts none, or its topics are not told one by one, or their number is not the count."""
    counted = _COUNTED.search(text)
    if counted is None:
        return None
    number = _NUMBER[counted.group("n").lower()]
    rest = _rest(text, counted)
    topics = len(_ONE_ON.findall(rest))
    if 2 <= topics < number and _SOME_OF.match(rest):
        return topics, counted.group("noun")  # "four agreements, including one on X and another on Y": the two told
    if topics < 2 and _REPEATED.search(rest):
        topics = len(_ON.findall(rest))
    if topics < 2:
        topics = purposes(rest)  # "two MoUs to promote X and to link Y" (counted_purposes)
    return (number, counted.group("noun")) if topics == number else None


def instruments_told(clause: Clause, umbrella: Agreement) -> list[str]:
    """The kinds of the acts a clause tells beside the one it made or retold (the umbrella): the instruments it lists
    after an umbrella of several (clause_reading.listed_instruments), or as many more as a count with topics told one
    by one says."""
    if kinds := listed_instruments(clause, umbrella):
        return instruments_beside(umbrella, kinds, clause)
    if counted := counted_instruments(clause.text):
        number, noun = counted
        return [umbrella.kind or cues.find_kind(noun)[0] or "agreement"] * (number - 1)
    return []


def second_of_two(reader, clause: Clause) -> list[str]:
    """The kind of the second act a count of two instruments tells ("signed two MoUs"), when only one act of that kind
    and of the umbrella's parties has been recorded; else nothing."""
    two = _TWO.search(clause.text)
    if two is None:
        return []
    kind = cues.find_kind(two.group("noun"))[0] or "agreement"
    parties = set(reader.focus.parties)
    same = [act for act in reader.agreements if set(act.parties) == parties and act.kind == kind]
    return [kind] if len(same) == 1 else []


def _topic_stretches(text: str) -> list[str]:
    """The words of each topic a count tells with its own marker ("one on energy", "the other on cyber"), in order;
    none when its topics are not told so."""
    counted = _COUNTED.search(text)
    if counted is None:
        return []
    rest = _rest(text, counted)
    starts = [marker.start() for marker in _ONE_ON.finditer(rest)]
    return [rest[start:end] for start, end in zip(starts, starts[1:] + [len(rest)])] if len(starts) >= 2 else []


def record_told(reader, clause: Clause) -> None:
    """Record, beside the act in focus (the umbrella), the instruments the clause lists or counts (instruments_told),
    the umbrella staying in focus; the acts of a count told by topics keep each its own topic's sectors."""
    umbrella = reader.focus
    acts = [umbrella]
    listed = instruments_told(clause, umbrella)
    for kind in listed or (second_of_two(reader, clause) if len(umbrella.parties) >= 2 else []):
        reader._record(list(umbrella.parties), kind, umbrella.status or None, clause, back=False, separate=True)
        acts.append(reader.focus)
        if not listed:
            reader.second_of_two.append((umbrella, reader.focus))
    reader.focus = umbrella
    stretches = _topic_stretches(clause.text) if len(acts) >= 2 and clause.sectors else []
    if len(stretches) != len(acts) or len({id(act) for act in acts}) != len(acts):
        return  # the topics are not one per act (or an act told before was taken up twice)
    own = [{code for code, _, _ in gazetteer().find_sectors(stretch)} & set(clause.sectors) for stretch in stretches]
    told = set().union(*own)
    for act, mine in zip(acts, own):
        act.sectors[:] = [code for code in act.sectors if code not in told or code in mine]


def told_one_by_one(agreements: list[Agreement], counts: list[tuple[Agreement, Agreement]]) -> list[Agreement]:
    """The acts without one of the two acts of each count of two (second_of_two) when an instrument of the same parties
    is recorded after them: the story went on to tell the count's instruments one by one ("signed two agreements. ...
    The ministries signed a memorandum that ... In a separate agreement, ..."), and those are its acts. The act dropped
    is one told nowhere but in the count, the second rather than the first; none when both are told again."""
    if not counts:
        return agreements
    family = kind_families()
    dropped = set()
    where = {id(act): index for index, act in enumerate(agreements)}
    for first, second in counts:
        if id(second) not in where or not any(set(later.parties) == set(second.parties) and family.get(later.kind) == "instrument"
                                              for later in agreements[where[id(second)] + 1:]):
            continue
        alone = [act for act in (second, first) if len(act.evidence) == 1 and act.evidence[0] == second.evidence[0]]
        if alone:
            dropped.add(id(alone[0]))
    return [act for act in agreements if id(act) not in dropped]
