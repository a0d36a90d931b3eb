"""The last resort for memberships: a sentence that names one bloc and lists three or more states, either calling
them a group of countries ("Brazil, Russia, India, China and South Africa, the BRICS countries, ...") or giving the
list no other role (no deal, no trade, no joining, no guests, no meeting at a summit, no body set up, not counted
apart as "four Andean countries"). It runs only where no other membership rule read the sentence
(memberships.find_memberships). Lists with a bloc among their items, of hopefuls, observers or partners, and the other
side of a preposition ("deals with L") are never read so."""

from __future__ import annotations

import re

from techpact.extract.facts import Mention, Span
from techpact.extract.membership_matches import NOT_MEMBER
from techpact.extract.membership_skeleton import sentence_skeleton
from techpact.ontology.reference import is_bloc

_GROUP = re.compile(r"\b(?:countries|nations|states|members|economies|governments)\b", re.I)
# words that make the list hopefuls, joiners or outsiders, whatever else the sentence says
_NEVER = re.compile(r"\b(?:ask\w*|keen|expected|plus|join\w*|accession|admi\w+|expan\w*|new\s+members?|remain\w*\s+suspended)\b",
                    re.I)
# words that give a list of states another role than membership, where no group noun says what the list is (joining
# words are _NEVER's, tried first)
_OTHER_ROLE = re.compile(
    r"\b(?:with|between|and\s+(?:its|their)\s+partners|signed|sign|agreements?|deals?|pacts?|memorand\w*|mous?|treat\w*"
    r"|includ\w+\s+new|guests?|attend\w*|visit\w*|sanction\w*"
    r"|against|except|excluding|outside|beyond|besides|other\s+than|such\s+as|like|from|set\s+up|launch\w*|creat\w*"
    r"|establish\w*|bank|fund|market\w*|trad\w*|export\w*|import\w*|met|meet\w*|summit|sidelines|talks)\b", re.I)
# countries counted apart from the bloc: "the summit drew leaders of 30 countries: L", "and several other nations"
_OTHERS_COUNTED = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|some|dozens?\s+of|other)\s+(?:other\s+)?"
    r"(?-i:[A-Z][\w-]+\s+)?(?:countries|nations|states)\b|\b(?-i:[A-Z]{2,})\+", re.I)  # a capitalised word: "Andean"
# a list that is the other side of something, even beside a group noun: "SCO countries signed deals with L"
_LIST_AS_OTHER_SIDE = re.compile(
    r"\b(?:with|between|against|towards?|than|except|excluding|besides|beyond|outside|from outside|non-\w+)\s*(?:the\s+)?$", re.I)
_MIN_LISTED = 3


def broad_members(span: Span, mentions: list[Mention], default_bloc: str | None) -> list[tuple[str, str]]:
    """Each listed state and the one bloc of a sentence that lists three or more states as that bloc's group."""
    blocs = {m.code for m in mentions if is_bloc(m.code) and span.start <= m.start < span.end}
    if len(blocs) != 1 or NOT_MEMBER.search(span.text) or _NEVER.search(span.text):
        return []
    skeleton = sentence_skeleton(span, mentions, default_bloc)
    if _OTHERS_COUNTED.search(skeleton.text):
        return []  # "the largest market of four Andean countries: L", "seven other OPEC+ countries"
    runs = [(index, list(dict.fromkeys(m.code for m in run))) for index, run in enumerate(skeleton.lists)]
    runs = [(index, run) for index, run in runs if len(run) >= _MIN_LISTED]
    if len(runs) != 1:
        return []
    index, states = runs[0]
    if any(is_bloc(code) for code in states):
        return []  # the bloc listed beside states ("The US, India and the EU signed"): a list of sides, no group
    at = skeleton.text.find(f"§L{index}§")
    if at < 0:
        return []  # a list of demonyms ("Russian, Chinese and Indian scientists"): people or firms, no group of states
    if _LIST_AS_OTHER_SIDE.search(skeleton.text[:at]):
        return []
    if not _GROUP.search(skeleton.text) and _OTHER_ROLE.search(span.text):  # the skeleton: not "the United States"
        return []  # the list is given another role, and nothing calls it the bloc's group
    bloc = next(iter(blocs))
    return [(state, bloc) for state in states]
