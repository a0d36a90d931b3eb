"""Quick word tests in front of regular expressions: where none of the words every match holds stands in a
text, the pattern cannot match there and is not run (most clauses of a long document hold none).

Every test's words are registered in one Aho-Corasick automaton (pyahocorasick): a clause is scanned once for all of
them (words_in, remembered per clause), and each test is then a set intersection."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from functools import lru_cache
from itertools import chain, repeat
from operator import itemgetter

import ahocorasick

from techpact.extract.first_chars import opening_words, openings, quick_start
from techpact.extract.required_words import required_sequence, required_sets, required_words

# Characters that re.IGNORECASE matches with an ASCII letter but str.lower() leaves apart ("İ", "ı" ~ i; "ſ" ~ s).
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def fold(text: str) -> str:
    """text lower-cased as re.IGNORECASE compares letters: wherever such a pattern matches an ASCII word, the word
    (lower-case) stands in fold(text) too."""
    if not text.isascii() and ("\u0130" in text or "\u0131" in text or "\u017f" in text):
        text = text.translate(_FOLD)
    return text.lower()


folded = lru_cache(maxsize=64)(fold)  # fold, remembered: a clause is folded once for all the patterns tried on it


_END = sys.maxsize  # an end past any text's: searches stop at the text's end (and so do their matches' endpos)
_SHORTEST = 4  # the shortest word of a set the pattern spells out that is worth a test (shorter ones stand in most texts)
_OPENING = 3  # the shortest opening of a set of a pattern's openings that is worth a test (see Hinted)
_SECOND = itemgetter(1)  # the word of what the automaton yields (end, word)
_GATE_WORDS: set[str] = set()  # every word a test asks for, found in one pass over a text (words_in)
_automaton: ahocorasick.Automaton | None = None
_SET_ID: dict[frozenset[str], int] = {}  # each set of words a Hinted test asks for, numbered (sets_in)
_SETS_OF: dict[str, tuple[int, ...]] = {}  # each word of such a set: the numbers of the sets holding it
# The text the last word test was made on and its sets_in, looked at before sets_in's cache: the tests of one clause
# come one after another, and an "is" costs less than a look-up in the cache (one tuple, replaced whole: thread-safe).
_last_sets: tuple[str | None, frozenset[int]] = (None, frozenset())


def register(words) -> frozenset[str]:
    """Make words part of what words_in finds; the words as a frozenset."""
    global _automaton
    words = frozenset(words)
    if not words <= _GATE_WORDS:
        _GATE_WORDS.update(words)
        _automaton = None
        words_in.cache_clear()
        _forget_sets()
    return words


def set_id(words: frozenset[str]) -> int:
    """The number of a registered set of words, by which sets_in tells that a text holds one of them."""
    if (number := _SET_ID.get(words)) is None:
        number = _SET_ID[words] = len(_SET_ID)
        for word in words:
            _SETS_OF[word] = _SETS_OF.get(word, ()) + (number,)
        _forget_sets()
    return number


def _forget_sets() -> None:
    """Drop what sets_in answered: the words or sets it knows have changed."""
    global _last_sets
    sets_in.cache_clear()
    _last_sets = (None, frozenset())


def _built() -> ahocorasick.Automaton:
    global _automaton
    if _automaton is None:
        automaton = ahocorasick.Automaton()
        for word in _GATE_WORDS:
            automaton.add_word(word, word)
        automaton.make_automaton()
        _automaton = automaton
    return _automaton


@lru_cache(maxsize=256)  # a clause is tested by a hundred patterns
def words_in(text: str) -> frozenset[str]:
    """The registered gate words standing in folded(text), overlapping ones included ("sign" and "signed")."""
    low = folded(text)
    automaton = _automaton if _automaton is not None else _built()
    return frozenset(map(_SECOND, automaton.iter(low))) if low else frozenset()


@lru_cache(maxsize=256)  # as words_in: one scan, then a hundred tests of one "in" each
def sets_in(text: str) -> frozenset[int]:
    """The numbers (set_id) of the sets of words one of whose words stands in folded(text)."""
    return frozenset(chain.from_iterable(map(_SETS_OF.get, words_in(text), repeat(()))))


def present_sets(text: str) -> frozenset[int]:
    """sets_in(text), looked up through _last_sets as Hinted's tests look it up."""
    global _last_sets
    seen, present = _last_sets
    if seen is not text:
        _last_sets = (text, present := sets_in(text))
    return present


