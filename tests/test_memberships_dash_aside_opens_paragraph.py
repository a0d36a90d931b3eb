"""A paragraph that opens with a state and a dashed aside in lower case ("Iran — a member of the SCO — signed ...",
"Egypt – which joined BRICS in 2024 – said ...") names the state, not a dateline: its membership is read. A place in
capitals, or a dash followed by a capital, still opens a dateline ("TEHRAN — ...", "Washington — The United States ...").
Found by varying the connector of the passing-membership shapes (/tmp-side generator): every dashed aside opening a
paragraph was missed. Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.extract.datelines import dateline_spans
from techpact.loaders.document import Document

from .extraction import each


def memberships_of(text: str) -> set[tuple[str, str]]:
    """(state, bloc) memberships the whole pipeline reads from text (datelines marked)."""
    facts = extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=None, media_type="text/plain"))
    return {(m.state, m.bloc) for m in facts.memberships}


@pytest.mark.parametrize(("text", "expected"), [
    ("Iran — a member of the SCO — signed a trade deal with Pakistan on Monday.", each("SCO", "IRN")),
    ("Egypt – which joined BRICS in 2024 – will host the next meeting.", each("BRICS", "EGY")),
    ("Iran -- a full member of the Shanghai Cooperation Organisation -- proposed a joint fund.", each("SCO", "IRN")),
    ("The ministers met on Monday.\n\nEgypt — a founding member of the AU — said it backed the plan.", each("AU", "EGY")),
    ("Kenya - also a member of the AU - hosted the talks.", each("AU", "KEN")),
])
def test_a_dashed_aside_opening_a_paragraph_states_the_membership(text, expected):
    assert memberships_of(text) == expected


@pytest.mark.parametrize("text", [
    "Iran — an observer of the SCO — signed a trade deal with Pakistan on Monday.",
    "Egypt – which applied to join BRICS in 2023 – will host the next meeting.",
    "Serbia — not a member of the EU — signed the pact.",
    "TEHRAN — a member of the SCO signed a deal with Pakistan.",
])
def test_a_dashed_aside_of_no_membership_states_none(text):
    assert memberships_of(text) == set()


@pytest.mark.parametrize(("text", "dateline"), [
    ("Washington — The United States and Japan signed a deal.", "Washington — "),
    ("TEHRAN — a new deal was signed on Monday.", "TEHRAN — "),
    ("Nairobi -- Kenya and Ghana signed a pact.", "Nairobi -- "),
    ("Beijing, July 4 (Xinhua) -- the two sides agreed.", "Beijing, July 4 (Xinhua) -- "),
])
def test_a_place_then_a_dash_and_a_capital_or_a_place_in_capitals_is_still_a_dateline(text, dateline):
    assert [text[start:end] for start, end in dateline_spans(text)] == [dateline]


def test_a_name_and_a_dashed_aside_in_lower_case_is_no_dateline():
    assert dateline_spans("Iran — a member of the SCO — signed a deal.") == []
