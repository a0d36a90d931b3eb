"""Who the parties of an act are, within one clause: the actors in their roles, less places, settings,
companies' owners, sources and the circle a bloc stands for."""

from __future__ import annotations

from dataclasses import dataclass

from techpact.extract import cues
from techpact.extract.facts import Mention, Span
from techpact.ontology.reference import is_bloc


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
    if not clause.actors:
        return []
    excluded: set[int] = set()
    for aside in cues.MEMBER_CLAUSE.finditer(clause.text):
        excluded.update(range(aside.start(), aside.end()))
    attribution = cues.ATTRIBUTION_AT_END.search(clause.text)
    if attribution:
        excluded.update(range(attribution.start(), attribution.end()))
    base = clause.span.start + (clause.span.text.find(clause.text) if clause.text in clause.span.text else 0)
    codes: list[str] = []
    circle: set[str] = set()
    for mention in clause.actors:
        local = mention.start - base
        if local in excluded or mention.how == "dateline":
            continue
        if (not is_bloc(mention.code) and cues.LOCATION_BEFORE.search(clause.text[:local])
                and not cues.GOVERNMENT_IN_BEFORE.search(clause.text[:local])):
            continue  # "the summit in Astana", "a plant in Finland", "the war in Ukraine": a place, not a party
        if cues.NOT_PARTY_BEFORE.search(clause.text, max(0, local - 60), local):
            continue  # "dependence on China", "the EU delegation to Namibia", "in Luanda, Angola"
        if cues.NOT_AN_ACTOR_AFTER.match(clause.text, local + len(mention.surface)):
            continue  # "the Paris Agreement", "the Kremlin website": a name or a thing, not the state acting
        if cues.COMPANY_OF_STATE_AFTER.match(clause.text, local + len(mention.surface)):
            continue  # "Russia's state-owned Rosatom", "China's tech giant": the company acts, not the state
        if mention.how == "demonym":
            after = clause.text[local + len(mention.surface):]
            if not cues.GOVERNMENT_NOUN.match(after):
                continue
        if is_bloc(mention.code):
            after = local + len(mention.surface)
            if ((cues.BLOC_AS_SETTING_AFTER.match(clause.text, after) and not cues.SUMMIT_DECIDES.match(clause.text, after))
                    or cues.BLOC_AS_SETTING_BEFORE.search(clause.text[:local])):
                continue  # "the SCO summit", "on the sidelines of APEC", "the only G7 nation": a setting, not an actor
            if cues.BLOC_AS_CIRCLE_BEFORE.search(clause.text[:local]):
                circle.add(mention.code)  # "other ASEAN countries", "fellow GCC member": the circle states belong to
        if mention.code not in codes:
            codes.append(mention.code)
    if circle and any(not is_bloc(code) for code in codes):
        codes = [code for code in codes if code not in circle]
    return codes


def clause_base(clause: Clause) -> int:
    """Offset of the clause in the document."""
    return clause.span.start + max(0, clause.span.text.find(clause.text))


def sides_of_with(clause: Clause, parties: list[str]) -> list[list[str]] | None:
    """Bilateral pairs when a list of actors acts "with" one other ("A, B and C partnered with D").

    Returns [[a, d], [b, d], [c, d]], or None when the clause does not read that way.
    """
    match = cues.WITH.search(clause.text)
    if not match:
        return None
    base = clause.span.start + clause.span.text.find(clause.text)
    left = list(dict.fromkeys(m.code for m in clause.actors if m.start - base < match.start() and m.code in parties))
    right = list(dict.fromkeys(m.code for m in clause.actors if m.start - base > match.start() and m.code in parties))
    if not left or len(left) < 2 or len(right) != 1 or set(left) & set(right):
        return None  # "A teamed up with B and C to fund X" is one act of three
    return [[a, b] for a in left for b in right]


def between_parties(clause: Clause) -> list[str] | None:
    """The actors right after "between" ("between Russia and Iran"), when it names two or more."""
    if len(clause.actors) < 2:
        return None
    match = cues.BETWEEN.search(clause.text)
    if not match:
        return None
    base = clause.span.start + clause.span.text.find(clause.text)
    actors = [m for m in clause.actors if m.start - base > match.start()]
    if actors and _other_side_is_not_an_actor(clause, actors[0], base):
        return None
    after = list(dict.fromkeys(m.code for m in actors))[:2]
    return after if len(after) == 2 else None


def between_company(clause: Clause) -> bool:
    """Whether "between A and B" has a company or other body, not a state, on one side."""
    match = cues.BETWEEN.search(clause.text)
    if not match:
        return False
    base = clause_base(clause)
    actors = [m for m in clause.actors if m.start - base > match.start()]
    return bool(actors) and _other_side_is_not_an_actor(clause, actors[0], base) and actors[0].start - base - match.end() < 30


def _other_side_is_not_an_actor(clause: Clause, first: Mention, base: int) -> bool:
    other = cues.BETWEEN_ACTOR_AND_OTHER.match(clause.text, first.end - base)
    if not other:
        return False
    at = base + other.start("other")
    return not any(m.start == at for m in clause.actors) and other.group("other") not in ("Government", "Ministry", "Republic")
