"""Gates put in front of patterns for speed answer as the patterns alone do (sentences written for this test)."""

from __future__ import annotations

import itertools

import pytest

from techpact.extract import cues, membership_plain, offices
from techpact.extract.membership_plain import ADVERB, reads_plainer

_SENTENCES = [
    "They signed a memorandum on Tuesday.",
    "At the end of the talks, the leaders adopted a joint statement.",
    "In a joint statement, the ministers described the deal as historic.",
    "The two countries also agreed to set up a working group.",
    "Both sides stressed that their two nations would cooperate.",
    "The two inked a deal on chips last year.",
    "Indonesia has now officially joined BRICS.",
    "Egypt in January became a member of the bloc.",
    "Iran was admitted to the group at a summit in Kazan two years ago.",
    "Ethiopia joined after years of talks, the ministry said in early 2024.",
    "The Ministry of Digital Development and the central bank will host the forum.",
    "Kenya's defence minister met the Indian attaché.",
    "Markets closed slightly higher on the day.",
    "The welcome dinner came as the deal was signed.",
]


def _texts() -> list[str]:
    return _SENTENCES + [" ".join(pair) for pair in itertools.permutations(_SENTENCES[:7], 2)]


def test_speed_gates_they_and_group_phrases_match_as_their_patterns_do() -> None:
    for text in _texts():
        for gated in (cues.THEY, cues.GROUP_PHRASE):
            found, plain = gated.match(text), gated.pattern.match(text)
            assert (found and found.span()) == (plain and plain.span())
            found, plain = gated.search(text), gated.pattern.search(text)
            assert (found and found.span()) == (plain and plain.span())


def test_speed_gates_reads_plainer_answers_as_the_whole_adverb_pattern() -> None:
    for text in _texts():
        whole = bool(ADVERB.may_hold(text) and ADVERB.pattern.search(text))
        if ADVERB.may_hold(text):
            assert any(part.search(text) for part in membership_plain._ADVERB_PARTS) == whole
        assert reads_plainer(text) == bool(whole or membership_plain._TRAILING.search(text) or '"' in text or "“" in text
                                           or any(f" {word} " in text for word in ("both", "that", "which", "all", "each")))


@pytest.mark.parametrize("text", _texts() + [
    "Taro Kono, the Japanese Minister for Digital Transformation, and the Minister of Internal Affairs met.",
    "The foreign-ministry and x-Ministry of Trade, the Defence  forces and the attaché of the Central Bank's Agency.",
])
def test_speed_gates_office_spans_as_the_search_finds_them(text: str) -> None:
    assert [end for _, end in offices.office_spans(text)] == [match.end() for match in offices._OFFICE_HEAD.finditer(text)]
