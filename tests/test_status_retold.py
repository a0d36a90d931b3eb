"""One act retold (status_retold): a clause that introduces an instrument of the act's own kind, with no other status
and nothing of an identity of its own (a name or topic of its own, a year, "another", "a second", "a separate"),
retells the act in focus; one with an identity of its own is another act, listed apart.
Short passages written for the test in the shapes of news wording (never taken from the eval passages)."""

from __future__ import annotations

from collections import Counter

import pytest

from techpact.extract.facts import Agreement
from techpact.extract.status_retold import own_identity

from .extraction import acts_of


def acts(text: str) -> Counter:
    """How many acts of each (parties, kind, status) the text tells."""
    return Counter(("+".join(sorted(a.parties)), a.kind, a.status) for a in acts_of(text))


@pytest.mark.parametrize("text, act", [
    # a stalled accord, told once a sentence: one planned act
    ("Ghana and Togo are pushing to reach an accord on fishing rights, officials said. Talks in Accra on Thursday fell "
     "short of a deal. Ghana and Togo still hope to reach an agreement later this year. The two countries have been "
     "trying to conclude an agreement for many months.", ("GHA+TGO", "agreement", "planned")),
    ("Peru and Chile hope to reach a deal on lithium exports. Negotiators said Peru and Chile could reach a deal "
     "before the end of the summer.", ("CHL+PER", "agreement", "planned")),
    # the same act, its topic told again in other words
    ("Peru and Chile are working towards an agreement on lithium mining. Peru and Chile hope to conclude a lithium "
     "agreement soon.", ("CHL+PER", "agreement", "planned")),
])
def test_status_retold_one_act_told_again(text, act):
    assert acts(text) == Counter({act: 1})


@pytest.mark.parametrize("text, count", [
    # a topic of its own
    ("Kenya and Uganda signed a memorandum on trade on Monday. The two countries signed a memorandum on health "
     "care.", 2),
    ("Peru and Chile hope to reach an agreement on copper exports. Peru and Chile hope to reach an agreement on port "
     "fees as well.", 2),
    ("Ghana and Togo are negotiating an accord on fishing rights. Ghana and Togo are negotiating a customs "
     "agreement.", 2),
    # counted apart, or a year of its own
    ("Kenya and Uganda signed a memorandum on trade. Kenya and Uganda signed a second memorandum in the afternoon.", 2),
    ("Peru and Chile hope to reach an agreement on copper exports. Peru and Chile also hope to reach a separate "
     "agreement.", 2),
    ("Peru and Chile hope to reach a deal on copper exports. Peru and Chile hope to reach a deal in 2027 too.", 2),
    # several instruments listed in one sentence
    ("Ghana and Togo signed a memorandum on trade and a memorandum on health.", 2),
])
def test_status_retold_an_identity_of_its_own_is_another_act(text, count):
    acts_told = acts(text)
    assert sum(acts_told.values()) == count


@pytest.mark.parametrize("text, count", [
    # the act pointed back to, told with the time of an event around it: one act
    ("Qatar signed a cooperation agreement on digital government with Oman on Monday. The cooperation agreement was "
     "signed by the two ministers on the sidelines of the LEAP 2024 conference, held from March 4-7.", 1),
    # a year of its own, or an older act: two
    ("Kenya signed an agreement on fibre links with Uganda on Monday. The 2016 agreement was signed by the two "
     "ministers on Friday.", 2),
    ("Kenya signed an agreement on fibre links with Uganda on Monday. An earlier agreement was signed by the two "
     "ministers in 2016.", 2),
])
def test_status_retold_a_time_apart_gives_no_identity_to_the_act_pointed_back_to(text, count):
    assert sum(acts(text).values()) == count


def test_status_retold_the_guides_several_acts_stay_apart():
    # an MoU signed and a working group planned: two acts
    assert acts("Kenya and Uganda signed a memorandum on trade. Under the memorandum, the two sides will set up a "
                "working group.") == Counter({("KEN+UGA", "mou", "signed"): 1, ("KEN+UGA", "working-group", "planned"): 1})


def test_status_retold_own_identity_reads_the_instrument_phrase():
    told = Agreement(kind="agreement", status="planned", parties=["GHA", "TGO"])
    assert not own_identity("They hope to reach an agreement later this year.", "agreement", told, [told])
    assert own_identity("They hope to reach another agreement.", "agreement", told, [told])
    assert own_identity("They hope to reach an agreement on fisheries.", "agreement", told, [told])
    assert own_identity("They signed an agreement in 2019.", "agreement", told, [told])
    assert not own_identity("They signed the agreement at the LEAP 2024 fair.", "agreement", told, [told])
