"""Plain word looks in front of regular expressions, for patterns tried on texts no word test has read: stretches and
substrings made for one search ("the 80 characters after the list"), headings, the sentences an act was told with.

gates.Hinted tests a text's words all at once (one Aho-Corasick scan for every registered word, remembered per text):
on clause texts, which a hundred patterns test, that scan is shared; on a text made for one search it would be run for
that search alone and cost more than the search. Here the few words of the pattern itself are looked for in the folded
text ("word" in text, a scan in C each): where none stands, the pattern cannot match and is not run."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from techpact.extract.first_chars import quick_start
from techpact.extract.gates import folded
from techpact.extract.required_words import required_words


class Spelt:
    """A pattern run only where folded(text) holds one of the words its every match holds (required_words, read off
    the pattern: lower case, as re.IGNORECASE compares letters); the results are exactly the pattern's."""

    def __init__(self, pattern: re.Pattern) -> None:
        self.pattern = pattern
        self.words = required_words(pattern)
        self._fast = quick_start(pattern)  # the same matches, tried only where one may start
        if not self.words:  # nothing every match holds could be told: the pattern always runs
            self.holds: Callable[[str], bool] = lambda text: True

    def holds(self, text: str) -> bool:
        """Whether one of the words stands in text: if not, the pattern matches neither in it nor in any stretch of it."""
        low = folded(text)
        for word in self.words:
            if word in low:
                return True
        return False

    def search(self, text: str, *bounds: int) -> re.Match | None:
        """Like re.Pattern.search."""
        return self._fast.search(text, *bounds) if self.holds(text) else None

    def match(self, text: str, *bounds: int) -> re.Match | None:
        """Like re.Pattern.match."""
        return self._fast.match(text, *bounds) if self.holds(text) else None

    def finditer(self, text: str) -> Iterator[re.Match]:
        """Like re.Pattern.finditer."""
        return self._fast.finditer(text) if self.holds(text) else iter(())

    def findall(self, text: str) -> list:
        """Like re.Pattern.findall."""
        return self._fast.findall(text) if self.holds(text) else []

    def sub(self, replacement: str, text: str) -> str:
        """Like re.Pattern.sub (every match replaced)."""
        return self._fast.sub(replacement, text) if self.holds(text) else text
