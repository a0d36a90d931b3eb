"""Alternations run part by part behind their words (gates.Alternation): each part's words stand in every match of it,
and what is found is what the plain alternation finds: the kind cues (the first kind found, the earlier cue where two
start at one place), the status rules joined by cue, the membership asides of cues.MEMBER_CLAUSE."""

from __future__ import annotations

import re

import pytest

from techpact.extract import cues, roles, status, status_gerunds, status_plain
from techpact.extract.gates import Alternation, folded, words_in
from techpact.extract.kind_nouns import KIND_WORDS, MORE_KIND_CUES
from techpact.extract.sentences import split_sentences

from .conftest import CORPUS, DATA

# Sentences written for this test, beside the corpus and the challenge sets: cues at one place, cues in capitals,
# letters re.IGNORECASE takes for ASCII ones ("ı", "İ", "ſ"), look-alikes that name no kind.
WRITTEN = [
    "Ghana and Togo signed a MEMORANDUM OF UNDERSTANDING and a treaty on fisheries.",
    "The joint statement on AI was issued after the Joint Committee met.",
    "They adopted the Accra Declaration and a road map, then a roadmap for 2030.",
    "Peru took the initiative; Chile proposed a swap line and an offer to build a plant.",
    "Kenya and Laos sıgned an agreement; the İNITIATIVE and the ſtrategy followed.",
    "The FTA, a CEPA and a mutual recognition arrangement were concluded with guiding principles.",
    "An MoC was signed under the Convention on Cybercrime; the ministry's MoC office said so.",
    "Chile must deal with Peru; they agreed to deal with it; the protocol officials left.",
    "A task force and an expert panel, then teams of experts, joined the working group.",
    "Officials discussed trade, tourism and education.",
    "Chile, of which Peru said members were wary, met Laos along with members of the bloc; the summit in the ASEAN "
    "(Laos, Peru, Chile) ended.",
    "Mercosur, an alliance of Brazil, Argentina and Uruguay, signed; they did not sign and later suspended the pact.",
    "Curbs on Chile, a DELEGATION TO Peru, cables to the Fiji, exports of chip tools to Laos, unlike Togo, wary of Ghana.",
    "The Development Bank of Chile, a hedge against an increasingly erratic Peru, tensions between Lima and Quito.",
    "A statement that did not name Fiji, lobbying to be returned to the AU, the Forum on China-Africa Cooperation.",
    "They will in June sign it; Peru is IN 2025 to join; Laos will ın March ratify it; Fiji has in the coming weeks agreed.",
    "Chile will, in Lima, sign; Peru was in talks; they are expected in 2026 to sign; it is in Tonga to open.",
    "",
]


