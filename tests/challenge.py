"""Challenge sets of our own (tests/data/challenge_*.txt): passages with the acts and sectors expected of them,
scored as `techpact eval` scores pair x sector. Run as a script to list every miss and false positive:

    python -m tests.challenge tests/data/challenge_sectors.txt
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

from techpact.extract import extract_facts
from techpact.loaders.document import Document

DATA = Path(__file__).resolve().parent / "data"


@dataclass
class Passage:
    """A passage and what it is expected to yield: (pair, sector) items required and ignored."""

    text: str
    required: set[tuple[tuple[str, str], str]] = field(default_factory=set)
    ignored: set[tuple[tuple[str, str], str]] = field(default_factory=set)
    ignored_pairs: set[tuple[str, str]] = field(default_factory=set)


def read_challenge(path: Path) -> list[Passage]:
    """The passages of a challenge file (blank-line separated; '=>' lines give the expected acts)."""
    passages = []
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        lines = [line for line in block.strip().splitlines() if not line.startswith("#")]
        text = "\n".join(line for line in lines if not line.startswith("=>"))
        if not text.strip():
            continue
        passage = Passage(text)
        for line in (line[2:].strip() for line in lines if line.startswith("=>")):
            parties, _, sectors = line.partition(":")
            optional_act = parties.startswith("?")
            codes = sorted(set(parties.lstrip("?").split()))
            for pair in combinations(codes, 2):
                if optional_act:
                    passage.ignored_pairs.add(pair)
                for sector in sectors.split():
                    if sector == "-":
                        continue
                    target = passage.ignored if optional_act or sector.startswith("?") else passage.required
                    target.add((pair, sector.lstrip("?")))
        passages.append(passage)
    return passages


def found_items(text: str) -> set[tuple[tuple[str, str], str]]:
    """The (pair, sector) items extraction finds in a passage."""
    document = Document(text=text, source="challenge.txt", title=None, url=None, issued=None, media_type="text/plain")
    return {(pair, sector) for act in extract_facts(document).agreements
            for pair in combinations(sorted(set(act.parties)), 2) for sector in act.sectors}


def score(passages: list[Passage]) -> tuple[int, int, int, list[str]]:
    """True positives, false positives, misses, and one line per error."""
    tp = fp = fn = 0
    errors = []
    for passage in passages:
        found = {item for item in found_items(passage.text) if item in passage.required  # required somewhere: scored
                 or (item not in passage.ignored and item[0] not in passage.ignored_pairs)}
        tp += len(found & passage.required)
        for kind, items in (("miss", passage.required - found), ("false positive", found - passage.required)):
            for pair, sector in sorted(items):
                errors.append(f"{kind}: {' '.join(pair)} {sector} | {passage.text[:110]!r}")
        fp += len(found - passage.required)
        fn += len(passage.required - found)
    return tp, fp, fn, errors


def main(argv: list[str]) -> None:
    for name in argv:
        passages = read_challenge(Path(name))
        tp, fp, fn, errors = score(passages)
        print("\n".join(errors))
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        print(f"{name}: {len(passages)} passages, pair x sector tp {tp} fp {fp} fn {fn}, "
              f"P {precision:.3f} R {recall:.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])
