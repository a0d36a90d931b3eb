"""The words a pattern's every match holds, read off the pattern itself: gate words (gates.py) for patterns no one wrote
words for. A match holds, in order, what each piece of the pattern matched; a run of letters the pattern spells out is
in every match (lower-cased, as gates.folded reads text: an ASCII letter matched case-insensitively is that letter in
folded text), and so is one of the words of each branch of an alternation every match goes through, or of a group
repeated at least once. Of the sets found, the one whose shortest word is longest is the gate."""

from __future__ import annotations

try:  # the regular expression parser of the standard library (sre_parse before Python 3.11)
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

import re

_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT} | ({_c.POSSESSIVE_REPEAT} if hasattr(_c, "POSSESSIVE_REPEAT") else set())


def required_words(pattern: re.Pattern, avoid: str = "") -> tuple[str, ...]:
    """Lower-case words one of which stands in every match of pattern; () when none can be told. Words holding a
    character of avoid are not chosen (placeholders every text of a kind holds)."""
    found = _sequence(_p.parse(pattern.pattern, pattern.flags).data, avoid)
    return tuple(sorted(found)) if found else ()


def _spelt(char: int) -> bool:
    """Whether a character the pattern spells stands as itself in folded text: an ASCII one (lower-cased), or one
    without case (a dash, a section sign)."""
    return char < 128 or chr(char).lower() == chr(char) == chr(char).upper() == chr(char).casefold()


def _better(best: frozenset[str] | None, other: frozenset[str] | None, avoid: str = "") -> frozenset[str] | None:
    if not other or "" in other or any(char in word for word in other for char in avoid):
        return best
    if best is None or (min(map(len, other)), -len(other)) > (min(map(len, best)), -len(best)):
        return other
    return best


def _sequence(items, avoid: str) -> frozenset[str] | None:
    """The best set of words for a sequence of pieces (None: no word every match holds)."""
    best: frozenset[str] | None = None
    run = ""
    for op, av in items:
        if op is _c.LITERAL and _spelt(av):
            run += chr(av).lower()
            continue
        if op is _c.AT:
            continue  # matches no character: the letters around it stand side by side
        best, run = _better(best, frozenset([run]) if run else None, avoid), ""
        if op is _c.SUBPATTERN:
            best = _better(best, _sequence(av[3], avoid), avoid)
        elif op is _c.ATOMIC_GROUP:
            best = _better(best, _sequence(av, avoid), avoid)
        elif op is _c.BRANCH:
            branches = [_sequence(branch, avoid) for branch in av[1]]
            if all(branches):
                best = _better(best, frozenset().union(*branches), avoid)
        elif op in _REPEATS and av[0] >= 1:
            best = _better(best, _sequence(av[2], avoid), avoid)
    return _better(best, frozenset([run]) if run else None, avoid)
