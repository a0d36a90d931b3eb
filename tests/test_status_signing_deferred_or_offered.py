"""A signing taken as the object of a verb of deferring is still ahead ("postponed the signing of", "delayed signing",
"the signing of the memorandum was postponed"), and of a verb of offering is an offer ("suggested signing", "proposed
the signing of"); asking the other side to sign is an offer too. Sentences written for these tests, a sample of a
generator that varies the verb slot of each status shape."""

from __future__ import annotations

import pytest

from techpact.extract.status import find_status

from .extraction import acts_of


@pytest.mark.parametrize(("text", "status"), [
    ("Ghana and Togo postponed the signing of a memorandum on data protection.", "planned"),
    ("Chile and Peru delayed signing an agreement on lithium on Monday.", "planned"),
    ("The signing of a memorandum on space research between Ghana and Togo was postponed on Monday.", "planned"),
    ("The signing of several documents, including a pact on lithium between Chile and Peru, has been delayed.", "planned"),
    ("Ghana and Togo put off signing a treaty on fisheries data.", "planned"),
    ("Ghana suggested signing a memorandum on data protection with Togo.", "proposed"),
    ("Chile proposed the signing of a lithium pact with Peru.", "proposed"),
    ("Ghana asked Togo to sign a memorandum on cybersecurity.", "proposed"),
    ("Chile asked Peru to conclude a treaty on space research.", "proposed"),
])
def test_a_signing_deferred_is_ahead_and_one_suggested_is_an_offer(text, status):
    assert find_status(text) == status


def test_a_postponed_signing_makes_a_planned_act():
    acts = acts_of("Ghana and Togo postponed the signing of a memorandum of understanding on data protection.")
    assert [(sorted(act.parties), act.status) for act in acts] == [(["GHA", "TGO"], "planned")]


@pytest.mark.parametrize("text", [
    "Ghana and Togo witnessed the signing of a memorandum on data protection.",
    "Chile and Peru marked the signing of a lithium pact with a ceremony.",
    "The signing of the memorandum took place in Accra on Monday.",
])
def test_a_signing_witnessed_or_held_is_done(text):
    assert find_status(text) == "signed"


@pytest.mark.parametrize("text", [
    "Ghana asked Togo's government to sign a memorandum on cybersecurity.",
    "Chile asked the Peruvian side to conclude a treaty on space research.",
])
def test_asking_the_other_sides_government_to_sign_is_an_offer(text):
    assert find_status(text) == "proposed"


@pytest.mark.parametrize("text", [
    "Ghana and Togo discussed signing a memorandum on data protection.",
    "Chile and Peru discussed the signing of a lithium pact during the visit.",
    "The ministers of Ghana and Togo talked about signing a treaty on fisheries data.",
    "Chile and Peru explored concluding an agreement on space research.",
])
def test_a_signing_talked_over_is_still_ahead(text):
    assert find_status(text) == "planned"


def test_an_act_signed_earlier_and_discussed_now_stays_signed():
    assert find_status("Ghana and Togo discussed the memorandum signed last year on data protection.") == "signed"


def test_a_signing_postponed_after_a_long_description_of_its_document_is_still_ahead():
    text = ("The signing of the document, drawn up by the foreign ministry together with the security council, the "
            "ministry of communications, the ministry of justice and the central bank of Ghana, was postponed until May.")
    assert find_status(text) == "planned"
