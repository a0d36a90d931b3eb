"""The quick word tests in front of extraction patterns skip only text where the pattern cannot match."""

from __future__ import annotations

import re

import pytest

from techpact.extract import (act_separation, cues, gates, kind_bodies, kind_groups, memberships, roles, sectors, status_discourse, status_plain,
                              status_shapes, status_standing)
from techpact.extract.dates import _DATE, _may_hold_date, first_date
from techpact.extract.sentences import split_sentences

from .conftest import CORPUS

_MODULES = {"cues": cues, "roles": roles, "memberships": memberships, "act_separation": act_separation,
            "status_shapes": status_shapes, "status_discourse": status_discourse, "status_plain": status_plain,
            "status_standing": status_standing, "kind_groups": kind_groups,
            "kind_bodies": kind_bodies}
GATES = sorted([f"{key}.{name}" for key, module in _MODULES.items() for name, value in vars(module).items()
                if isinstance(value, gates.Hinted)]
               + [f"{key}.{name}.{index}" for key, module in _MODULES.items() for name, value in vars(module).items()
                  if isinstance(value, list) for index, item in enumerate(value) if isinstance(item, gates.Hinted)])


def _gate(key: str) -> gates.Hinted:
    module, name, *index = key.split(".")
    value = getattr(_MODULES[module], name)
    return value[int(index[0])] if index else value

# Sentences written for these tests. Some spell a cue word with a letter that re.IGNORECASE takes for an
# ASCII one but str.lower() does not turn into it: dotless "ı" and "İ" (for i), long "ſ" (for s).
SAMPLES = [
    "Egypt and Kenya signed a memorandum of understanding on artificial intelligence.",
    "The two countries agreed to expand cooperation in semiconductors.",
    "Both sides will work together on quantum research.",
    "India partnered with Japan on 5G; the deal builds on a 2019 accord.",
    "Kazakhstan, a member of the SCO along with Russia, joined the platform.",
    "Officials pledged joınt research on batteries.",
    "The BILATERAL talks ended.",
    "Bılateral ties were discussed.",
    "Ministers teamed up with their counterparts, the İNITIATIVE said.",
    "Chile and Peru are members of APEC, whose ſtates meet each year.",
    "The pact was signed in ſeptember, officials said.",
    "It was signed last Tuesday, according to the ministry.",
    "A statement was issued.",
    "The Chilean minister meets Peruvian officials; during the visit the sides signed separate agreements with Laos and Fiji.",
    "Ghana and Togo will build a new cable, and Peru proposed that they assist Chile in developing it.",
    "The leaders also launched the Year of Innovation.",
    "Kenya will sign agreements on cooperation in solar power with Ghana and Togo; MOUS with Peru followed.",
    "Under the deal, the sides will SET UP a joint committee; the Original Accord was amended and ſet up a fund.",
    "They signed a protocol to amend and extend the 1979 agreement; the previous pact was updated in 2018.",
    "Ghana and Togo will interconnect their power grids and LINK their respective payment systems.",
    "Laos and Fiji signed a pact in the presence of the host, which Peru-backed critics opposed, drawing protests "
    "despite objections from Chile, similar to one that Tokyo says breaks rules, except with Japan.",
    "",
]


@pytest.mark.parametrize("name", GATES)
def test_cue_gates_find_exactly_what_the_pattern_finds(name):
    gate = _gate(name)
    for text in SAMPLES:
        found, expected = gate.search(text), gate.pattern.search(text)
        assert (found and found.span()) == (expected and expected.span()), text
        assert [m.span() for m in gate.finditer(text)] == [m.span() for m in gate.pattern.finditer(text)], text


def test_cue_gates_fold_letters_as_ignorecase_does():
    assert gates.folded("Bılateral İNITIATIVE ſeptember") == "bilateral initiative september"
    assert cues.BOTH_PARTIES.search("Bılateral ties") is not None
    assert cues.COOPERATION.search("They pledged joınt research.") is not None


def test_cue_gates_date_hint_holds_wherever_a_date_is_read():
    for text in SAMPLES:
        assert _may_hold_date(text) or not _DATE.search(text), text
    assert _may_hold_date("The pact was signed in ſeptember.")
    assert not _may_hold_date("The two countries agreed to cooperate on artificial intelligence.")
    assert str(first_date("It was signed on 12 March 2025.", None)) == "2025-03-12"


def test_cue_gates_agree_with_their_patterns_on_every_sentence_of_the_corpus_and_dev_set(shared):
    paths = sorted(CORPUS.glob("*.txt")) + sorted((shared / "eval" / "dev").glob("*.txt"))
    sentences = [span.text for path in paths for span in split_sentences(path.read_text(encoding="utf-8"))]
    assert len(sentences) > 500 and len(GATES) >= 4
    for text in sentences:
        for name in GATES:
            gate = _gate(name)
            assert bool(gate.search(text)) == bool(gate.pattern.search(text)), (name, text)
        assert _may_hold_date(text) or not _DATE.search(text), text
        assert any(word in text for word in cues.CLAUSE_BREAK_WORDS) or not cues.CLAUSE_BREAK.search(text), text


@pytest.mark.parametrize("name", sorted(name for name, value in vars(sectors).items() if isinstance(value, gates.Hinted)))
def test_sector_scope_gates_find_exactly_what_the_pattern_finds(name):
    gate = getattr(sectors, name)
    for text in SAMPLES + SECTOR_SAMPLES:
        found, expected = list(gate.finditer(text)), list(gate.pattern.finditer(text))
        assert [m.span() for m in found] == [m.span() for m in expected], text


# Sentences written for the sector-scope gates (techpact/extract/sectors.py).
SECTOR_SAMPLES = [
    "Amid U.S. export controls on advanced chips, Ghana and Kenya signed a pact.",
    "Ghana and Kenya signed it despite tensions over 5G; no deal on solar was reached.",
    "The sides will also share data; Kenya is to build a cable.",
    "Priorities range from lithium to hydrogen, such as green ammonia, among others.",
    "Under Western sanctions and tariffs, the entity list and an embargo on ammunition, they signed.",
    "AMİD SANCTİONS, nothing was agreed without reaching consensus.",
    "Analysts EXPECT prices will rise; markets were likely to warn of demand, the visit comes weeks after talks.",
]


def test_gate_words_are_found_overlapping_and_inside_longer_words():
    gates.register(("sign", "signed", "ign", "ned"))
    assert {"sign", "signed", "ign", "ned"} <= gates.words_in("They SIGNED it.")
    assert "signed" not in gates.words_in("They sign it.")


def test_gate_words_registered_after_a_text_was_read_are_found_in_it():
    text = "The xqzlyb accord was signed."
    assert "xqzlyb" not in gates.words_in(text)
    late = gates.Hinted(re.compile(r"xqzlyb", re.I), "xqzlyb")
    assert late.search(text) is not None
