"""An extension of an act that one side seeks from the other is its offer, proposed, beside the act extended, in force
(extract/status_sought.py, read in act_finish); sentences written for the test."""

from __future__ import annotations

import pytest

from techpact.extract.status_sought import extension_sought
from tests.extraction import acts_of


def statuses(text: str) -> list[str]:
    return sorted(act.status for act in acts_of(text))


@pytest.mark.parametrize("text", [
    "Kenya is seeking a two-year extension of its space agreement with Ghana, the ministry said on Monday.",
    "Chile has requested the renewal of its lithium memorandum with Peru.",
    "Togo asked for a prolongation of the data-sharing pact with Benin.",
    # what is told next of the act extended is that act's, not the extension's
    "Peru is seeking an extension to its fisheries accord with Chile. For 30 years, the accord has governed joint "
    "anchovy research.",
])
def test_an_extension_one_side_seeks_is_its_offer_beside_the_act_in_force(text):
    assert statuses(text) == ["in-force", "proposed"]


@pytest.mark.parametrize("text", [
    "Kenya and Ghana agreed to seek an extension of their space agreement.",
    "Ghana approved Kenya's request for an extension of their space agreement.",
    "Kenya signed a protocol on the extension of its space agreement with Ghana.",
])
def test_an_extension_agreed_or_made_is_no_offer(text):
    assert "proposed" not in statuses(text)


def test_a_refused_request_for_an_extension_stays_refused():
    assert statuses("Kenya has refused Ghana's request for an extension of the space agreement.") == ["in-force", "rejected"]
    assert not extension_sought("Kenya and Ghana agreed to seek an extension of their space agreement.")


@pytest.mark.parametrize("text, status", [
    ("Kenya and Ghana agreed to seek an extension of their space agreement.", "planned"),
    ("Kenya and Ghana will discuss the renewal of their space agreement.", "planned"),
    ("Chile and Peru agreed on the extension of their lithium agreement on Monday.", "signed"),
])
def test_an_extension_keeps_its_own_status_beside_the_act_it_extends(text, status):
    assert statuses(text) == sorted(["in-force", status])
