"""One side in talks with a list of states for instruments told after the list ("in discussions with Ghana, Togo and
Benin to secure mining agreements") has an act with each of them, as "mining agreements with Ghana, Togo and Benin"
does; a name followed by its own acronym in brackets ("the Democratic Republic of the Congo (DRC)") is one step of the
list. A joint act of them all stays one. Sentences written for these tests."""

from __future__ import annotations

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def party_sets(text: str) -> list[list[str]]:
    return [sorted(a.parties) for a in extract_facts(Document(text=text, source="test.txt")).agreements]


def test_talks_with_a_list_for_agreements_are_one_act_with_each():
    text = "India said it was in discussions with Ghana, Togo and Benin to secure mining agreements."
    assert party_sets(text) == [["GHA", "IND"], ["IND", "TGO"], ["BEN", "IND"]]


def test_a_name_with_its_acronym_is_one_step_of_the_list():
    text = ("India said it was in talks with the Democratic Republic of the Congo (DRC), Ghana and Togo "
            "on mineral pacts.")
    assert party_sets(text) == [["COD", "IND"], ["GHA", "IND"], ["IND", "TGO"]]


def test_a_joint_act_of_the_list_stays_one():
    text = "India signed a joint declaration with Ghana, Togo and Benin on mining agreements."
    assert party_sets(text) == [["BEN", "GHA", "IND", "TGO"]]
