"""A definite back reference naming an act's kind ("The declaration was signed by ...") tells the earlier act of that
kind, not another act in focus. A generic noun ("the agreement") or a kind no earlier act has keeps the focus."""

from collections import Counter

import pytest

from techpact.extract import extract_facts
from techpact.extract.act_kind_reference import referred_act
from techpact.extract.facts import Agreement
from techpact.loaders.document import Document

from .extraction import acts_of


def acts(text: str) -> Counter:
    facts = extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=None,
                                   media_type="text/plain"))
    return Counter((frozenset(a.parties), a.kind, a.status) for a in facts.agreements)


def test_the_declaration_named_again_is_the_declaration_not_the_plan_in_focus():
    found = acts("Kenya and Ghana have signed a declaration on artificial intelligence. The two countries intend to "
                 "establish a bilateral dialogue on AI research. The declaration was signed by the two ministers of "
                 "digital affairs.")
    assert found[(frozenset({"GHA", "KEN"}), "declaration", "signed")] == 1
    assert found[(frozenset({"GHA", "KEN"}), "initiative", "planned")] == 1


def test_a_kind_no_earlier_act_has_keeps_the_focus():
    focus = Agreement(kind="initiative", status="planned", parties=["GHA", "KEN"])
    other = Agreement(kind="mou", status="signed", parties=["GHA", "KEN"])
    assert referred_act([other, focus], focus, "declaration") == (focus, None)


def test_a_generic_noun_keeps_the_focus():
    focus = Agreement(kind="mou", status="signed", parties=["GHA", "KEN"])
    other = Agreement(kind="agreement", status="signed", parties=["GHA", "KEN"])
    assert referred_act([other, focus], focus, "agreement")[0] is focus


def test_an_act_of_other_parties_is_not_referred_to():
    focus = Agreement(kind="initiative", status="planned", parties=["GHA", "KEN"])
    other = Agreement(kind="declaration", status="signed", parties=["GHA", "NGA"])
    assert referred_act([other, focus], focus, "declaration")[0] is focus


def test_a_specific_kind_named_for_a_generic_focus_refines_it():
    focus = Agreement(kind="agreement", status="signed", parties=["GHA", "KEN"])
    assert referred_act([focus], focus, "mou") == (focus, "mou")


def test_a_specific_kind_named_for_a_focus_of_no_kind_yet_names_it():
    focus = Agreement(kind="", status="signed", parties=["GHA", "KEN"])
    assert referred_act([focus], focus, "treaty") == (focus, "treaty")


@pytest.mark.parametrize("text, kind", [
    ("Ghana and Kenya have agreed to cooperate in space research, the ministry announced. The memorandum of "
     "understanding was signed on Monday in Accra by the heads of the two space agencies.", "mou"),
    ("Peru and Chile agreed to work together on undersea cables. The treaty was signed in Lima.", "treaty"),
])
def test_an_act_read_from_cooperating_alone_takes_the_kind_of_the_instrument_named_next(text, kind):
    assert [act.kind for act in acts_of(text)] == [kind]


def test_an_initiative_named_as_such_keeps_its_kind():
    text = "Ghana and Kenya launched a digital skills initiative. The memorandum of understanding was signed in Accra."
    assert [act.kind for act in acts_of(text)] == ["initiative"]


@pytest.mark.parametrize("text, kind", [
    ("Japan and Rwanda signed an agreement on ICT on Tuesday. The Memorandum of Cooperation, signed between the two "
     "ministries, promotes knowledge sharing.", "mou"),
    ("Chile and Peru concluded an agreement on borders. The treaty, signed by both presidents, ends a long dispute.",
     "treaty"),
])
def test_an_agreement_named_again_as_a_memorandum_or_treaty_takes_that_kind(text, kind):
    assert [act.kind for act in acts_of(text)] == [kind]


@pytest.mark.parametrize("text, parties, kind", [
    ("ASEAN member states intend to expand cooperation in satellite data. This is stated in the declaration adopted "
     "after the ministers' meeting in Vientiane.", {"ASEAN"}, "declaration"),
    ("The member countries of the African Union plan to harmonise digital ID rules. This was set out in a statement "
     "adopted following the meeting of AU heads of state.", {"AU"}, "joint-statement"),
    ("Chile and Peru agreed to pool research on lithium. This is said in the final declaration signed by the two "
     "presidents on Friday.", {"CHL", "PER"}, "declaration"),
])
def test_an_act_told_then_placed_in_a_document_made_is_that_document_made(text, parties, kind):
    found = acts(text)
    assert found[(frozenset(parties), kind, "signed")] == 1
    assert sum(found.values()) == 1


def test_a_document_only_quoted_without_its_making_leaves_the_plan_planned():
    found = acts("ASEAN member states intend to expand cooperation in satellite data. This is stated in a report by "
                 "the secretariat.")
    assert found[(frozenset({"ASEAN"}), "declaration", "signed")] == 0


def test_an_instrument_of_its_own_keeps_its_kind_when_a_statement_retells_it():
    found = acts("Egypt and Kenya signed a memorandum on satellites. This is stated in the joint statement adopted "
                 "after the talks.")
    assert found[(frozenset({"EGY", "KEN"}), "mou", "signed")] == 1