class InOrder:
    """A test of whether folded(text) holds a word of each set of words a pattern's every match holds, in the order the
    match holds them (required_sequence), each starting no sooner than the shortest word of the set before it can end:
    if not, the pattern matches nowhere in text. One search per set, each from the earliest start of the set before (so
    no order a match could have is missed); sets of single characters ("§", ",") stand in most texts and are left out.
    The searches are made on first use: most patterns of a long list are never tested in a run (import time)."""

    def __init__(self, pattern: re.Pattern, sequence: tuple[frozenset[str], ...] | None = None) -> None:
        self.pattern = pattern
        self._sequence = sequence  # required_sequence(pattern), when read already (else read on first use)
        self._steps: list[tuple[re.Pattern, int]] | None = None

    def holds(self, text: str) -> bool:
        """Whether text holds the words in order (True for a pattern that may match there)."""
        if self._steps is None:
            sequence = self._sequence if self._sequence is not None else required_sequence(self.pattern)
            self._steps = [(_any_word(words), min(map(len, words))) for words in sequence if max(map(len, words)) > 1]
        low, at = folded(text), 0
        for pattern, shortest in self._steps:
            found = pattern.search(low, at)
            if found is None:
                return False
            at = found.start() + shortest
        return True


@lru_cache(maxsize=None)  # rules share sets ("is", "was", "became", ...)
def _any_word(words: frozenset[str]) -> re.Pattern:
    """A search for any of words, as written."""
    return re.compile("|".join(map(re.escape, sorted(words))))


class Hinted:
    """A pattern every match of which holds one of its words: where none stands in the folded text, no search is
    needed. The test folds as re.IGNORECASE does (not as str.lower), so the results are exactly the pattern's.

    Besides the words given (or, with none given, the best set the pattern spells out: required_words), every other
    set of words of four letters or more the pattern itself spells out (required_sets) must stand in the text too:
    "\\bboth\\b.*\\bmembers?\\b" is not tried on a clause that holds "both" but no "member"."""

    def __init__(self, pattern: re.Pattern, *words: str) -> None:
        self.pattern = pattern
        self._fast = quick_start(pattern)  # the same matches, tried only where one may start
        self._opens = opening_words(pattern)  # where a match may start, in the folded text (see opened_search)
        self.words = words or required_words(pattern)
        sets = [register(self.words)] if self.words else []
        sets += [register(found) for found in required_sets(pattern, shortest=_SHORTEST)
                 if not sets or not sets[0] <= found]  # a set holding every given word adds nothing
        starts = openings(pattern)  # a match starts with one of them: where none stands, no place to try is looked for
        if sets and starts and min(map(len, starts)) >= _OPENING and not sets[0] <= starts and starts not in sets:
            sets.append(register(starts))
        self._gate, self._also = (sets[0], tuple(sets[1:])) if sets else (frozenset(), ())
        self._gate_id, self._also_ids = set_id(self._gate), tuple(map(set_id, self._also))  # the same tests by number
        if not sets:  # nothing every match holds could be told: the pattern always runs
            self.search, self.match, self.finditer = self._fast.search, self._fast.match, self._fast.finditer
            self.may_hold = lambda text: True

    def _passes(self, text: str) -> bool:
        """Whether the text (sets_in) holds one of the gate's words and one of each other set's."""
        global _last_sets
        seen, present = _last_sets
        if seen is not text:
            _last_sets = (text, present := sets_in(text))
        if self._gate_id not in present:
            return False
        for also in self._also_ids:
            if also not in present:
                return False
        return True

    def may_hold(self, text: str) -> bool:
        """Whether the words stand in text: if not, the pattern matches neither in it nor in any stretch of it."""
        return self._passes(text)

    # search, match and finditer repeat _passes' test inline (with the look at _last_sets): they run about 1.8 million
    # times per 1,500 documents, and the extra call would cost about 1 % of extraction. Their bounds are parameters with
    # defaults, not "*bounds": a call to a function taking "*args" is not specialised by the interpreter (it enters the
    # evaluation loop anew, about 200 instructions more a call). An endpos past the text's end is its end, as in re.
    def search(self, text: str, pos: int = 0, endpos: int = _END):
        """Like re.Pattern.search."""
        global _last_sets
        seen, present = _last_sets
        if seen is not text:
            _last_sets = (text, present := sets_in(text))
        if self._gate_id not in present:
            return None
        for also in self._also_ids:
            if also not in present:
                return None
        if self._opens is None:
            return self._fast.search(text, pos, endpos)
        return opened_search(self.pattern, self._opens, text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = _END):
        """Like re.Pattern.match."""
        global _last_sets
        seen, present = _last_sets
        if seen is not text:
            _last_sets = (text, present := sets_in(text))
        if self._gate_id not in present:
            return None
        for also in self._also_ids:
            if also not in present:
                return None
        return self._fast.match(text, pos, endpos)

    def finditer(self, text: str):
        """Like re.Pattern.finditer."""
        global _last_sets
        seen, present = _last_sets
        if seen is not text:
            _last_sets = (text, present := sets_in(text))
        if self._gate_id not in present:
            return _NO_MATCHES
        for also in self._also_ids:
            if also not in present:
                return _NO_MATCHES
        if self._opens is None:
            return self._fast.finditer(text)
        return iter(opened_finditer(self.pattern, self._opens, text))


