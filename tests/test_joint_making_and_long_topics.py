"""Wordings of who the parties are: instruments "with" several countries after a long topic ("agreements on
cooperation in the field of information security with A, B and C") are one with each; states that "announced plans
to" or "will work on" building, creating or setting up something are the makers of a planned act. Look-alikes: a
single partner, an announcement or work with nothing made."""

from collections import Counter

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def acts(text: str) -> Counter:
    facts = extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=None,
                                   media_type="text/plain"))
    return Counter((frozenset(a.parties), a.status) for a in facts.agreements)


def test_instruments_with_several_after_a_long_topic_are_one_with_each():
    found = acts("Russia will sign agreements on cooperation in the field of international information security with "
                 "Serbia, Cuba and Nicaragua.")
    assert found == Counter({(frozenset({"RUS", code}), "planned"): 1 for code in ("SRB", "CUB", "NIC")})


def test_one_partner_after_a_long_topic_is_one_act():
    found = acts("Russia signed an agreement on cooperation in the field of international information security with "
                 "Serbia.")
    assert found == Counter({(frozenset({"RUS", "SRB"}), "signed"): 1})


@pytest.mark.parametrize("text", [
    "Kenya and Ghana announced plans to establish a joint fintech sandbox.",
    "Kenya and Ghana unveiled plans to build a joint satellite ground station.",
])
def test_two_states_announcing_plans_to_make_something_joint_plan_an_act(text):
    assert acts(text) == Counter({(frozenset({"GHA", "KEN"}), "planned"): 1})


def test_an_announcement_with_nothing_made_is_no_act():
    assert not acts("Kenya and Ghana announced on Monday a new chapter in their relations.")


@pytest.mark.parametrize("text, parties", [
    ("Brazil, Russia and India will work on creating a joint payment system.", {"BRA", "IND", "RUS"}),
    ("Brazil and Russia are working towards establishing a joint data centre.", {"BRA", "RUS"}),
    ("The BRICS group comprising Brazil, Russia, India, China and South Africa will work on creating a payment system "
     "based on blockchain.", {"BRA", "CHN", "IND", "RUS", "ZAF"}),
])
def test_states_working_on_making_something_plan_an_act(text, parties):
    assert acts(text)[(frozenset(parties), "planned")] == 1


def test_work_on_nothing_made_is_no_act():
    assert not acts("Brazil and Russia worked on a new chapter in their relations.")
