"""The construction that names members by a count of states named just before: "Both countries are members of the
SCO", "The five countries, which make up the BRICS group, ..." (read by memberships.antecedent_memberships)."""

from __future__ import annotations

import re

from techpact.extract.membership_patterns import BEFORE_BLOC as _THE
from techpact.extract.membership_patterns import BLOC as _B

_I = re.IGNORECASE

# "Both countries are members of the SCO", "the two sides, both BRICS members,", "The five countries, which make up the
# BRICS group, ...", "The neighbours, which both belong to the SCO": states named just before.
_GROUP_NOUN = r"(?:countries|nations|states|sides|neighbou?rs|governments|economies|democracies|powers)"
_COUNT = r"(?P<n>three|four|five|six|seven|eight|nine|ten)"
ANTECEDENT_RULE = re.compile(
    r"\b(?:(?P<two>both|the two)(?:(?:\s+[\w-]+){0,2}?\s+" + _GROUP_NOUN + r")?"
    r"|(?:they|the\s+" + _GROUP_NOUN + r")\s+(?=(?:are|were)\s+both\b)(?P<two2>)"
    r"|(?:they|the\s+(?:[\w-]+\s+)?" + _GROUP_NOUN + r")\s*,\s*(?:which|who)\s+(?=both\s)(?P<two3>)"
    r"|(?:all|the)\s+" + _COUNT + r"(?:\s+(?:[\w-]+\s+)?" + _GROUP_NOUN + r")?)\s*,?\s*(?:(?:which|who|that)\s+)?(?:(?:are|were|remain"
    r"|have been)\s+(?:also\s+|both\s+|all\s+)?(?:(?:among\s+the\s+)?(?:founding\s+|full\s+|fellow\s+)?members?\s+(?:of|in)\s+" + _THE + _B
    + r"|(?:an?\s+)?§B(?P<b2>\d+)§[\s-]+(?:members|member states|member countries|member nations))|(?:both|all)\s+(?:§B(?P<b3>\d+)§"
    r"[\s-]+members|members\s+of\s+" + _THE + r"§B(?P<b4>\d+)§)"
    # "which make up the BRICS group", "which both belong to the SCO and the CIS", "together form the Quad",
    # "The four nations, collectively known as the Quad, ...", "the four democracies, which are known as the Quad".
    r"|(?:together\s+|jointly\s+|collectively\s+|also\s+|both\s+|all\s+|currently\s+|now\s+|still\s+)*(?:make up|made up|form|formed|comprise|founded|co-founded|belong to"
    r"|(?:(?:are|were)\s+(?:together\s+|jointly\s+|collectively\s+|also\s+)*)?(?:known as|called|dubbed)"
    r"|belonged to|(?:are|were) (?:all |both )?part of)\s+" + _THE + r"§B(?P<b5>\d+)§(?![’'])(?!\s+(?:summit|meeting|bank|fund)\b))"
    # "The two African Union members also agreed", "the five union members agreed": the counted members named before.
    r"|\b(?:the|all)\s+(?P<n2>two|three|four|five|six|seven|eight|nine|ten)\s+(?:§B(?P<b6>\d+)§|(?P<ref>bloc|union|group|alliance"
    r"|council))[\s-]+(?:members|member states|member countries|member nations)\b", _I)
# How many states each count word stands for.
COUNTS = {"both": 2, "the two": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
