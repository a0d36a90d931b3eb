"""quick_start: a pattern with a test of its first character in front finds exactly the pattern's matches."""

from __future__ import annotations

import random
import re

import pytest

from techpact.extract import cues, dates, roles
from techpact.extract.first_chars import openings, quick_start, start_class
from techpact.extract.gates import Hinted, Opened, folded

_WORDS = ["in", "In", "on", "by", "since", "May", "may", "March", "mid-2024", "2021", "12", "3rd", "Monday", "today", "a", "year",
          "ago", "last", "week", "the", "two", "countries", "signed", "with", "along", "Sept.", "ſ", "İ", "K", ",", ".", "-",
          "memorandum", "agreement", "2019-05-01", "early", "late", "of", "summit", "member", "states", "both"]


def _texts(count: int = 400, seed: int = 3) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 14))) for _ in range(count)]


def _span(match: re.Match | None) -> tuple | None:
    return match.span() if match else None


def _spans(pattern, text: str) -> list[tuple]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("pattern", [
    dates._DATE, cues.YEAR, cues.WEEKDAY, cues.WITH.pattern, roles.NOT_AN_ACTOR_AFTER.joined,
    re.compile(r"\b(?:in|on)\s+(?:May|\d{4})\b", re.I), re.compile(r"(?:x|y)*z"), re.compile(r"(?<=a)b|c"),
    re.compile(r"\b(?-i:[A-Z])\w+ (?:signed|inked)", re.I),
])
def test_first_chars_quick_start_finds_the_same_matches(pattern: re.Pattern) -> None:
    quick = quick_start(pattern)
    for text in _texts():
        assert _spans(quick, text) == _spans(pattern, text)
        for pos in (0, 3, len(text) // 2):
            assert _span(quick.match(text, pos)) == _span(pattern.match(text, pos))


def test_first_chars_no_test_where_a_match_may_be_empty_or_start_anywhere() -> None:
    assert start_class(re.compile(r"x*")) is None  # may match nothing
    assert start_class(re.compile(r"(?:\w+\s+)?with")) is None  # \w: almost any character
    assert start_class(re.compile(r"[^,]+,")) is None  # a negated class
    assert start_class(re.compile(r"(?i)abc")) is None  # global flags written in the pattern
    assert start_class(re.compile(r"(?i:a)b")) is None  # a case-insensitive group in a case-sensitive pattern
    assert quick_start(re.compile(r".x")).pattern == ".x"


def test_first_chars_skips_zero_width_pieces() -> None:
    assert start_class(re.compile(r"\b(?=a)(?<!b)(?:ab|cd)?e")) == "[ace]"


def test_first_chars_hinted_pattern_keeps_its_matches() -> None:
    hinted = Hinted(re.compile(r"\b(?:both|two)\b.*\bmembers?\b", re.I | re.S), "both", "two")
    assert hinted.search("Both are members of the bloc").group() == "Both are members"
    assert hinted.search("both signed the pact") is None  # no "member": the pattern's own words are missing
    assert hinted.pattern.pattern.startswith(r"\b(?:both")  # the pattern as written stays readable


@pytest.mark.parametrize("pattern", [
    cues.COOPERATION.pattern, cues.BACK_REFERENCE.pattern, cues.BOTH_PARTIES.pattern, cues.WITH.pattern,
    re.compile(r"(?<!such )\bas\s+(?:the\s+)?(?-i:[A-Z])\w*", re.I), re.compile(r"\b(?:in|on)\s+(?:May|\d{4})\b", re.I),
    re.compile(r"(?:sign(?:ed)?|two)?\s*countr", re.I), re.compile(r"k\w*|s\w*|i\w*", re.I),
])
def test_first_chars_opening_words_leave_the_matches_as_they_are(pattern: re.Pattern) -> None:
    """A gated pattern searched only where an opening of a match stands finds what the pattern finds, from any bounds;
    "ſ", "İ" and the Kelvin sign "K" match "s", "i" and "k" under re.IGNORECASE, and fold to them."""
    gated = Hinted(pattern)
    for text in _texts() + ["ſigned two countries", "İn May", "Kelvin ſaid", "as İndia"]:
        assert [(m.span(), m.groups()) for m in gated.finditer(text)] == _spans(pattern, text)
        for bounds in ((), (3,), (2, len(text) - 2), (len(text) // 2, len(text))):
            found, expected = gated.search(text, *bounds), pattern.search(text, *bounds)
            assert (found.span(), found.groups()) == (expected.span(), expected.groups()) if expected else found is None


def test_first_chars_opening_words() -> None:
    from techpact.extract.first_chars import opening_words
    assert opening_words(re.compile(r"\b(?:the|this) (?:new )?deal", re.I)).pattern == r"th(?:e\ (?:deal|new\ )|is\ (?:deal|new\ ))"
    assert opening_words(re.compile(r"(?:\bthe|a) deal", re.I)).pattern == r"(?:a\ deal|the\ deal)"  # no "\b" before "a"
    assert opening_words(re.compile(r"\w+ signed")) is None  # may start with any letter
    assert opening_words(re.compile(r"(?:a|b)?")) is None  # may match nothing


def test_first_chars_finder_and_alternation_parts_find_the_matches_of_the_pattern() -> None:
    """gates.finder (the status rules' matches) and an Alternation's parts searched where an opening stands."""
    from techpact.extract.gates import Alternation, finder
    patterns = [cues.BACK_REFERENCE.pattern, re.compile(r"\b(?:in|on)\s+(?:May|\d{4})\b", re.I), re.compile(r"\w+ signed")]
    either = Alternation([(patterns[0], ("the",)), (patterns[1], ("in", "on"))])
    for text in _texts() + ["İn May ſigned the memorandum", "on 2019"]:
        for pattern in patterns:
            assert [(m.span(), m.groups()) for m in finder(pattern)(text)] == _spans(pattern, text)
        assert [m.span() for m in either.finditer(text)] == [m.span() for m in either.joined.finditer(text)]


def test_first_chars_opened_patterns_find_the_matches_of_the_pattern() -> None:
    """gates.Opened (patterns without a word test) and opened_search's hand-over to the engine after a few places."""
    from techpact.extract.gates import Opened
    from techpact.extract.status_served import RATIFICATION_OUTSTANDING
    patterns = [roles.BLOC_AS_SETTING_BEFORE.pattern, cues.MORE_OF_KIND.pattern, RATIFICATION_OUTSTANDING.pattern,
                re.compile(r"\ba\s+(?:second|third)\b", re.I)]
    texts = _texts() + ["a a a a a a a second one", "it has not yet been ratified, nor will it be ratified", "at the"]
    for pattern in patterns:
        opened = Opened(pattern)
        for text in texts:
            assert [(m.span(), m.groups()) for m in opened.finditer(text)] == _spans(pattern, text)
            for bounds in ((), (2,), (0, len(text) - 1), (len(text) // 2, len(text))):
                assert _span(opened.search(text, *bounds)) == _span(pattern.search(text, *bounds))


def test_first_chars_short_openings_after_a_word_boundary_start_a_word() -> None:
    from techpact.extract.first_chars import opening_words
    assert opening_words(re.compile(r"\b(?:at|during)\s+the\s+summit", re.I)).pattern == r"(?:at(?<!\w.{2})|during)"
    assert opening_words(re.compile(r"\bat\b", re.I | re.ASCII)).pattern == "at"  # "K" is no word character to re.ASCII


@pytest.mark.parametrize("pattern", [
    cues.COOPERATION.pattern, cues.BACK_REFERENCE.pattern, re.compile(r"\b(?:summit|meeting|talks)s?\b", re.I),
    re.compile(r"\b(?:seek\w*|look\w* for|court\w*)\s+(?:\w+\s+)?(?:more|further)\s+$", re.I),
])
def test_first_chars_openings_stand_in_every_match_so_a_text_without_them_is_not_scanned(pattern: re.Pattern) -> None:
    """Every match starts with one of the pattern's openings (in the folded text), so they are a word test of their own
    (gates.Hinted, gates.Opened): gated, the pattern finds what it finds plain."""
    starts = openings(pattern)
    assert starts and min(map(len, starts)) >= 3
    for text in _texts() + ["the SUMMİT", "Seeking more", "looks for further ", "courted more "]:
        for match in pattern.finditer(text):
            assert any(start in folded(match.group()) for start in starts), match.group()
        for gated in (Hinted(pattern), Opened(pattern)):
            assert [(m.span(), m.groups()) for m in gated.finditer(text)] == _spans(pattern, text)
            found, expected = gated.search(text, 2), pattern.search(text, 2)
            assert (found and found.span()) == (expected and expected.span())
