"""Score extraction against gold annotations (the format of shared/eval/README.md).

The system's side is read from the store through the RDF contract only: document
`tp:mentions`, agreement `tp:party`, `tp:sector`, `tp:kind`, `tp:status`, `tp:date`, and
`tp:memberOf` in the document's named graph. Micro precision, recall and F1 per kind of
fact, optional items counting neither way; then agreements as an analyst sees them: a
system agreement matches a required gold one of the same passage with exactly the same
parties, and kind, status and date are scored over the matches.
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
AGREEMENT_KINDS = ("agreements",)
ACCURACIES = ("kind", "status", "date")

_SYSTEM_MENTIONS = internal_query("eval-mentions")
_SYSTEM_PARTIES = internal_query("eval-parties")
_SYSTEM_SECTORS = internal_query("eval-sectors")
_SYSTEM_AGREEMENTS = internal_query("eval-agreements")
_STORED_URLS = internal_query("eval-documents")
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


@dataclass
class Accuracy:
    """Share of matched agreements whose value is exactly the gold one; wrong ones kept for listing."""

    right: int = 0
    wrong: list = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.right + len(self.wrong)

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 1.0


@dataclass(frozen=True)
class SystemAgreement:
    """One agreement node as the store holds it for one passage."""

    url: str
    iri: str
    parties: frozenset[str]
    kinds: frozenset[str]
    statuses: frozenset[str]
    dates: frozenset[str]


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
        optional["memberships"] |= {(url, state, bloc) for state, bloc in entry.get("optional_memberships", [])}
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


def system_agreements(store: Store, urls: set[str]) -> list[SystemAgreement]:
    """The agreements the store holds for the documents with these URLs, one per (passage, node)."""
    parties: dict[tuple[str, str], set[str]] = {}
    for url, agreement, code in store.query(_SYSTEM_PARTIES).rows:
        if url in urls:
            parties.setdefault((url, agreement), set()).add(code)
    values: dict[tuple[str, str], dict[str, set[str]]] = {}
    for url, agreement, prop, value in store.query(_SYSTEM_AGREEMENTS).rows:
        values.setdefault((url, agreement), {}).setdefault(str(prop).rsplit("#", 1)[-1], set()).add(str(value))
    found = []
    for (url, agreement), codes in sorted(parties.items()):
        got = values.get((url, agreement), {})
        found.append(SystemAgreement(url, str(agreement), frozenset(codes), frozenset(got.get("kind", ())),
                                     frozenset(got.get("status", ())), frozenset(got.get("date", ()))))
    return found


def score_agreements(gold: list[dict], system: list[SystemAgreement]) -> tuple[Score, dict[str, Accuracy]]:
    """Agreement-level scores: exact party-set matches (P/R/F1), then kind/status/date accuracy over them.

    Each required gold agreement is matched at most once, the candidate with the best
    kind/status fit first. System agreements matching an optional gold agreement, or with
    a single party, are not counted against.
    """
    result = Score()
    accuracy = {name: Accuracy() for name in ACCURACIES}
    by_url: dict[str, list[SystemAgreement]] = {}
    for agreement in system:
        by_url.setdefault(agreement.url, []).append(agreement)
    for entry in gold:
        url = entry["url"]
        required = [a for a in entry.get("agreements", []) if not a.get("optional")]
        optional_sets = {frozenset(a["parties"]) for a in entry.get("agreements", []) if a.get("optional")}
        candidates = sorted(
            ((_fit(g, s), gi, si) for gi, g in enumerate(required) for si, s in enumerate(by_url.get(url, []))
             if frozenset(g["parties"]) == s.parties),
            key=lambda c: (-c[0], c[1], c[2]))
        gold_done: set[int] = set()
        system_done: set[int] = set()
        for _, gi, si in candidates:
            if gi in gold_done or si in system_done:
                continue
            gold_done.add(gi)
            system_done.add(si)
            wanted, got = required[gi], by_url[url][si]
            result.true_positives.add((url, _key(wanted["parties"]), wanted.get("kind"), wanted.get("status"), gi))
            _check(accuracy["kind"], url, wanted, got.kinds, wanted.get("kind"))
            _check(accuracy["status"], url, wanted, got.statuses, wanted.get("status"))
            if wanted.get("date"):
                right = len(got.dates) == 1 and next(iter(got.dates)).startswith(wanted["date"])
                _record(accuracy["date"], right, url, wanted, wanted["date"], got.dates)
        for gi, wanted in enumerate(required):
            if gi not in gold_done:
                result.false_negatives.add((url, _key(wanted["parties"]), wanted.get("kind"), wanted.get("status"), gi))
        for si, got in enumerate(by_url.get(url, [])):
            if si in system_done or len(got.parties) < 2 or got.parties in optional_sets:
                continue
            result.false_positives.add((url, _key(got.parties), "/".join(sorted(got.kinds)),
                                        "/".join(sorted(got.statuses)), got.iri.rsplit("/", 1)[-1]))
    return result, accuracy


def _fit(wanted: dict, got: SystemAgreement) -> int:
    return int(got.kinds == {wanted.get("kind")}) + int(got.statuses == {wanted.get("status")})


def _key(parties) -> str:
    return "-".join(sorted(parties))


def _check(accuracy: Accuracy, url: str, wanted: dict, got: frozenset[str], gold_value) -> None:
    _record(accuracy, got == {gold_value}, url, wanted, gold_value, got)


def _record(accuracy: Accuracy, right: bool, url: str, wanted: dict, gold_value, got) -> None:
    if right:
        accuracy.right += 1
    else:
        accuracy.wrong.append((url, _key(wanted["parties"]), f"gold={gold_value}",
                               "system=" + ("/".join(sorted(got)) or "none")))


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


@dataclass
class Evaluation:
    """Scores of one evaluation run: fact kinds, agreements, and accuracies over matched agreements."""

    scores: dict[str, Score]
    accuracy: dict[str, Accuracy]
    passages: int

    def as_dict(self) -> dict:
        """Plain data for JSON output."""
        data: dict = {k: {"precision": s.precision, "recall": s.recall, "f1": s.f1, "tp": len(s.true_positives),
                          "fp": len(s.false_positives), "fn": len(s.false_negatives)} for k, s in self.scores.items()}
        for name, acc in self.accuracy.items():
            data[name] = {"accuracy": acc.value, "right": acc.right, "total": acc.total}
        data["passages"] = self.passages
        return data


def evaluate(gold_path: str | Path, store: Store) -> Evaluation:
    """Score what the store holds against the gold records of the passages it holds.

    Gold records whose URL no stored document carries are left out, so a subset of the
    passages (the untouched third, say) is scored on its own.
    """
    gold = read_gold(gold_path)
    stored = {str(url) for (url,) in store.query(_STORED_URLS).rows}
    gold = [entry for entry in gold if entry["url"] in stored]
    urls = {entry["url"] for entry in gold}
    scores = score(gold_facts(gold), system_facts(store, urls))
    agreements, accuracy = score_agreements(gold, system_agreements(store, urls))
    scores["agreements"] = agreements
    return Evaluation(scores, accuracy, len(gold))


def format_table(evaluation: Evaluation) -> str:
    """The scores as a plain-text table: P/R/F1 per fact kind and for agreements, then accuracies."""
    lines = [f"{'kind':14s} {'P':>6s} {'R':>6s} {'F1':>6s} {'tp':>5s} {'fp':>5s} {'fn':>5s}"]
    for kind in KINDS + AGREEMENT_KINDS:
        s = evaluation.scores[kind]
        lines.append(f"{kind:14s} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} "
                     f"{len(s.true_positives):5d} {len(s.false_positives):5d} {len(s.false_negatives):5d}")
    lines.append(f"{'accuracy':14s} {'value':>6s} {'right':>6s} {'of':>6s}   (over matched agreements)")
    for name in ACCURACIES:
        acc = evaluation.accuracy[name]
        lines.append(f"{name:14s} {acc.value:6.3f} {acc.right:6d} {acc.total:6d}")
    lines.append(f"passages: {evaluation.passages}")
    return "\n".join(lines)


def format_errors(evaluation: Evaluation) -> list[str]:
    """One line per miss, false positive and wrong kind/status/date."""
    lines = []
    for kind in KINDS + AGREEMENT_KINDS:
        score_ = evaluation.scores[kind]
        for label, items in (("miss", score_.false_negatives), ("false positive", score_.false_positives)):
            lines += [f"{kind} {label}: {' '.join(str(x) for x in item)}" for item in sorted(items, key=str)]
    for name in ACCURACIES:
        lines += [f"{name} wrong: {' '.join(item)}" for item in sorted(evaluation.accuracy[name].wrong)]
    return lines
