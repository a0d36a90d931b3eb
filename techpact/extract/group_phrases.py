"""Phrases that stand for the group of actors last named together: "the two countries", "both sides", and the same
with the words news puts between the count and the noun ("the four Indo-Pacific nations", "the two Central Asian
neighbours", "both member states") or other nouns it uses for states ("the two allies", "the three democracies"),
and "the two" or "both" alone before a verb ("The two also inked ...") (extraction rules, ours)."""

from __future__ import annotations

import re

from techpact.extract.gates import Hinted

_COUNT = r"(?:the two|both|the three|all three|the four|all four|the five|all five)"
# Between the count and the noun: up to two capitalised words ("Indo-Pacific", "Central Asian", "BRICS") or words that
# say what kind of states they are; never "other" ("the two other countries" are not the pair just named).
_DESCRIBED = (r"(?: (?:(?-i:[A-Z][\w-]*)|neighbou?ring|member|partner|participating|signatory|founding|allied|friendly"
              r"|major|key|regional|southern|northern|eastern|western|island|coastal|landlocked|nuclear-armed))"
              r"{0,2}")
_NOUN = (r"(?:countries|nations|sides|states|governments|parties|leaders|ministries|neighbou?rs|partners|capitals"
         r"|allies|democracies|economies|powers|republics|members)")
COUNTED_GROUP = rf"\b{_COUNT}{_DESCRIBED} {_NOUN}\b"
POSSESSIVE_GROUP = r"\b(?:their|our) (?:two )?(?:countries|nations|governments)\b"
# "the two" or "both" with no noun, as the subject of a verb: "The two also inked a memorandum", "both agreed to ..."
BARE_PAIR = (r"\b(?:the two|both)(?= (?:(?:also|then|later|jointly|formally|officially|have|had|will|would)\s+)?"
             r"(?!hundred\b)(?-i:[a-z]{2,}ed|struck|set|held|made|took|met|won|began|sought)\b)")

# The words of a count or a possessive, one of which every group phrase holds (most clauses hold none).
_GROUP_WORDS = ("the two", "both", "the three", "all three", "the four", "all four", "the five", "all five", "their", "our")
GROUP_PHRASE = Hinted(re.compile(rf"{COUNTED_GROUP}|{POSSESSIVE_GROUP}|{BARE_PAIR}", re.IGNORECASE), *_GROUP_WORDS)
BOTH_PARTIES = re.compile(
    rf"{COUNTED_GROUP}|\bthe (?:sides|parties)\b(?!\s+(?:to|of|in)\b)|{POSSESSIVE_GROUP}|{BARE_PAIR}|\bbilateral(?:ly)?\b|\beach other\b", re.IGNORECASE)
