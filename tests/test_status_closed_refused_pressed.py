"""More wordings of statuses already read: an act itself closed ("the joint centre was shut down", "the working group
was disbanded") is ended; no interest shown in the other's offer ("has shown no interest in Kenya's offer") refuses it;
pressing the other to act ("is pressing Vietnam to conclude an agreement") is an offer. A company shut down, or no
interest in something other than an offer, tells none of these. Sentences written for these tests."""

import pytest

from techpact.extract.status import find_status


@pytest.mark.parametrize("text, status", [
    ("The joint AI centre set up by Kenya and Vietnam was shut down in March.", "ended"),
    ("The working group on cybersecurity set up by Chile and Peru was disbanded last year.", "ended"),
    ("Vietnam has shown no interest in Kenya's offer of a joint space programme.", "rejected"),
    ("Oman expressed no interest in the Jordanian proposal for a data centre.", "rejected"),
    ("Kenya is pressing Vietnam to conclude a data-sharing agreement.", "proposed"),
    ("Chile pressed Peru to sign the lithium memorandum.", "proposed"),
])
def test_more_wordings_of_ending_refusing_and_offering(text, status):
    assert find_status(text) == status


def test_pressing_reporters_for_comment_is_no_offer():
    assert find_status("Kenya and Vietnam signed a memorandum on AI, pressing ahead with cooperation.") == "signed"
