"""Members named through their officials, each with the state in brackets: "the foreign ministers of the Mercosur
countries, Pablo Quirno (Argentina), Mauro Vieira (Brazil) and ...", "three of the four presidents of the countries that
make up Mercosur: Javier Milei (Argentina), Santiago Pena (Paraguay) and ...". Never officials of the bloc's partners or
guests, nor of countries no bloc is said to group."""

from __future__ import annotations

import re

from techpact.extract.facts import Mention, Span
from techpact.extract.gates import Hinted
from techpact.extract.membership_skeleton import sentence_skeleton
from techpact.ontology.reference import is_bloc

_I = re.IGNORECASE
_OFFICIALS = (r"(?:(?:foreign|trade|finance|economy|defen[cs]e|digital|energy)\s+)?(?:ministers|presidents|prime ministers|leaders"
              r"|heads of (?:state|government)(?: and government)?|envoys|representatives|delegates|ambassadors)")
# "the foreign ministers of the Mercosur countries,", "the leaders of the bloc's member states:", "three of the four
# presidents of the countries that make up Mercosur:".
_HEAD = re.compile(r"\b(?:[\w-]+\s+){0,4}?" + _OFFICIALS + r"\s+of\s+(?:the\s+)?(?:(?:§B(?P<b>\d+)§|(?P<word>bloc|group|grouping))"
                   r"(?:['’]s)?[\s-]+(?:member[\s-]+)?(?:countries|states|nations)|(?:member\s+)?(?:countries|states|nations)"
                   r"\s+(?:that|which)\s+(?:make up|form|comprise)\s+(?:the\s+)?§B(?P<b2>\d+)§)\s*[,:—–]\s*", _I)
# One official and the state in brackets: "Pablo Quirno (§L0§)", "Santiago Pena (§L1§, which holds the presidency)".
_ONE = re.compile(r"(?-i:[A-Z])[^,()§¶;:.]{1,40}?\s*\(\s*§L(?P<l>\d+)§[^()]{0,80}\)")
_BETWEEN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
_CUE = Hinted(re.compile(_OFFICIALS + r"\s+of\b", _I), "minister", "president", "leader", "head", "envoy", "representative",
              "delegate", "ambassador")


def may_name_officials(sentence: str) -> bool:
    """Whether a sentence may name a bloc's members through their officials with bracketed states (most do not)."""
    return "(" in sentence and _CUE.search(sentence) is not None


def members_by_officials(span: Span, mentions: list[Mention], default_bloc: str | None) -> list[tuple[str, str]]:
    """(state, bloc) for each state in brackets after an official of "the <bloc> countries" the sentence names."""
    skeleton = sentence_skeleton(span, mentions, default_bloc)
    found = []
    for head in _HEAD.finditer(skeleton.text):
        index = head.group("b") or head.group("b2")
        bloc = skeleton.blocs[int(index)] if index is not None else default_bloc
        if bloc is None:
            continue
        at, runs = head.end(), []
        while one := _ONE.match(skeleton.text, at):
            runs.append(int(one.group("l")))
            between = _BETWEEN.match(skeleton.text, one.end())
            if between is None:
                break
            at = between.end()
        if len(runs) >= 2:  # one bracket is an aside, not a roll of members
            found += [(m.code, bloc) for run in runs for m in skeleton.lists[run] if not is_bloc(m.code)]
    return found
