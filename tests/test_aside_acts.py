"""An act told in an aside about the parties ("Chile and Peru, which signed a trade agreement in 2006, ...", ", having
signed ...,") or in an opening about what they did before ("After concluding a treaty in 2019, ...") is an act of its
own, with the aside's status and year, beside the act the clause's main verb introduces; the main act keeps its own
kind, status and date. An aside whose act is the clause's only act, or a main verb that points back to the aside's
act, still gives one act."""

import datetime as dt

import pytest

from .extraction import acts_of


def _acts(text: str, issued: dt.date | None = None) -> list[tuple[str, str, str, str | None]]:
    return sorted(("-".join(sorted(act.parties)), act.kind, act.status, str(act.date) if act.date else None)
                  for act in acts_of(text, issued))


@pytest.mark.parametrize("text, acts", [
    ("Chile and Peru, which signed a free trade agreement in 2006, signed a memorandum on AI on Monday.",
     [("CHL-PER", "agreement", "signed", "2006"), ("CHL-PER", "mou", "signed", "2025-06-02")]),
    ("Kenya and Ghana, which concluded a cyber treaty in 2019, agreed on Monday to negotiate a data agreement.",
     [("GHA-KEN", "agreement", "planned", "2025-06-02"), ("GHA-KEN", "treaty", "signed", "2019")]),
    ("Chile and Peru, which have had a free trade agreement since 2006, will sign a memorandum on AI in July.",
     [("CHL-PER", "agreement", "in-force", "2006"), ("CHL-PER", "mou", "planned", "2025-07")]),
    ("Egypt and Oman, which are negotiating a trade agreement, signed a memorandum on AI on Monday.",
     [("EGY-OMN", "agreement", "planned", None), ("EGY-OMN", "mou", "signed", "2025-06-02")]),
    ("Chile and Peru, having signed a free trade agreement in 2006, signed a memorandum on AI on Monday.",
     [("CHL-PER", "agreement", "signed", "2006"), ("CHL-PER", "mou", "signed", "2025-06-02")]),
    ("After concluding a cyber treaty in 2019, Kenya and Ghana signed a memorandum on AI on Monday.",
     [("GHA-KEN", "mou", "signed", "2025-06-02"), ("GHA-KEN", "treaty", "signed", "2019")]),
    ("Kenya and Ghana, whose cyber treaty took effect in 2020, signed a memorandum on AI on Monday.",
     [("GHA-KEN", "mou", "signed", "2025-06-02"), ("GHA-KEN", "treaty", "in-force", "2020")]),
    ("Chile, which signed a free trade agreement with Peru in 2006, signed a memorandum on AI with Peru on Monday.",
     [("CHL-PER", "agreement", "signed", "2006"), ("CHL-PER", "mou", "signed", "2025-06-02")]),
])
def test_an_act_told_in_an_aside_about_the_parties_is_an_act_of_its_own(text, acts):
    assert _acts(text, dt.date(2025, 6, 4)) == acts


@pytest.mark.parametrize("text, acts", [
    ("Chile and Peru, which signed a free trade agreement in 2006, discussed AI on Monday.",
     [("CHL-PER", "agreement", "signed", "2006")]),
    ("Chile and Peru, which have cooperated since 2010, signed a memorandum on AI.",
     [("CHL-PER", "mou", "signed", None)]),
    ("After talks in Lima, Chile and Peru signed a memorandum on AI.", [("CHL-PER", "mou", "signed", None)]),
])
def test_one_act_in_the_clause_stays_one_act(text, acts):
    assert _acts(text) == acts


def test_a_main_verb_pointing_back_to_the_asides_act_tells_no_other_act():
    text = "Chile and Peru, which signed a free trade agreement in 2006, agreed on Monday to extend the agreement."
    assert [act.kind for act in acts_of(text)] == ["agreement"]


def test_the_main_act_takes_no_date_from_the_asides_act():
    text = "Chile and Peru, which signed a free trade agreement in 2006, agreed to negotiate a digital economy agreement."
    assert _acts(text) == [("CHL-PER", "agreement", "planned", None), ("CHL-PER", "agreement", "signed", "2006")]


@pytest.mark.parametrize("text", [
    "Chile and Peru, which have cooperated since 2010, signed a memorandum on AI in 2019.",
    "Kenya and Ghana, which have worked together for years, concluded a cyber treaty in 2021.",
])
def test_the_parties_going_on_together_is_not_their_act_going_on(text):
    assert [act.status for act in acts_of(text, dt.date(2025, 6, 4))] == ["signed"]


@pytest.mark.parametrize("text", [
    "India and the UAE signed a memorandum on payments on Monday, building on the trade agreement that took effect in 2022.",
    "Chile and Peru signed a memorandum on AI on Monday, building on the trade agreement which they signed in 2022.",
])
def test_the_older_act_a_new_one_rests_on_keeps_its_own_clause(text):
    acts = _acts(text, dt.date(2025, 6, 4))
    assert [(kind, status, date) for _, kind, status, date in acts] == [
        ("agreement", "in-force", "2022"), ("mou", "signed", "2025-06-02")]


@pytest.mark.parametrize("text", [
    "Ghana and Togo signed a currency swap agreement on Monday, reviving an arrangement that expired in 2019.",
    "Chile and Peru signed a data accord on Monday, replacing the pact that lapsed in 2019.",
    "Ghana and Togo signed a memorandum on AI on Monday, which replaces the agreement that was terminated in 2019.",
])
def test_an_older_act_whose_place_a_new_one_takes_is_told_ended_apart(text):
    acts = _acts(text, dt.date(2025, 6, 4))
    assert sorted((status, date) for _, _, status, date in acts) == [("ended", "2019"), ("signed", "2025-06-02")]
