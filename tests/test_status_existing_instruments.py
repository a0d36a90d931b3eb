"""Any instrument named as existing or long-standing is in force ("the existing memorandum", "their long-standing pact",
"the existing deal"), as an existing agreement or partnership already was; a new instrument concluded beside it keeps
its own status. Sentences written for these tests, a sample of a generator that varies the modifier of an act told as
a subject."""

from __future__ import annotations

import pytest

from techpact.extract.status import find_status


@pytest.mark.parametrize("text", [
    "The existing memorandum of understanding between Ghana and Togo covers data protection.",
    "Chile's long-standing pact with Peru provides for joint lithium research.",
    "The existing Ghana-Togo deal focuses on cybersecurity.",
    "Their existing MoU aims to boost cooperation in space research.",
    "The current protocol between Chile and Peru covers customs data.",
])
def test_an_instrument_named_as_existing_is_in_force(text):
    assert find_status(text) == "in-force"


@pytest.mark.parametrize(("text", "status"), [
    ("Ghana and Togo signed a memorandum on data under their existing pact.", "signed"),
    ("Chile and Peru inked a new deal building on their existing memorandum.", "signed"),
])
def test_a_new_instrument_beside_an_existing_one_keeps_its_own_status(text, status):
    assert find_status(text) == status