def _sentences() -> list[str]:
    found = [span.text for path in sorted(CORPUS.glob("*.txt")) for span in split_sentences(path.read_text(encoding="utf-8"))]
    for path in sorted(DATA.glob("challenge_*.txt")):
        found += [line.rsplit(" | ", 1)[-1] for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    for path in sorted(DATA.glob("challenge_passages_*/*.txt")):
        found += [span.text for span in split_sentences(path.read_text(encoding="utf-8"))]
    return found + WRITTEN


def test_kind_cue_words_stand_in_every_match_of_their_cue():
    parts = cues.KIND_CUES + MORE_KIND_CUES
    assert len(KIND_WORDS) == len(parts)
    sentences = _sentences()
    assert len(sentences) > 500
    matched = 0
    for (kind, pattern), words in zip(parts, KIND_WORDS):
        for text in sentences:
            for match in pattern.finditer(text):
                matched += 1
                assert any(word in folded(match.group()) for word in words), (kind, words, match.group())
    assert matched > 300


def test_kind_found_first_is_the_one_the_plain_alternation_finds():
    parts = cues.KIND_CUES + MORE_KIND_CUES
    plain = re.compile("|".join(f"(?P<g{index}>{pattern.pattern})" for index, (_, pattern) in enumerate(parts)), re.I)
    gated = Alternation([(pattern, words) for (_, pattern), words in zip(parts, KIND_WORDS)])
    for text in _sentences():
        expected, found = plain.search(text), gated.first(text)
        assert (found and (parts[found[0]][0], found[1].span())) == (
            expected and (parts[int(expected.lastgroup[1:])][0], expected.span())), text


def test_alternation_finds_every_match_the_joined_pattern_finds():
    parts = [(re.compile(r"\bsign(?:ed)?\b", re.I), ("sign",)), (re.compile(r"\bsigned (?:a|an) \w+", re.I), ("signed",)),
             (re.compile(r"\bpact\b", re.I), ("pact",))]
    gated = Alternation(parts)
    for text in _sentences():
        assert [m.span() for m in gated.finditer(text)] == [m.span() for m in gated.joined.finditer(text)], text


ALTERNATIONS = {"cues.MEMBER_CLAUSE": cues.MEMBER_CLAUSE, "status.SIGNED": status.SIGNED, "status.ENDED": status.ENDED,
                "status.PLANNED": status.PLANNED, "status.NEGATED": status.NEGATED, "status.IN_FORCE": status.IN_FORCE}


@pytest.mark.parametrize("name", sorted(ALTERNATIONS))
def test_alternation_parts_words_stand_in_their_matches_and_it_finds_what_the_alternation_finds(name):
    alternation = ALTERNATIONS[name]
    for text in _sentences():
        for pattern, words in alternation.parts:
            for match in pattern.finditer(text):
                assert any(word in folded(match.group()) for word in words), (name, words, match.group())
        assert [m.span() for m in alternation.finditer(text)] == [m.span() for m in alternation.joined.finditer(text)], text
        found, expected = alternation.search(text), alternation.joined.search(text)
        assert (found and found.span()) == (expected and expected.span()), text


def test_not_party_before_gated_by_branch_answers_as_the_whole_pattern_in_every_window_before_a_name():
    gated = roles.NOT_PARTY_BEFORE_GATED
    assert "|".join(pattern.pattern for pattern, _ in gated.parts) == roles.NOT_PARTY_BEFORE.pattern
    windows = matched = 0
    for text in _sentences():
        for pattern, words in gated.parts:
            for match in pattern.finditer(text):
                assert any(word in folded(match.group()) for word in words), (words, match.group())
        for name in re.finditer(r"\b[A-Z]", text):  # before each capitalised word, as before a name
            local = name.start()
            expected = bool(roles.NOT_PARTY_BEFORE.search(text, max(0, local - 60), local))
            windows, matched = windows + 1, matched + expected
            assert gated.found(text, max(0, local - 60), local) == expected, (text, local)
    assert windows > 1000 and matched > 20


def test_modifier_gate_passes_every_clause_whose_modifiers_the_slot_pattern_finds():
    sentences = _sentences()
    skipped = 0
    for text in sentences:
        gate = not status_plain._SLOT_BUT_IN.isdisjoint(words_in(text)) or status_plain._in_year_or_name(text)
        assert gate or not status_plain._SLOT.pattern.search(text), text
        skipped += not gate
    assert skipped > len(sentences) // 10  # the gate does skip clauses
    assert status_plain.without_modifiers("They will in June sign it.") == "They will sign it."
    assert status_plain.without_modifiers("Laos will ın 2025 ratify it.") == "Laos will ratify it."


def test_concluding_gerund_words_stand_in_every_gerund_so_clauses_without_them_govern_none():
    found = 0
    for text in _sentences() + ["They pledged to work towards SETTING up a fund and inıtialling a pact."]:
        for match in status_gerunds._GERUND.finditer(text):
            assert any(word in folded(match.group()) for word in status_gerunds._GERUND_WORDS), match.group()
            found += 1
    assert found > 50
    assert status_gerunds._ahead_spans("They agreed to focus on launching joint projects.")
    assert not status_gerunds._ahead_spans("They agreed to focus on building joint projects.")


def test_not_an_actor_after_matched_by_branch_answers_as_the_whole_pattern_after_every_name():
    gated = roles.NOT_AN_ACTOR_AFTER
    assert "|".join(pattern.pattern for pattern, _ in gated.parts) == gated.joined.pattern
    assert all(words for _, words in gated.parts)  # a branch without words would never be tried
    places = matched = 0
    for text in _sentences() + ["Chile's full-scale invasion", "the Peru-Chile railway", "US$5 million", "the Fiji Sea"]:
        for pattern, words in gated.parts:
            for match in pattern.finditer(text):
                assert any(word in folded(match.group()) for word in words), (words, match.group())
        for name in re.finditer(r"\b[A-Z][\w.]*", text):  # after each capitalised word, as after a name
            expected = gated.joined.match(text, name.end())
            found = gated.match(text, name.end())
            places, matched = places + 1, matched + bool(expected)
            assert (found and found.span()) == (expected and expected.span()), (text, name.end())
    assert places > 1000 and matched > 20
