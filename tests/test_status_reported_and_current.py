"""Status holds when "reportedly" or "currently" stands between an auxiliary and its verb: they tell how sure or how
recent the report is, not what happened to the act ("have reportedly not signed" is no signing). Sentences written for
these tests, a sample of a generator that varies the adverb slot of each status shape."""

from __future__ import annotations

import pytest

from techpact.extract.status import find_status

from .extraction import acts_of


@pytest.mark.parametrize(("text", "status"), [
    ("Ghana and Peru are reportedly working on a memorandum on data centres.", "planned"),
    ("Ghana and Peru are currently working on a treaty on space research.", "planned"),
    ("The memorandum between Chile and Peru is reportedly being implemented.", "in-force"),
    ("The accord between Ghana and Togo is currently being implemented.", "in-force"),
    ("Ghana is reportedly ready to sign a data pact with Togo.", "proposed"),
    ("Chile and Peru are currently negotiating a lithium agreement.", "planned"),
    ("Chile and Peru have reportedly signed an agreement on lithium.", "signed"),
    ("Chile and Peru will reportedly sign an agreement on lithium next week.", "planned"),
])
def test_a_reported_or_current_clause_keeps_its_status(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize("text", [
    "Chile and Peru have reportedly not signed an agreement on lithium.",
    "Ghana and Togo had reportedly never signed the data pact.",
])
def test_a_reported_negation_is_no_signing(text):
    assert find_status(text) == "rejected"
    assert all(act.status != "signed" for act in acts_of(text))


@pytest.mark.parametrize("text", [
    "Ghana will soon sign the pact with Togo.",
    "Ghana and Togo are now partners in a data pact.",
])
def test_words_that_change_what_is_said_are_still_kept(text):
    from techpact.extract.status_plain import without_modifiers
    assert without_modifiers(text) == text
