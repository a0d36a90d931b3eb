"""status_background.history_matches, its first place tried with the whole pattern and the rest with the pattern whose
leading branch ("^") is left out (_HISTORY_LATER, searched from the words a match opens on), finds exactly the matches
of the whole pattern's finditer: the same places and groups, on every sentence of the corpus and dev set."""

from __future__ import annotations

from pathlib import Path

from techpact.extract import status_background as background
from techpact.extract.sentences import split_sentences

from .conftest import CORPUS

WRITTEN = [
    "Signed in 2015, the accord between Chile and Peru governs trade.", "signed in 2015.", "  Established in 1987, the fund",
    "The pact, which was signed in 2015, is still in force. The 2019 accord between A and B, dating back to 1992,",
    "zqxj signed the 2014 agreement", "Originally signed in 1990, the treaty, which the two countries had signed, ...", "",
]


def _matches(found) -> list[tuple[tuple[int, int], dict]]:
    return [(match.span(), match.groupdict()) for match in found]


def test_history_search_finds_what_the_whole_pattern_finds(shared: Path):
    texts = WRITTEN + [span.text for path in [*sorted(CORPUS.glob("*.txt")), *sorted((shared / "eval" / "dev").glob("*.txt"))]
                       for span in split_sentences(path.read_text(encoding="utf-8"))]
    whole = background._HISTORY.built.pattern
    found = 0
    for text in texts + [text[1:] for text in texts]:
        expected = _matches(whole.finditer(text))
        assert _matches(background.history_matches(text)) == expected, text
        found += bool(expected)
    assert found > 20
