"""What a membership rule is (membership_rules.py, membership_makeup_rules.py): a named pattern over a sentence's
skeleton, whether its list names the participants of the bloc's act, and the words that gate it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from techpact.extract.membership_patterns import BLOC
from techpact.extract.membership_words import RULE_WORDS


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern
    participants: bool  # the list names those who take part in the bloc's act (apposition, subject)
    needs_bloc: bool    # the pattern names the bloc, so a sentence without one cannot match
    words: tuple[str, ...] = ()  # one of these stands (lower-case) in every match: without them the rule is not run


def rule(name: str, pattern: str, participants: bool = False, needs_bloc: bool | None = None) -> Rule:
    """A rule named `name` over `pattern` (case-insensitive); it needs a bloc when the pattern names one."""
    return Rule(name, re.compile(pattern, re.IGNORECASE), participants, BLOC in pattern if needs_bloc is None else needs_bloc,
                RULE_WORDS.get(name, ()))