def finder(pattern: re.Pattern) -> Callable[[str], list[re.Match] | Iterator[re.Match]]:
    """pattern.finditer, searched as opened_search searches where an opening of a match can be told (quick_start's
    pattern otherwise)."""
    opens = opening_words(pattern)
    if opens is None:
        return quick_start(pattern).finditer
    return lambda text: opened_finditer(pattern, opens, text)


def opened_finditer(pattern: re.Pattern, opens: re.Pattern, text: str) -> list[re.Match]:
    """pattern.finditer(text) as a list, each match searched by opened_search."""
    found, pos, end = [], 0, len(text)
    while (match := opened_search(pattern, opens, text, pos, end)) is not None:
        found.append(match)  # never empty (it holds its opening): the next one is searched from its end, as finditer does
        pos = match.end()
    return found


def opened_search(pattern: re.Pattern, opens: re.Pattern, text: str, pos: int, endpos: int) -> re.Match | None:
    """pattern.search(text, pos, endpos), tried only where opens (first_chars.opening_words(pattern)) finds an opening of
    a match in the folded text (a scan in C): a case-insensitive pattern is otherwise entered at every character of
    text, about 20 ns each. The match at the first such place that holds one is the search's (a match at a place sees
    the text before it, as a search does)."""
    global _last_folded
    seen, low = _last_folded
    if seen is not text:  # the searches of one clause come one after another: its folding is looked up once
        low = folded(text)
        low = low if len(low) == len(text) else None  # folded keeps the length; kept safe should that change
        _last_folded = (text, low)
    if low is None:  # pragma: no cover
        return pattern.search(text, pos, endpos)
    match, tries = pattern.match, _TRIES
    found = opens.search(low, pos, endpos)
    while found is not None:
        if (result := match(text, start := found.start(), endpos)) is not None:
            return result
        tries -= 1
        if not tries:  # an opening that stands often ("a", ","): the engine goes on by itself (no match starts before)
            return pattern.search(text, start + 1, endpos)
        found = opens.search(low, start + 1, endpos)
    return None


# The text opened_search last folded, and its folding (as _last_sets; None where the folding is not as long as the text).
_last_folded: tuple[str | None, str | None] = (None, "")
_NO_MATCHES = iter(())  # what a finditer that cannot match gives: an iterator spent already (shared, it stays spent)
_TRIES = 16  # the places opened_search tries one by one, each a call from Python, before the engine searches the rest


class Opened:
    """A pattern whose search and finditer run as opened_search's (match as the pattern's own), for patterns tried
    on clause texts without a word test in front. Where its openings are words of three letters or more, they are a
    word test of their own (one "in" on sets_in, as Hinted's): a text holding none is not scanned for them."""

    def __init__(self, pattern: re.Pattern) -> None:
        self.pattern = pattern
        self._opens = opening_words(pattern)
        fast = quick_start(pattern)  # the same matches, tried only where one may start
        self.match = fast.match
        if self._opens is None:
            self.search, self.finditer = fast.search, fast.finditer
        starts = openings(pattern)
        self._starts = set_id(register(starts)) if starts and min(map(len, starts)) >= _OPENING else None

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        """Like re.Pattern.search."""
        if self._starts is not None and self._starts not in present_sets(text):
            return None
        return opened_search(self.pattern, self._opens, text, pos, len(text) if endpos is None else endpos)

    def finditer(self, text: str) -> Iterator[re.Match]:
        """Like re.Pattern.finditer."""
        if self._starts is not None and self._starts not in present_sets(text):
            return _NO_MATCHES
        return iter(opened_finditer(self.pattern, self._opens, text))


