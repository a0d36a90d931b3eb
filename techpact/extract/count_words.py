"""Count words from two to ninety-nine as news spells them ("seventeen", "twenty-seven", "twenty seven"), for the
rules that compare a counted noun with the states a list names ("seventeen Member States have signed the
Declaration: L", "all twenty-seven member states")."""

from __future__ import annotations

_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def _spelled() -> dict[str, int]:
    words = {word: value for value, word in enumerate(_UNITS, 1) if value > 1}
    words.update({word: value for value, word in enumerate(_TEENS, 10)})
    for tens, ten in enumerate(_TENS, 2):
        words[ten] = tens * 10
        for unit, one in enumerate(_UNITS, 1):
            words[f"{ten}-{one}"] = words[f"{ten} {one}"] = tens * 10 + unit
    return words


# Longest first, so that a pattern joining them with "|" reads "twenty-seven" before "twenty".
COUNT_WORDS: dict[str, int] = dict(sorted(_spelled().items(), key=lambda item: -len(item[0])))
# The same words as one pattern, factored so that a search tries few alternatives at each word (a plain "|" join of the
# 170 words is ten times slower on sentences that hold none); every match is a key of COUNT_WORDS, lower-cased.
COUNT_PATTERN = (r"(?=tw|th|fo|fi|si|se|ei|ni|te|el)(?:(?:" + "|".join(_TENS) + r")(?:[-\s](?:" + "|".join(_UNITS) + r")\b)?"
                 r"|" + "|".join(_TEENS[3:]) + r"|" + "|".join(_UNITS[1:]) + r"|" + "|".join(_TEENS[:3]) + r")")
