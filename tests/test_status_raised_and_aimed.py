"""An existing act raised into a new one ("upgraded their existing partnership to a strategic partnership") is the base
of the act made now, which is signed; what an instrument made is for ("signed a protocol to continue their
cooperation") is its aim, not the course of the instrument itself."""

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def statuses(text: str) -> set[str]:
    return {a.status for a in extract_facts(Document(text=text, source="test.txt")).agreements}


@pytest.mark.parametrize("text", [
    "Chile and Peru upgraded their existing partnership to a comprehensive strategic partnership on Monday.",
    ("Ghana and Togo agreed to expand their existing Solar Partnership to a Solar and Grid Partnership. Their energy"
     " ministers signed the new partnership in Accra on 3 May 2024."),
])
def test_an_existing_act_raised_into_a_new_one_is_a_making(text):
    assert statuses(text) == {"signed"}


@pytest.mark.parametrize("text", [
    "Chile and Peru signed in Lima on Tuesday a protocol to continue their cooperation on glacier research.",
    "Ghana and Togo concluded an agreement to continue cooperation on solar power.",
])
def test_what_an_instrument_is_for_is_not_its_course(text):
    assert statuses(text) == {"signed"}


@pytest.mark.parametrize("text", [
    "Chile and Peru agreed to expand their existing partnership to new areas such as lithium.",
    "Chile and Peru continue their cooperation on lithium under their 2015 agreement.",
    "Ghana and Togo will widen their existing cooperation on solar power, launched in 2020.",
])
def test_an_existing_act_carried_on_stays_in_force(text):
    assert statuses(text) == {"in-force"}
