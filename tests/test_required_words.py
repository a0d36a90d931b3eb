"""The words read off a pattern (required_words) stand in every match of it: what gates a rule no one wrote words for."""

from __future__ import annotations

import re

import pytest

from techpact.extract import cues, status
from techpact.extract.gates import InOrder, folded
from techpact.extract.gazetteer import gazetteer
from techpact.extract.membership_rules import RULES
from techpact.extract.memberships import _RULE_ALSO, RULE_GATES, passage_bloc, sentence_skeleton
from techpact.extract.required_words import required_sequence, required_sets, required_words
from techpact.extract.sentences import split_sentences

from .test_alternation_gates import _sentences


@pytest.mark.parametrize("pattern, flags, words", [
    (r"\bab(?:cd|ef)+\s*x", re.I, ("ab",)),
    (r"\b(?:will|would)\s+SIGN(?:ed)?", re.I, ("sign",)),
    (r"foo|bar", 0, ("bar", "foo")),
    (r"(?:a|b)c", 0, ("c",)),
    (r"x?|y", 0, ()),
    (r"§B(?P<b>\d+)§\s+of\s+(?:the\s+)?§L(?P<l>\d+)§", re.I, ("of",)),
    (r"(?:known as|called)\s+§B\d+§", re.I, ("called", "known as")),
    (r"(?:member|ally)?\s*§L\d+§\s*\(", 0, ("(",)),
    (r"Straße|STRASSE", re.I, ("tra", "trasse")),  # "ß" (case beyond ASCII) is not read off; "S" is shared
])
def test_required_words_are_read_off_literals_branches_and_repeats(pattern, flags, words):
    assert required_words(re.compile(pattern, flags), avoid="§¶") == words


@pytest.mark.parametrize("pattern, flags, sequence", [
    (r"\bab(?:cd|ef)+\s*x", re.I, [{"ab"}, {"cd", "ef"}, {"x"}]),
    (r"§L(?P<l>\d+)§\s+(?:is|was)\s+an?\s+member\s+of\s+§B(?P<b>\d+)§", re.I,
     [{"§l"}, {"§"}, {"is", "was"}, {"a"}, {"member"}, {"of"}, {"§b"}, {"§"}]),
    (r"x?(?:yy|zz)(?=w)", 0, [{"yy", "zz"}]),  # what is optional or only looked at is not held
])
def test_required_sequence_is_read_off_in_the_order_of_the_pieces(pattern, flags, sequence):
    assert list(required_sequence(re.compile(pattern, flags))) == sequence


def test_in_order_turns_away_texts_holding_the_words_out_of_order_only():
    rule = InOrder(re.compile(r"§L(?P<l>\d+)§\s+(?:is|was|became)\s+an?\s+member\s+of\s+§B(?P<b>\d+)§", re.I))
    assert rule.holds("§L0§ IS a member of §B0§")
    assert rule.holds("§L0§ and §L1§: this was a founding member state of §B0§")  # words in order, no match: still tried
    assert not rule.holds("§L0§, a member of §B0§, is expected to consider a similar arrangement")
    assert not rule.holds("§B0§ is a bloc; its member §L0§ was there")
    assert InOrder(re.compile(r"abcdef|cd")).holds("xcd")  # the earliest start of any word of a set, not its longest


def _skeleton_texts() -> list[str]:
    found = []
    for text in _sentences():
        mentions = gazetteer().find_actors(text)
        bloc = passage_bloc(mentions)
        for span in split_sentences(text):
            inside = [m for m in mentions if span.start <= m.start < span.end]
            found.append(sentence_skeleton(span, inside, bloc).text)
            found.append(sentence_skeleton(span, inside, bloc, plain=True).text)
    return found


def test_membership_rule_gates_and_spelt_out_words_stand_in_every_match_over_the_skeletons_of_every_sentence():
    checked = 0
    for text in _skeleton_texts():
        for rule, words, also in zip(RULES, RULE_GATES, _RULE_ALSO, strict=True):
            for match in rule.pattern.finditer(text):
                for needed in (words, *also):  # its gate, and every other set its pattern spells out
                    assert any(word in folded(match.group()) for word in needed), (rule.name, needed, text)
                checked += 1
    assert checked > 100


def test_membership_rules_in_order_holds_over_the_skeletons_of_every_sentence_a_rule_matches():
    checked = 0
    for text in _skeleton_texts():
        for rule in RULES:
            if rule.pattern.search(text):
                assert InOrder(rule.pattern).holds(text), (rule.name, text)
                checked += 1
    assert checked > 100


def test_words_read_off_status_and_kind_patterns_stand_in_every_match():
    patterns = [(rule.pattern, required_sets(rule.pattern)) for rule in status._RULES]
    patterns += [(pattern, required_sets(pattern)) for _, pattern in cues.KIND_CUES]
    checked = 0
    for text in _sentences():
        for pattern, sets in patterns:
            for match in pattern.finditer(text):
                assert sets and all(any(word in folded(match.group()) for word in words) for words in sets), (
                    pattern.pattern[:80], sets, text)
                checked += 1
    assert checked > 500
