"""Views held in common ("agree on many major issues") conclude nothing: no status is read from them, while agreeing
on an instrument or a matter of cooperation still tells it concluded. Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract import cues, extract_facts
from techpact.loaders.document import Document


@pytest.mark.parametrize("text", [
    "Brazil and India agree on many major issues, officials said.",
    "The leaders agreed on key questions of regional security.",
    "The two presidents have agreed on most matters of mutual concern.",
    "Both sides agreed upon several points, the ministry said.",
])
def test_views_agreed_on_tell_no_status(text):
    assert cues.find_status(text) is None


@pytest.mark.parametrize("text", [
    "The ministers agreed on a roadmap for AI cooperation.",
    "Chile and Peru agreed on cooperation in lithium.",
    "Kenya and Ghana agreed on the terms of the deal.",
])
def test_an_instrument_or_cooperation_agreed_on_is_still_concluded(text):
    assert cues.find_status(text) == "signed"


def test_views_agreed_on_later_do_not_change_the_status_of_the_act_in_focus():
    text = ("Chile and Peru agreed to set up a joint space agency. "
            "Chile and Peru agree on many major issues, the Chilean president said.")
    [act] = extract_facts(Document(text=text, source="t.txt")).agreements
    assert act.status == "planned"
