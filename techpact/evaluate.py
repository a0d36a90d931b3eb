"""Score extraction against gold annotations (the format of shared/eval/README.md).

The system's side is read from the store through the RDF contract only: document
`tp:mentions`, agreement `tp:party` and `tp:sector`, and `tp:memberOf` in the document's
named graph. Micro precision, recall and F1 per kind of fact; optional items count
neither way.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

from techpact.errors import TechpactError
from techpact.graph.store import Store
from techpact.queries import internal_query

KINDS = ("mentions", "pairs", "pair_sectors", "memberships")

_SYSTEM_MENTIONS = internal_query("eval-mentions")
_SYSTEM_PARTIES = internal_query("eval-parties")
_SYSTEM_SECTORS = internal_query("eval-sectors")
_SYSTEM_MEMBERSHIPS = internal_query("eval-memberships")


@dataclass
class Score:
    """Counts and the items behind them for one kind of fact."""

    true_positives: set = field(default_factory=set)
    false_positives: set = field(default_factory=set)
    false_negatives: set = field(default_factory=set)

    @property
    def precision(self) -> float:
        found = len(self.true_positives) + len(self.false_positives)
        return len(self.true_positives) / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = len(self.true_positives) + len(self.false_negatives)
        return len(self.true_positives) / wanted if wanted else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class Facts:
    """Scorable items per kind; each item starts with the document URL."""

    items: dict[str, set]
    optional: dict[str, set]


def gold_facts(gold: list[dict]) -> Facts:
    """Items the gold annotations require, and the optional ones."""
    items = {kind: set() for kind in KINDS}
    optional = {kind: set() for kind in KINDS}
    for entry in gold:
        url = entry["url"]
        items["mentions"] |= {(url, c) for c in entry.get("mentions", [])}
        optional["mentions"] |= {(url, c) for c in entry.get("optional_mentions", [])}
        for agreement in entry.get("agreements", []):
            target = optional if agreement.get("optional") else items
            for pair in _pairs(agreement["parties"]):
                target["pairs"].add((url, pair))
                for sector in agreement.get("sectors", []):
                    target["pair_sectors"].add((url, pair, sector))
                for sector in agreement.get("optional_sectors", []):
                    optional["pair_sectors"].add((url, pair, sector))
        items["memberships"] |= {(url, state, bloc) for state, bloc in entry.get("memberships", [])}
    # what is required somewhere is not optional
    for kind in KINDS:
        optional[kind] -= items[kind]
    return Facts(items, optional)


def system_facts(store: Store, urls: set[str]) -> dict[str, set]:
    """Items the store holds for the documents with these URLs, read through the contract."""
    items = {kind: set() for kind in KINDS}
    items["mentions"] = {(u, c) for u, c in store.query(_SYSTEM_MENTIONS).rows if u in urls}
    parties: dict[tuple[str, str], set[str]] = {}
    for url, agreement, code in store.query(_SYSTEM_PARTIES).rows:
        parties.setdefault((url, agreement), set()).add(code)
    sectors: dict[tuple[str, str], set[str]] = {}
    for url, agreement, code in store.query(_SYSTEM_SECTORS).rows:
        sectors.setdefault((url, agreement), set()).add(code)
    for (url, agreement), codes in parties.items():
        if url not in urls:
            continue
        for pair in _pairs(codes):
            items["pairs"].add((url, pair))
            for sector in sectors.get((url, agreement), ()):
                items["pair_sectors"].add((url, pair, sector))
    items["memberships"] = {(u, s, b) for u, s, b in store.query(_SYSTEM_MEMBERSHIPS).rows if u in urls}
    return items


def _pairs(codes) -> list[tuple[str, str]]:
    return [tuple(sorted(pair)) for pair in combinations(sorted(set(codes)), 2)]


def score(gold: Facts, system: dict[str, set]) -> dict[str, Score]:
    """Micro scores per kind of fact."""
    result = {}
    for kind in KINDS:
        found = system[kind] - gold.optional[kind]
        result[kind] = Score(found & gold.items[kind], found - gold.items[kind], gold.items[kind] - found)
    return result


def read_gold(path: str | Path) -> list[dict]:
    """The gold annotations file."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise TechpactError(f"{path}: cannot read gold annotations ({err})") from err
    if not isinstance(data, list) or not all(isinstance(e, dict) and "url" in e for e in data):
        raise TechpactError(f"{path}: gold annotations must be a list of objects with a 'url'")
    return data


def evaluate(gold_path: str | Path, store: Store) -> dict[str, Score]:
    """Score what the store holds for the gold documents."""
    gold = read_gold(gold_path)
    return score(gold_facts(gold), system_facts(store, {entry["url"] for entry in gold}))
