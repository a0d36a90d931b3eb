"""A state's own participation in a bloc suspended, frozen or terminated is an act of the state and the bloc, ended,
told once however often the passage retells it; talk of it, a resumption, a bloc suspending a member and a state
leaving talks are no such act. Short passages written for the test in the shapes of news wording (never eval
passages)."""

from __future__ import annotations

import pytest

from .extraction import acts_of


@pytest.mark.parametrize("text, pair, kind", [
    ("Belarus suspends its participation in the Eurasian Economic Union, the president's office said.", "BLR+EAEU",
     "agreement"),
    ("Kyrgyzstan has frozen its membership in the CSTO, its foreign minister announced on Monday.", "CSTO+KGZ",
     "agreement"),
    ("Tajikistan's participation in the Collective Security Treaty Organization is now frozen, the president said.",
     "CSTO+TJK", "treaty"),
    ("Moldova terminated its participation in the CIS on Friday, citing the war in Ukraine.", "CIS+MDA", "agreement"),
    # retold in the next sentences: one act
    ("Armenia has suspended its participation in the Collective Security Treaty Organization. \"The treaty regarding "
     "Armenia has not been implemented in 2021 and 2022,\" the prime minister said. \"We have terminated our "
     "participation in this agreement.\"", "ARM+CSTO", "treaty"),
])
def test_a_states_suspended_participation_in_a_bloc_is_one_ended_act(text, pair, kind):
    acts = acts_of(text)
    assert [("+".join(sorted(a.parties)), a.status) for a in acts] == [(pair, "ended")]
    assert acts[0].kind == kind


@pytest.mark.parametrize("text", [
    "Armenia may suspend its participation in the CSTO, the prime minister said.",
    "Armenia denied plans to suspend its participation in the CSTO.",
    "Armenia threatened to freeze its membership in the CSTO over the border crisis.",
    "Armenia resumed its participation in the CSTO after a year.",
    "Niger suspended its participation in the talks with ECOWAS mediators.",
    "Mali's membership in the African Union has been suspended since the coup.",
])
def test_talk_of_it_a_resumption_or_a_sanction_by_the_bloc_is_no_ended_act(text):
    assert not any(a.status == "ended" for a in acts_of(text))
