"""Gazetteers: the names of states, blocs and sectors, compiled into fast matchers.

Names come from the reference data and the ontology's sector altLabels; nothing here
is a list of its own except the roles used to tell a party from a passing adjective.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from techpact.extract.facts import Mention
from techpact.ontology import reference
from techpact.ontology.vocabulary import sector_labels

# How a name refers to its state, strongest first: on a clash the stronger source wins.
_PRIORITY = {"curated": 0, "official": 1, "name": 2, "capital": 3, "demonym": 4}


@dataclass(frozen=True)
class Gazetteer:
    """Compiled matchers for actors (states and blocs) and sectors."""

    actor_pattern: re.Pattern
    actor_alias: dict[str, tuple[str, str]]   # surface -> (code, how)
    blocked: re.Pattern | None
    sector_exact: re.Pattern
    sector_folded: re.Pattern
    sector_alias: dict[str, str]              # surface (lower-cased unless exact) -> code

    def find_actors(self, text: str) -> list[Mention]:
        """Every state and bloc named in text, left to right, longest name first."""
        blocked = [(m.start(), m.end()) for m in self.blocked.finditer(text)] if self.blocked else []
        found = []
        for match in self.actor_pattern.finditer(text):
            if any(s <= match.start() < e for s, e in blocked):
                continue
            code, how = self.actor_alias[match.group()]
            found.append(Mention(code, match.start(), match.end(), match.group(), how))
        return found

    def find_sectors(self, text: str) -> list[tuple[str, int, int]]:
        """Every sector signalled in text as (code, start, end), left to right."""
        hits = [(self.sector_alias[m.group()], m.start(), m.end()) for m in self.sector_exact.finditer(text)]
        hits += [(self.sector_alias[m.group().lower()], m.start(), m.end()) for m in self.sector_folded.finditer(text)]
        return sorted(hits, key=lambda h: h[1])


def _alternation(names) -> str:
    ordered = sorted(set(names), key=lambda n: (-len(n), n))
    return "|".join(re.escape(n) for n in ordered)


def _bounded(names) -> str:
    return rf"(?<![\w\-])(?:{_alternation(names)})(?![\w])"


def _actor_aliases() -> dict[str, tuple[str, str]]:
    extras = reference.curated_names()
    candidates: dict[str, dict[str, tuple[int, int, str]]] = {}

    def offer(surface: str, code: str, how: str) -> None:
        rank = _PRIORITY["curated"] if surface in extras.get(code, ()) else _PRIORITY[how]
        by_code = candidates.setdefault(surface, {})
        by_code[code] = min((rank, _PRIORITY[how], how), by_code.get(code, (99, 99, how)))

    for ref in reference.states().values():
        for name in ref.names:
            offer(name, ref.iso3, "official" if name == ref.official_name else "name")
        for name in ref.capitals:
            offer(name, ref.iso3, "capital")
        for name in ref.demonyms:
            offer(name, ref.iso3, "demonym")
    aliases: dict[str, tuple[str, str]] = {}
    for surface, by_code in candidates.items():
        best = min(rank for rank, _, _ in by_code.values())
        winners = [(c, how) for c, (rank, _, how) in by_code.items() if rank == best]
        if len(winners) == 1:  # a name two states share equally refers to neither
            aliases[surface] = winners[0]
    for bloc in reference.blocs().values():
        for label in bloc.labels:
            aliases[label] = (bloc.code, "bloc")
    return aliases


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The gazetteer built from the reference data (built once per process)."""
    aliases = _actor_aliases()
    blocked_phrases = reference.not_mentions()
    exact: dict[str, str] = {}
    folded: dict[str, str] = {}
    for code, labels in sector_labels().items():
        for label in labels:
            forms = [label] if label.endswith("s") else [label, label + "s"]  # "CBDCs", "digital currencies"
            if label.endswith("y") and not label.endswith("ey"):
                forms.append(label[:-1] + "ies")
            for form in forms:
                # Acronyms (AI, ICT, 5G) must match as written; words match in any case.
                if any(ch.isupper() for ch in label[1:]) or len(label) <= 3:
                    exact.setdefault(form, code)
                else:
                    folded.setdefault(form.lower(), code)
    return Gazetteer(
        actor_pattern=re.compile(_bounded(aliases)),
        actor_alias=aliases,
        blocked=re.compile(_bounded(blocked_phrases)) if blocked_phrases else None,
        sector_exact=re.compile(_bounded(exact)),
        sector_folded=re.compile(_bounded(folded), re.IGNORECASE),
        sector_alias={**exact, **folded},
    )
