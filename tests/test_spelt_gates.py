"""spelt_gates.Spelt: a pattern behind plain looks for its words gives exactly the pattern's results."""

from __future__ import annotations

import random
import re

import pytest

from techpact.extract.spelt_gates import Spelt

_WORDS = ["Another", "another", "on", "for", "energy", "a", "second", "ſecond", "ONE", "more", "left", "the", "§B0§", "bloc",
          "in", "2019", "until", ",", ".", "signed", "by", "İran", "now", "also", "members", "states"]


def _texts(count: int = 400, seed: int = 5) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 12))) for _ in range(count)]


@pytest.mark.parametrize("pattern", [
    re.compile(r"\b(?:another|a\s+second|one\s+more)\s+(?P<on>on|for)\s+(?P<title>[^,;.]{3,40})", re.I),
    re.compile(r"^[^.;]{0,40}?\b(?:left|quit)\s+(?:the\s+)?(?:§B\d+§|bloc)|^\s*,?\s*until\b", re.I),
    re.compile(r"\s+(?:now|also)(?=\s*(?:[.;!?]|$))", re.I),
    re.compile(r"\bsigned by\b"),
    re.compile(r"\w+"),  # no word every match holds: always run
])
def test_spelt_gates_spelt_finds_the_same_matches(pattern: re.Pattern) -> None:
    spelt = Spelt(pattern)
    for text in _texts():
        assert [m.span() for m in spelt.finditer(text)] == [m.span() for m in pattern.finditer(text)]
        assert spelt.findall(text) == pattern.findall(text)
        assert spelt.sub("", text) == pattern.sub("", text)
        for pos in (0, 3):
            found, expected = spelt.search(text, pos), pattern.search(text, pos)
            assert (found and found.span()) == (expected and expected.span())
            found, expected = spelt.match(text, pos), pattern.match(text, pos)
            assert (found and found.span()) == (expected and expected.span())
