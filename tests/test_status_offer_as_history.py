"""An act both sides agreed on (planned) is not made an offer again by the offer it began as, told as its history ("The
agreement, first proposed in 2019, ...", "was originally proposed by Ghana in 2019"); an offer made now about it, or an
act still only offered, keeps "proposed" (extract/status_terms.offered_once). Passages written for the test, never taken
from the eval passages."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document

_PLANNED = "Ghana and Morocco agreed to sign an agreement on digital payments next month. "


def statuses(text: str) -> list[str]:
    facts = extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=None, media_type="text/plain"))
    return sorted(a.status for a in facts.agreements if set(a.parties) == {"GHA", "MAR"})


@pytest.mark.parametrize("follow", [
    "The agreement, first proposed in 2019, has been delayed by disputes.",
    "The agreement was originally proposed by Ghana in 2019.",
    "The pact, initially floated by Morocco, has broad support.",
])
def test_the_offer_an_agreed_act_began_as_is_its_history(follow):
    assert statuses(_PLANNED + follow) == ["planned"]


@pytest.mark.parametrize("text", [
    _PLANNED + "Morocco proposed extending the agreement to mining.",
    "Ghana has proposed an agreement on digital payments to Morocco. The agreement, first proposed in 2019, would cover "
    "mobile money.",
])
def test_an_offer_made_now_or_an_act_only_offered_stays_proposed(text):
    assert statuses(text) == ["proposed"]
