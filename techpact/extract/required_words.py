"""The words a pattern's every match holds, read off the pattern itself: gate words (gates.py) for patterns no one wrote
words for. A match holds, in order, what each piece of the pattern matched; a run of letters the pattern spells out is
in every match (lower-cased, as gates.folded reads text: an ASCII letter matched case-insensitively is that letter in
folded text), and so is one of the words of each branch of an alternation every match goes through, or of a group
repeated at least once. Of the sets found, the one whose shortest word is longest is the gate."""

from __future__ import annotations

try:  # the regular expression parser's constants (sre_constants before Python 3.11)
    from re import _constants as _c
except ImportError:  # pragma: no cover
    import sre_constants as _c  # type: ignore[no-redef]

import re

from techpact.extract.first_chars import parsed

_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT} | ({_c.POSSESSIVE_REPEAT} if hasattr(_c, "POSSESSIVE_REPEAT") else set())


def required_words(pattern: re.Pattern, avoid: str = "") -> tuple[str, ...]:
    """Lower-case words one of which stands in every match of pattern; () when none can be told. Words holding a
    character of avoid are not chosen (placeholders every text of a kind holds)."""
    best = _best(required_sets(pattern, avoid))
    return tuple(sorted(best)) if best else ()


def required_sets(pattern: re.Pattern, avoid: str = "", shortest: int = 1) -> list[frozenset[str]]:
    """Every set of words the pattern's matches hold one of (each piece every match goes through gives its own), of
    those whose words all have at least shortest characters (short words stand in most texts: a gate of little use
    that makes every text's look-up longer)."""
    return [words for words in _sets(parsed(pattern).data, avoid) if min(map(len, words)) >= shortest]


def required_sequence(pattern: re.Pattern) -> tuple[frozenset[str], ...]:
    """The sets of words every match holds one of, in the order the match holds them (each piece's words lie in what
    that piece matched, and the pieces follow one another): "§L0§, a member of §B0§, is expected to ..." holds
    "member" and "is", but not in the order of "§L(?P<l>\\d+)§ (?:is|was|...) ... member ... §B(?P<b>\\d+)§"."""
    return tuple(_sets(parsed(pattern).data, ""))


def _spelt(char: int) -> bool:
    """Whether a character the pattern spells stands as itself in folded text: an ASCII one (lower-cased), or one
    without case (a dash, a section sign)."""
    return char < 128 or chr(char).lower() == chr(char) == chr(char).upper() == chr(char).casefold()


def _best(sets: list[frozenset[str]]) -> frozenset[str] | None:
    """The set whose shortest word is longest (the fewest words on a tie): the likeliest to be missing from a text."""
    return max(sets, key=lambda words: (min(map(len, words)), -len(words)), default=None)


def _sets(items, avoid: str) -> list[frozenset[str]]:
    """The sets of words every match of a sequence of pieces holds one of."""
    found: list[frozenset[str]] = []
    run = ""
    for op, av in items:
        if op is _c.LITERAL and _spelt(av):
            run += chr(av).lower()
            continue
        if op is _c.AT:
            continue  # matches no character: the letters around it stand side by side
        if run:
            found.append(frozenset([run]))
            run = ""
        if op is _c.SUBPATTERN:
            found += _sets(av[3], avoid)
        elif op is _c.ATOMIC_GROUP:
            found += _sets(av, avoid)
        elif op is _c.BRANCH:
            branches = [_best(_sets(branch, avoid)) for branch in av[1]]
            if all(branches):
                found.append(frozenset().union(*branches))
        elif op in _REPEATS and av[0] >= 1:
            found += _sets(av[2], avoid)
    if run:
        found.append(frozenset([run]))
    return [words for words in found if "" not in words and not any(char in word for word in words for char in avoid)]
