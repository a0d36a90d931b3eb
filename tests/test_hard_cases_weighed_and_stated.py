"""An act still being weighed is hedged talk, no act (weighed_acts), while the joint statement that reports it is an
act of its authors (statement_sources): the states named before "with", as many as a count says."""

import pytest

from techpact.extract import extract_facts
from techpact.extract.weighed_acts import weighed
from techpact.loaders.document import Document


def acts(text: str) -> set[tuple[frozenset, str]]:
    facts = extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=None,
                                   media_type="text/plain"))
    return {(frozenset(a.parties), a.kind) for a in facts.agreements if len(a.parties) >= 2}


@pytest.mark.parametrize("text", [
    "Spain and Portugal are considering cooperation with Morocco on hydrogen.",
    "Seoul is weighing closer cooperation with Tokyo on chips, officials said.",
    "Chile and Peru are still mulling whether to work together on lithium.",
])
def test_weighed_acts_an_act_still_weighed_is_no_act(text):
    assert weighed(text, len(text) + 1)
    assert not acts(text)


@pytest.mark.parametrize("text", [
    "After considering the offer for months, Spain and Morocco signed a hydrogen deal.",
    "Spain and Morocco were considering the offer and then agreed to build a cable.",
    "Spain and Morocco signed a hydrogen deal on Monday.",
])
def test_weighed_acts_an_act_decided_is_not_weighed(text):
    assert not weighed(text, len(text) + 1)
    assert acts(text)


def test_weighed_acts_an_instrument_weighed_is_left_to_the_planned_reading():
    text = "Ghana and Togo are considering a declaration on 5G networks."
    assert not weighed(text, text.index("declaration"))


def test_weighed_acts_a_pact_as_topic_of_the_cooperation_weighed_is_weighed():
    text = "Spain and Italy are considering cooperation with Morocco on the Mediterranean energy pact."
    assert weighed(text, text.index("pact"))


def test_weighed_acts_an_instrument_named_before_the_weighing_stays():
    text = "AUKUS, the trilateral security partnership between Australia, Britain and the United States, is weighing whether Canada should join."
    assert not weighed(text, text.index("partnership"))


def test_weighed_acts_ties_in_general_before_the_weighing_are_weighed_too():
    text = "Recognising its close defence partnerships with all three countries we are considering cooperation with Chile."
    assert weighed(text, text.index("partnerships"))


def test_statement_sources_the_statement_of_weighed_talk_is_its_authors_act():
    text = ("Spain, France and Italy are considering cooperation with Morocco on hydrogen, the three countries said "
            "in a joint statement on Monday.")
    assert acts(text) == {(frozenset({"ESP", "FRA", "ITA"}), "joint-statement")}


@pytest.mark.parametrize("text", [
    "Spain, France and Italy are considering cooperation with Morocco on hydrogen, the two countries said in a joint statement.",
    "Spain is considering cooperation with Morocco on hydrogen, officials said on Monday.",
    "Spain, France and Italy are considering cooperation with Morocco, according to a report.",
])
def test_statement_sources_no_authors_that_fit_make_no_statement(text):
    assert not acts(text)