class ByWords:
    """Items each behind words (frozensets of registered words): those whose words stand in a text, in their order,
    found from the words the text holds instead of by testing every item."""

    def __init__(self, gates) -> None:
        self._by_word: dict[str, list[int]] = {}
        for index, words in enumerate(gates):
            for word in words:
                self._by_word.setdefault(word, []).append(index)
        self._words = frozenset(self._by_word)
        self._last: tuple[frozenset[str] | None, list[int]] = (None, [])  # the last present asked about, and its answer

    def among(self, present: frozenset[str]) -> list[int]:
        """The indices of the items one of whose words is in present (words_in of a text), in order (read-only: the
        answer for the same present, asked again, as for each name of one clause, is the list given before)."""
        seen, found = self._last
        if seen is not present:
            found = sorted(set(chain.from_iterable(map(self._by_word.__getitem__, self._words & present))))  # in C
            self._last = (present, found)
        return found


class Alternation:
    """Patterns searched as their alternation "(?:p1)|(?:p2)|..." would be (one compiled with the same flags), each only
    where one of its words stands in the text: the match that starts first wins, the earlier part on a tie, exactly as
    in the alternation, but a clause is scanned by the few parts its words let run instead of by all of them at every
    character. Each part's words must stand (lower case) in every match of it, as for Hinted."""

    def __init__(self, parts, joined: re.Pattern | None = None) -> None:
        self.parts = [(pattern, register(words)) for pattern, words in parts]
        self._opens = [opening_words(pattern) for pattern, _ in self.parts]  # each part searched as Hinted searches
        self._index = ByWords([words for _, words in self.parts])
        self.joined = joined if joined is not None else re.compile(
            "|".join(f"(?:{pattern.pattern})" for pattern, _ in self.parts), self.parts[0][0].flags if self.parts else 0)

    def first(self, text: str, pos: int = 0, endpos: int | None = None) -> tuple[int, re.Match] | None:
        """The part that matches first in text[pos:endpos] (searched as re.Pattern.search is), and its match (the
        alternation's match: same span; the groups are the part's own)."""
        endpos = len(text) if endpos is None else endpos
        best = None
        for index in self._index.among(words_in(text)):  # the parts whose words stand in text, in order
            if (match := self._search(index, text, pos, endpos)) and (best is None or match.start() < best[1].start()):
                best = (index, match)
        return best

    def _search(self, index: int, text: str, pos: int, endpos: int) -> re.Match | None:
        """One part's search."""
        opens = self._opens[index]
        if opens is None:
            return self.parts[index][0].search(text, pos, endpos)
        return opened_search(self.parts[index][0], opens, text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        """Like re.Pattern.search."""
        found = self.first(text, pos, endpos)
        return found[1] if found else None

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        """Like re.Pattern.match: the first part, in order, that matches at pos is the alternation's match there."""
        endpos = len(text) if endpos is None else endpos
        for index in self._index.among(words_in(text)):  # a part none of whose words stands in text matches nowhere
            if (match := self.parts[index][0].match(text, pos, endpos)) is not None:
                return match
        return None

    def found(self, text: str, pos: int = 0, endpos: int | None = None) -> bool:
        """Whether the alternation matches in text[pos:endpos] (the first part that does answers)."""
        endpos = len(text) if endpos is None else endpos
        return any(self._search(index, text, pos, endpos) for index in self._index.among(words_in(text)))

    def finditer(self, text: str) -> list[re.Match]:
        """Like re.Pattern.finditer (a list)."""
        found, pos = [], 0
        while (first := self.first(text, pos)) is not None:
            match = first[1]
            if match.end() == match.start():  # an empty match: the alternation's own rules of moving on apply
                return list(self.joined.finditer(text))
            found.append(match)
            pos = match.end()
        return found
