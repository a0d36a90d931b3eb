"""The older act a new one builds on, named as an MoU, a deal or a protocol ("This collaboration builds on a previous MoU
signed in 2021", "The new pact builds on a 2021 deal"), is an act of its own, in force, as when named an agreement or a
memorandum (prior_acts.PRIOR_ACT, prior_acts.PRIOR_BUILT_ON); the new act told after it takes its own noun's kind. So is
the older act a new one continues ("is a continuation of the MoU"), or is made as part of, named with its own signing day
("as part of the Memorandum signed on November 7, 2022"; prior_acts.PART_OF_SIGNED). Passages written for the test,
never taken from the eval passages."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document
from tests.extraction import acts_of

_LEAD = "Ghana and Morocco signed a memorandum of understanding on green hydrogen on Monday. "


def acts(text: str) -> list[tuple[str, str]]:
    facts = extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=None, media_type="text/plain"))
    return sorted((a.status, str(a.date)) for a in facts.agreements if set(a.parties) == {"GHA", "MAR"})


@pytest.mark.parametrize("follow, year", [
    ("This collaboration builds on a previous MoU signed in 2021.", "2021"),
    ("The memorandum builds on a previous deal signed in 2020.", "2020"),
    ("It is part of a broader protocol signed in 2018.", "2018"),
])
def test_the_older_mou_deal_or_protocol_built_on_is_in_force(follow, year):
    found = acts(_LEAD + follow)
    assert ("in-force", year) in found
    assert any(status == "signed" for status, _ in found)


@pytest.mark.parametrize("follow", [
    "This collaboration builds on the experience of both countries.",
    "The MoU builds on years of friendship.",
])
def test_no_older_act_named_no_older_act(follow):
    assert [status for status, _ in acts(_LEAD + follow)] == ["signed"]


@pytest.mark.parametrize("text", [
    "Building on their 2015 agreement on space, Ghana and Morocco signed a memorandum on green hydrogen.",
    "Under their 2015 agreement on space, Ghana and Morocco signed a memorandum on green hydrogen.",
])
def test_the_new_act_told_after_the_older_one_has_its_own_kind(text):
    facts = extract_facts(Document(text=text, source="test.txt"))
    assert sorted((a.kind, a.status) for a in facts.agreements) == [("agreement", "in-force"), ("mou", "signed")]


@pytest.mark.parametrize("text, older", [
    # no determiner before the acts told existing, whatever is told of their making
    ("Ghana and Morocco signed a memorandum on green hydrogen under existing agreements.", "agreement"),
    ("Ghana and Morocco signed a memorandum on green hydrogen based on existing MoUs signed between them.", "mou"),
])
def test_existing_acts_named_with_no_determiner_are_in_force_beside_the_new_one(text, older):
    facts = extract_facts(Document(text=text, source="test.txt"))
    assert sorted((a.kind, a.status) for a in facts.agreements) == sorted([(older, "in-force"), ("mou", "signed")])


def test_an_act_signed_now_named_after_under_is_no_older_act():
    facts = extract_facts(Document(text="Ghana and Morocco signed a memorandum under the agreement signed today.",
                                   source="test.txt"))
    assert [(a.kind, a.status) for a in facts.agreements] == [("mou", "signed")]


def test_an_act_continuing_an_older_one_records_the_older_apart():
    text = ("Peru and Chile signed a joint statement of intent on space. This agreement is a continuation of the "
            "Memorandum of Understanding on space between the two governments, signed in May.")
    assert sorted(a.kind for a in acts_of(text)) == ["joint-statement", "mou"]


def test_an_act_made_as_part_of_an_older_one_signed_on_its_day_records_the_older_apart():
    text = "Kenya and the EU approved a roadmap as part of the Memorandum of Understanding signed on May 3, 2021."
    assert sorted(a.kind for a in acts_of(text)) == ["initiative", "mou"]


@pytest.mark.parametrize("text", [
    "Chile and Peru signed a memorandum on lithium on Monday. Research exchanges between the two countries are "
    "conducted under a 2019 agreement on science that still governs joint research projects.",
    "Chile and Peru signed a memorandum on lithium on Monday. Their scientists work under a 2019 agreement, which "
    "funds joint space projects.",
])
def test_what_the_older_act_holds_in_its_relative_clause_is_no_act_of_its_own(text):
    assert sorted((a.kind, a.status) for a in acts_of(text)) == [("agreement", "in-force"), ("mou", "signed")]


@pytest.mark.parametrize("follow, year", [
    ("This memorandum builds upon the foundation laid by the Ghana-Morocco Energy Agreement signed in 2019.", "2019"),
    ("The MoU builds on the success of their 2017 partnership on solar power.", "2017"),
    ("It builds on the groundwork laid by a previous deal signed in 2016.", "2016"),
])
def test_the_older_act_whose_foundation_or_success_a_new_one_builds_on_is_in_force(follow, year):
    found = acts(_LEAD + follow)
    assert ("in-force", year) in found
    assert any(status == "signed" for status, _ in found)


def test_building_on_the_foundation_of_friendship_names_no_older_act():
    assert [status for status, _ in acts(_LEAD + "The MoU builds on the foundation of their long friendship.")] == ["signed"]


def test_a_standing_partnership_that_has_set_up_bodies_stands_and_the_bodies_are_made_now():
    facts = extract_facts(Document(text="Washington | The trilateral partnership between Ghana, Morocco and Benin has "
                                        "established working groups on artificial intelligence.", source="test.txt",
                                   title=None, url=None, issued=None, media_type="text/plain"))
    found = {(a.kind, a.status) for a in facts.agreements if set(a.parties) == {"GHA", "MAR", "BEN"}}
    assert found == {("partnership", "in-force"), ("working-group", "signed")}


def test_an_agreement_that_has_set_up_a_committee_may_be_the_one_just_made():
    facts = extract_facts(Document(text="The agreement between Ghana and Morocco has established a joint committee.",
                                   source="test.txt", title=None, url=None, issued=None, media_type="text/plain"))
    assert [(a.kind, a.status) for a in facts.agreements] == [("agreement", "signed")]
