"""The characters a pattern's every match starts with, read off the pattern itself, and the same pattern with a test of
them in front ("(?=[0-9abd...])"): the regular expression engine tries a pattern of many branches ("\\b(?:in|during|
January|...)") at every word, but the one test fails at most of them at once. The matches are the pattern's own: the
test only turns away positions where no match can start."""

from __future__ import annotations

import re
from functools import lru_cache

from techpact.errors import TechpactError

try:  # the regular expression parser of the standard library (sre_parse before Python 3.11)
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT} | ({_c.POSSESSIVE_REPEAT} if hasattr(_c, "POSSESSIVE_REPEAT") else set())
_CATEGORIES = {_c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_SPACE: r"\s"}  # \w, \W, \D, \S: too wide to be worth a test


@lru_cache(maxsize=16)  # a pattern is read by several tests in a row (quick_start, opening_words, required_words)
def parsed(pattern: re.Pattern):
    """The standard library parser's reading of pattern (with its flags); read it, never change it."""
    return _p.parse(pattern.pattern, pattern.flags)


class _Wide(TechpactError):
    """A piece that may start with (almost) any character: no test is worth making."""


def _class_items(items) -> list[str]:
    """The members of a character class, as class text; _Wide for a negated or wide class."""
    found = []
    for op, av in items:
        if op is _c.LITERAL:
            found.append(re.escape(chr(av)))
        elif op is _c.RANGE:
            found.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is _c.CATEGORY and av in _CATEGORIES:
            found.append(_CATEGORIES[av])
        else:
            raise _Wide
    return found


def _first(items, out: list[str]) -> bool:
    """Add to out the characters a match of the sequence items may start with; whether it may match nothing at all."""
    for op, av in items:
        if op is _c.LITERAL:
            out.append(re.escape(chr(av)))
            return False
        if op is _c.IN:
            out.extend(_class_items(av))
            return False
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # matches no character: the next piece's first one is the match's
        if op is _c.SUBPATTERN:
            if av[1] & re.IGNORECASE:
                raise _Wide  # "(?i:...)" in a case-sensitive pattern: its letters would need both cases
            if not _first(av[3], out):
                return False
        elif op is _c.ATOMIC_GROUP:
            if not _first(av, out):
                return False
        elif op is _c.BRANCH:
            empty = False
            for branch in av[1]:
                empty = _first(branch, out) or empty
            if not empty:
                return False
        elif op in _REPEATS:
            if not _first(av[2], out) and av[0] >= 1:
                return False
        else:
            raise _Wide  # any character, a negated literal, a back-reference, a conditional
    return True


def _engine_skips(items, flags: int) -> bool:
    """Whether the engine itself already skips to where a match may start: a pattern opening with a literal or a class
    (or a group of them, or branches that each open with a caseless literal) is scanned for it in C, faster than a test."""
    while items and items[0][0] is _c.SUBPATTERN:
        items = items[0][1][3]
    if not items:
        return False
    op, av = items[0]
    if op in (_c.LITERAL, _c.IN):
        return True
    if op is _c.BRANCH:
        return all(branch and branch[0][0] is _c.LITERAL and not (flags & re.IGNORECASE and chr(branch[0][1]).lower()
                                                                  != chr(branch[0][1]).upper()) for branch in av[1])
    return False


def start_class(pattern: re.Pattern) -> str | None:
    """A character class ("[0-9abd]") holding the first character of every match of pattern (read with its flags),
    or None when none can be told (a match may be empty, or start with almost anything) or none is needed."""
    if pattern.pattern.startswith("(?") and re.match(r"\(\?[aiLmsux]+\)", pattern.pattern):
        return None  # global flags written in the pattern: left as they are
    out: list[str] = []
    try:
        read = parsed(pattern)
        if _engine_skips(read.data, pattern.flags) or _first(read.data, out):
            return None
    except _Wide:
        return None
    return "[" + "".join(dict.fromkeys(out)) + "]"


def quick_start(pattern: re.Pattern) -> re.Pattern:
    """pattern with a test of its first character in front (the same matches), or pattern itself when none helps."""
    chars = start_class(pattern)
    if chars is None:
        return pattern
    return re.compile(f"(?={chars})(?:{pattern.pattern})", pattern.flags)


