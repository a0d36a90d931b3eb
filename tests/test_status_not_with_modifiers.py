"""A negation keeps its verb whatever modifier news puts after "not" ("did not formally renew", "have not officially
signed", "never formally signed"), and a noun such as "agreement" is no verb of agreeing refused: not renewing or
extending an agreement lets it run out (ended). Sentences written for these tests, a sample of a generator that varies
the adverb slot of each status shape."""

from __future__ import annotations

import pytest

from techpact.extract.status import find_status


@pytest.mark.parametrize(("text", "status"), [
    ("Ghana and Togo did not formally renew their memorandum on data protection.", "ended"),
    ("Chile and Peru did not renew their agreement on lithium.", "ended"),
    ("Chile has not extended the agreement with Peru.", "ended"),
    ("Ghana and Togo have not officially signed the pact on fisheries data.", "rejected"),
    ("Chile and Peru never formally signed the accord on space research.", "rejected"),
    ("Ghana did not sign the agreement with Togo.", "rejected"),
    ("Chile and Peru did not reach an agreement on lithium.", "rejected"),
])
def test_a_negation_keeps_its_verb(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize(("text", "plain"), [
    ("Ghana did not formally renew the pact.", "Ghana did not renew the pact."),
    ("Ghana has not yet signed the pact.", "Ghana has not yet signed the pact."),
    ("Ghana will not soon sign the pact.", "Ghana will not soon sign the pact."),
])
def test_only_modifiers_after_not_are_left_out(text, plain):
    from techpact.extract.status_plain import without_modifiers
    assert without_modifiers(text) == plain
