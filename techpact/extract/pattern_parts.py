"""Pieces of patterns and literal tests that stand in front of them: a pattern's top-level branches, each searched
behind its own words (gates.Alternation, membership_plain; worded_branches reads the words off each), and a one-pass
test for any of several words."""

from __future__ import annotations

import re
from collections.abc import Callable

import ahocorasick

from techpact.extract.required_words import required_words


def branches(pattern: re.Pattern) -> list[re.Pattern]:
    """The top-level branches of a pattern "a|b|c", each compiled with the pattern's flags."""
    found, depth, start, escaped, in_class = [], 0, 0, False, False
    source = pattern.pattern
    if "[]" in source or "[^]" in source:  # a class opening on "]": not split (one branch)
        return [pattern]
    for index, char in enumerate(source):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            found.append(source[start:index])
            start = index + 1
    found.append(source[start:])
    if depth or "|".join(found) != source:
        return [pattern]  # not read as written: one branch
    return [re.compile(branch, pattern.flags) for branch in found]


def worded_branches(pattern: re.Pattern) -> list[tuple[re.Pattern, tuple[str, ...]]]:
    """The top-level branches of a pattern, each with the words one of which every match of it holds (required_words),
    for gates.Alternation: matched after a name ("the Paris Agreement", "the Panama Canal"), a clause is tried only
    with the one or two branches whose words it holds. Every branch must spell some out (a branch behind no words
    would never be tried)."""
    found = [(branch, required_words(branch)) for branch in branches(pattern)]
    if not all(words for _, words in found):
        raise ValueError(f"a branch of {pattern.pattern[:40]!r}... spells out no word every match of it holds")
    return found


def any_of(words) -> Callable[[str], bool]:
    """A test of whether any of words stands in a text (as written: case counts), in one Aho-Corasick pass."""
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, word)
    automaton.make_automaton()
    return lambda text: next(automaton.iter(text), None) is not None
