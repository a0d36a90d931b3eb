"""Work done under an act named by a compound of abbreviated names ("occupied since 2000 under a U.S.-Russian-led
partnership") serves a standing act, as under "a Russian-led partnership": in force."""

from tests.extraction import acts_of


def test_work_done_under_an_act_named_by_abbreviations_puts_it_in_force():
    text = ("The station, which was launched in 1998, has been continuously occupied since November 2000 under a "
            "U.S.-Russian-led partnership that also includes Canada and Japan.")
    assert [(set(a.parties), a.status) for a in acts_of(text)] == [({"USA", "RUS", "CAN", "JPN"}, "in-force")]


def test_a_new_act_named_by_abbreviations_and_signed_is_still_signed():
    text = "The satellite was built under a U.S.-Japan agreement signed by the two countries."
    assert [(set(a.parties), a.status) for a in acts_of(text)] == [({"USA", "JPN"}, "signed")]
