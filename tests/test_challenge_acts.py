"""The challenge set of acts (tests/data/challenge_acts.txt, news wording written for the project): the party sets
of the acts found, scored as the eval scores agreements (each act matched once; optional sets count neither way)."""

from __future__ import annotations

from collections import Counter

from techpact.extract import extract_facts
from techpact.loaders.document import Document

from .conftest import DATA

CHALLENGE = DATA / "challenge_acts.txt"


def cases() -> list[tuple[Counter, set[frozenset], str]]:
    """(required party sets with their counts, optional party sets, passage) for every case of the file."""
    found, block = [], []
    for line in CHALLENGE.read_text(encoding="utf-8").split("\n") + [""]:
        if line.startswith("#"):
            continue
        if line.strip():
            block.append(line)
            continue
        if block:
            head, text = block[0], "\n".join(block[1:])
            assert head.startswith("=> ") and text, block
            required, optional = Counter(), set()
            for item in head[3:].split(","):
                item = item.strip()
                if item != "-":
                    key = frozenset(item.lstrip("?").split("+"))
                    if item.startswith("?"):
                        optional.add(key)
                    else:
                        required[key] += 1
            found.append((required, optional, text))
        block = []
    return found


def score(required: Counter, optional: set[frozenset], text: str) -> tuple[int, int, int]:
    """True positives, false positives and misses of one case."""
    document = Document(text=text, source="challenge.txt", title=None, url=None, issued=None, media_type="text/plain")
    got = Counter(frozenset(a.parties) for a in extract_facts(document).agreements)
    hits = sum(min(got[key], count) for key, count in required.items())
    wrong = sum(max(0, count - required[key]) for key, count in got.items()
                if key not in optional and (len(key) >= 2 or key in required))
    missed = sum(max(0, count - got[key]) for key, count in required.items())
    return hits, wrong, missed


def test_challenge_set_holds_over_a_hundred_cases_with_distractors():
    every = cases()
    assert len(every) >= 100
    assert sum(1 for required, _, _ in every if not required) >= 25


def test_challenge_set_acts_are_found_with_their_exact_parties():
    totals, failing = Counter(), []
    for required, optional, text in cases():
        hits, wrong, missed = score(required, optional, text)
        totals.update(hits=hits, wrong=wrong, missed=missed)
        if wrong or missed:
            failing.append(text[:100])
    precision = totals["hits"] / (totals["hits"] + totals["wrong"])
    recall = totals["hits"] / (totals["hits"] + totals["missed"])
    assert precision >= 0.95 and recall >= 0.95, (precision, recall, failing)