_LONGEST = 12  # a longer opening is no rarer in text: the scan stops there
_MOST = 256  # openings of a pattern of many branches: past that many, the ones found so far are kept short


def _openings(items, found: set[str]) -> tuple[set[str], bool]:
    """found, each extended by what a match of the sequence items must start with (ASCII literals, lower case); and
    whether every item was read (so that what follows items extends them further)."""
    for index, (op, av) in enumerate(items):
        if op is _c.LITERAL:
            if av > 127:
                return found, False  # a cased letter beyond ASCII may fold as its own: not read
            found = {word + chr(av).lower() for word in found}
        elif op is _c.AT:  # matches no character; "\b" before the first one is marked ("\0": see opening_words)
            found = {word or _BOUNDARY for word in found} if av is _c.AT_BOUNDARY else found
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            continue  # matches no character
        elif op is _c.SUBPATTERN or op is _c.ATOMIC_GROUP:
            found, whole = _openings(av[3] if op is _c.SUBPATTERN else av, found)
            if not whole:
                return found, False
        elif op is _c.BRANCH:
            ways, whole = set(), True
            for branch in av[1]:
                more, complete = _openings(branch, found)
                ways |= more
                whole = whole and complete
            if len(ways) > _MOST:
                return found, False
            found = ways
            if not whole:
                return found, False
        elif op in _REPEATS:  # its first time only; or, where it may be left out, what follows it
            ways = _openings(av[2], found)[0] | (_openings(items[index + 1:], found)[0] if av[0] == 0 else set())
            return (ways if len(ways) <= _MOST else found), False
        else:
            return found, False
        if max(map(len, found)) >= _LONGEST:
            return found, False
    return found, True


def opening_words(pattern: re.Pattern) -> re.Pattern | None:
    """A case-sensitive search for what every match of pattern starts with, in lower case ("cooperat|work|join"): in
    gates.folded(text) it finds every place a match of pattern may start in text (the same offsets: folded keeps a
    text's length, and folds every character re.IGNORECASE matches with an ASCII letter to that letter); the engine
    scans for it in C. None where no opening of one character or more can be told."""
    read = _opening_set(pattern)
    return None if read is None else re.compile(_trie(*read))


def openings(pattern: re.Pattern) -> frozenset[str] | None:
    """What every match of pattern starts with, in lower case, as opening_words searches for it (none the start of
    another): one of them stands in gates.folded(text) wherever pattern matches in text. None where none can be told."""
    read = _opening_set(pattern)
    return None if read is None else frozenset(read[0])


@lru_cache(maxsize=16)  # read by opening_words and openings in a row
def _opening_set(pattern: re.Pattern) -> tuple[set[str], bool] | None:
    """The openings of pattern (none the start of another), and whether each counts at the start of a word only."""
    try:
        found, _ = _openings(parsed(pattern).data, {""})
    except Exception:  # pragma: no cover  (a pattern the parser of this Python reads otherwise)
        return None
    # where every match opens on a word after "\b", an opening counts at the start of a word only: folded keeps each
    # character a word character or not (so "\b" stands where it does in text), but not with re.ASCII ("K" -> "k")
    bounded = all(word.startswith(_BOUNDARY) and word[1:2].isascii() and (word[1:2].isalnum() or word[1:2] == "_")
                  for word in found) and not pattern.flags & re.ASCII
    found = {word.lstrip(_BOUNDARY) for word in found}
    if "" in found:
        return None
    return {word for word in found if not any(word[:end] in found for end in range(1, len(word)))}, bounded


_BOUNDARY = "\0"  # in _openings' words: "\b" stood before their first character


_SHORT = 4  # the longest word bounded is told to start a word: longer ones rarely stand inside another


def _trie(words: set[str], bounded: bool = False, depth: int = 0) -> str:
    """An alternation of words (none the start of another) with their common starts written once: the engine then
    tries one branch per character instead of every word. bounded: short words only where no word character stands
    before them (the test written after the word, "at(?<!\\w.{2})", so that the engine still scans for it in C)."""
    by_first: dict[str, set[str]] = {}
    for word in words:
        by_first.setdefault(word[:1], set()).add(word[1:])
    branches = [re.escape(first) + (_trie(rest, bounded, depth + 1) if rest != {""} else rf"(?<!\w.{{{depth + 1}}})"
                                    if bounded and depth < _SHORT else "") for first, rest in sorted(by_first.items())]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
