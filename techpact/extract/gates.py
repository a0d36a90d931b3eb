"""Quick word tests in front of regular expressions: where none of the words every match holds stands in a
text, the pattern cannot match there and is not run (most clauses of a long document hold none)."""

from __future__ import annotations

import re
from functools import lru_cache

# Characters that re.IGNORECASE matches with an ASCII letter but str.lower() leaves apart ("İ", "ı" ~ i; "ſ" ~ s).
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})
_SEEN = 128  # texts whose test each pattern remembers (about a long document's clauses)


@lru_cache(maxsize=64)  # a clause is folded once for all the patterns tried on it
def folded(text: str) -> str:
    """text lower-cased as re.IGNORECASE compares letters: wherever such a pattern matches an ASCII word, the word
    (lower-case) stands in folded(text) too."""
    if not text.isascii() and ("\u0130" in text or "\u0131" in text or "\u017f" in text):
        text = text.translate(_FOLD)
    return text.lower()


class Hinted:
    """A pattern every match of which holds one of its words: where none stands in the folded text, no search is
    needed. The test folds as re.IGNORECASE does (not as str.lower), so the results are exactly the pattern's."""

    def __init__(self, pattern: re.Pattern, *words: str) -> None:
        self.pattern = pattern
        self.words = words
        self._seen: dict[str, bool] = {}  # text -> its test: a clause is tested against one pattern many times

    def _may(self, text: str) -> bool:
        seen = self._seen
        known = seen.get(text)
        if known is not None:
            return known
        low = folded(text)
        known = False
        for word in self.words:
            if word in low:
                known = True
                break
        if len(seen) >= _SEEN:
            seen.clear()
        seen[text] = known
        return known

    # (the remembered test is looked up inline: these run on every clause, hundreds of thousands of times)
    def search(self, text: str, *bounds: int):
        """Like re.Pattern.search."""
        known = self._seen.get(text)
        return self.pattern.search(text, *bounds) if (self._may(text) if known is None else known) else None

    def match(self, text: str, *bounds: int):
        """Like re.Pattern.match."""
        known = self._seen.get(text)
        return self.pattern.match(text, *bounds) if (self._may(text) if known is None else known) else None

    def finditer(self, text: str):
        """Like re.Pattern.finditer."""
        known = self._seen.get(text)
        return self.pattern.finditer(text) if (self._may(text) if known is None else known) else iter(())
