"""An older act a clause names as its frame is in force: an instrument a newly made act implements or supplements
(beside the new one), or the sides' own act a clause opens "Under their ..." with. Not the same act's own implementation, nor a clause
that makes nothing, nor an instrument of the new act's own kind, nor "their new" act."""

from collections import Counter

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document
from tests.extraction import acts_of


def acts(text: str) -> Counter:
    facts = extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=None,
                                   media_type="text/plain"))
    return Counter((frozenset(a.parties), a.kind, a.status) for a in facts.agreements)


@pytest.mark.parametrize("text, new_kind, old_kind", [
    ("The ministers of Romania and Moldova signed a joint statement on a commission for the implementation of a "
     "memorandum of understanding on digital transformation between the two countries.", "joint-statement", "mou"),
    ("Kenya and Ghana adopted a roadmap to speed up the implementation of their 2019 agreement on data centres.",
     "initiative", "agreement"),
])
def test_an_instrument_implemented_by_a_new_act_is_in_force_beside_it(text, new_kind, old_kind):
    found = acts(text)
    assert any(kind == old_kind and status == "in-force" for _, kind, status in found), found
    assert any(status in ("signed", "planned") for _, kind, status in found if kind != old_kind), found


@pytest.mark.parametrize("text, kind", [
    ("Kenya and Ghana signed a protocol supplementing their intergovernmental agreement on nuclear research.", "agreement"),
    ("Kenya and Ghana signed an addendum to the 2019 memorandum on data centres.", "mou"),
])
def test_an_instrument_a_new_one_supplements_is_in_force_beside_it(text, kind):
    found = acts(text)
    assert found[(frozenset({"GHA", "KEN"}), kind, "in-force")] == 1, found
    assert sum(n for (_, _, status), n in found.items() if status == "signed") == 1, found


def test_a_supplement_not_made_adds_no_second_act():
    found = acts("Kenya's parliament voted to amend the agreement with Ghana on nuclear research.")
    assert sum(found.values()) == 1, found


@pytest.mark.parametrize("text", [
    # the course of one act, nothing made
    "Kenya and Ghana discussed the implementation of the memorandum on data centres.",
    # an act of the same kind as the one implemented: one act told, not two
    "Kenya and Ghana signed an agreement on the implementation of the agreement on data centres.",
])
def test_no_second_act_when_nothing_else_is_made(text):
    found = acts(text)
    assert sum(found.values()) == 1, found


@pytest.mark.parametrize("text, kind", [
    ("Under their strategic partnership, Kenya and Ghana will build a joint data centre.", "partnership"),
    ("Within the framework of their 2019 memorandum, Kenya and Ghana will train cyber experts.", "mou"),
])
def test_the_sides_own_act_opening_the_clause_is_in_force(text, kind):
    assert acts(text)[(frozenset({"GHA", "KEN"}), kind, "in-force")] == 1


@pytest.mark.parametrize("text", [
    "Under their new partnership, Kenya and Ghana will build a joint data centre.",  # maybe the act just made
    "Kenya and Ghana will build a joint data centre under a partnership to be signed in May.",  # ahead, not theirs yet
])
def test_a_new_or_coming_act_as_frame_is_not_in_force(text):
    assert not any(status == "in-force" for _, _, status in acts(text))


@pytest.mark.parametrize("text, kind", [
    ("Kenya and Ghana signed a new energy partnership on Monday. Under the partnership, the two countries also signed a "
     "memorandum on hydrogen.", "mou"),
    ("Kenya and Ghana signed an agreement on AI. As part of the agreement, Kenya and Ghana adopted a joint declaration "
     "on data protection.", "declaration"),
])
def test_an_instrument_made_under_the_act_in_focus_is_an_act_of_its_own(text, kind):
    found = acts(text)
    assert sum(n for (_, k, status), n in found.items() if k == kind and status == "signed") == 1, found
    assert sum(found.values()) == 2, found


def test_a_clause_framed_by_the_act_in_focus_that_makes_nothing_tells_that_act():
    found = acts("Kenya and Ghana signed an agreement on AI. Under the agreement, the two countries will share data.")
    assert sum(found.values()) == 1, found


@pytest.mark.parametrize("text, frame", [
    ("Chile and Peru signed a memorandum on lithium under the Chile-Peru Digital Partnership.", "partnership"),
    ("Chile and Peru released a statement to support joint activities under the Chile-Peru Cyber and Critical"
     " Technology Partnership.", "partnership"),
    ("Chile and Peru adopted a roadmap under the Chile-Peru Space Agreement.", "agreement"),
])
def test_a_titled_act_a_new_one_works_under_stands_beside_it(text, frame):
    found = {(a.kind, a.status) for a in acts_of(text)}
    assert (frame, "in-force") in found and len(found) == 2


def test_a_titled_act_of_the_kind_made_is_not_its_frame():
    assert {(a.kind, a.status) for a in acts_of(
        "Chile and Peru signed a lithium agreement under the Chile-Peru Trade Agreement's review clause.")} == {("agreement", "signed")}
