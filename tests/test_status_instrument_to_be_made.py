"""An instrument agreed on or finalised that is still to be adopted, signed or issued ("agreed on a leaders'
declaration to be adopted at the upcoming summit") is planned. What an instrument made is to bring about ("signed an
agreement, to be implemented from May", "under which a fund is to be set up") leaves it made. Sentences written for
these tests."""

import pytest

from techpact.extract.status import find_status


@pytest.mark.parametrize("text", [
    "The council of ministers agreed on a leaders’ declaration on payment links to be adopted at the upcoming summit in Accra.",
    "Kenyan and Ghanaian ministers agreed on a joint statement on AI to be issued at the summit next month.",
    "The two foreign ministers finalised a declaration on space cooperation to be signed by the presidents in May.",
])
def test_an_instrument_still_to_be_adopted_is_planned(text):
    assert find_status(text) == "planned"


@pytest.mark.parametrize("text", [
    "Kenya and Ghana signed an agreement on data, to be implemented from May.",
    "Kenya and Ghana signed an agreement under which a joint fund is to be set up.",
    "Kenya and Ghana signed a memorandum on Monday. It is to be ratified next year.",
])
def test_an_instrument_made_stays_made_whatever_it_is_to_bring_about(text):
    assert find_status(text) == "signed"
