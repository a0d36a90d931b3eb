"""Two acts of the same parties with different fates (status_fates): a clause that names an instrument of the parties
with another fate in time (made now, still to be made, made long before) and an identity of its own (one more, a topic,
a name or a year of its own) tells another act, listed apart with its own status; a clause that retells the act (points
back to it, names its topic again, its entry into force, a quote about it) stays with it.
Short passages written for the test in the shapes of news wording (never taken from the eval passages)."""

from __future__ import annotations

from collections import Counter

import pytest

from techpact.extract.status_fates import clause_fate

from .extraction import acts_of


def kinds(text: str) -> Counter:
    """How many acts of each (parties, kind, status) the text tells."""
    return Counter(("+".join(sorted(a.parties)), a.kind, a.status) for a in acts_of(text))


@pytest.mark.parametrize("text, first, second", [
    # one made now, one still to be made: a document of its own topic
    ("Ghana and Togo signed an agreement on cyber security on Tuesday. Both countries have finalised a document on "
     "cultural exchanges, which will be signed later.",
     ("GHA+TGO", "agreement", "signed"), ("GHA+TGO", "agreement", "planned")),
    ("Ghana and Togo signed a memorandum on data sharing on Monday. Both sides have finalised a document on "
     "fisheries, to be signed in the coming months.",
     ("GHA+TGO", "mou", "signed"), ("GHA+TGO", "agreement", "planned")),
    # one decided, then more made beside it
    ("Kenya and Uganda decided to sign a memorandum on fibre links. The two countries then signed seven more "
     "agreements.", ("KEN+UGA", "mou", "planned"), ("KEN+UGA", "agreement", "signed")),
    ("Kenya and Uganda decided to sign a memorandum on fibre links. Seven more agreements were signed during the "
     "visit.", ("KEN+UGA", "mou", "planned"), ("KEN+UGA", "agreement", "signed")),
    ("Kenya and Uganda decided to sign a memorandum on fibre links. The two countries signed seven other agreements "
     "on trade and health.", ("KEN+UGA", "mou", "planned"), ("KEN+UGA", "agreement", "signed")),
    # one still to be made, one struck long before: a topic and a time of its own
    ("Peru and Chile finalised the text of the logistics agreement, to be signed shortly. The two countries struck a "
     "civil nuclear accord a decade ago.", ("CHL+PER", "agreement", "planned"), ("CHL+PER", "agreement", "signed")),
    ("Peru and Chile finalised the text of the logistics agreement, to be signed shortly. Their civil nuclear deal "
     "was signed years ago.", ("CHL+PER", "agreement", "planned"), ("CHL+PER", "agreement", "signed")),
    ("Peru and Chile finalised the text of the logistics agreement, to be signed shortly. The civil nuclear accord "
     "they struck in 2008 remains in force.", ("CHL+PER", "agreement", "planned"), ("CHL+PER", "agreement", "in-force")),
])
def test_an_instrument_of_another_fate_and_identity_is_another_act(text, first, second):
    found = kinds(text)
    assert found[first] == 1
    assert found[second] == 1
    assert sum(found.values()) == 2


@pytest.mark.parametrize("text, act", [
    # the act pointed back to: its signing, its entry into force, a quote about it
    ("Ghana and Togo agreed to sign a memorandum on data sharing. The two countries signed the memorandum on Tuesday.",
     ("GHA+TGO", "mou", "signed")),
    ("Ghana and Togo signed a memorandum on data sharing on Monday. The memorandum will enter into force in January.",
     ("GHA+TGO", "mou", "signed")),
    ("Ghana and Togo signed a memorandum on data sharing on Monday. The pact is expected to enter into force in "
     "January.", ("GHA+TGO", "mou", "signed")),
    ("Ghana and Togo signed a memorandum on data sharing on Monday. It will take effect next year, officials said.",
     ("GHA+TGO", "mou", "signed")),
    ("Ghana and Togo signed a memorandum on data sharing on Monday. \"This memorandum will change our region,\" the "
     "Ghanaian minister said.", ("GHA+TGO", "mou", "signed")),
    # the act named again by its topic, in another word form or by its sector
    ("Kenya and Uganda agreed to sign a memorandum on railways. The railway memorandum was signed on Monday by the two "
     "transport ministers.", ("KEN+UGA", "mou", "signed")),
    ("Kenya and Uganda agreed to sign a memorandum of understanding on semiconductors. The chip memorandum was signed "
     "on Monday.", ("KEN+UGA", "mou", "signed")),
    # an instrument of the same fate is not concerned; nor its history told with the act pointed back to
    ("Kenya and Uganda will sign a deal on ports next week. Officials said the deal was first proposed in 2019.",
     ("KEN+UGA", "agreement", "planned")),
    ("Kenya and Uganda signed a memorandum on railways on Monday. The agreement on railways had been under "
     "negotiation since 2019.", ("KEN+UGA", "mou", "signed")),
])
def test_a_clause_that_retells_the_act_stays_with_it(text, act):
    found = kinds(text)
    assert sum(found.values()) == 1
    assert [(parties, kind) for parties, kind, _ in found] == [act[:2]]


def test_an_instrument_of_other_parties_is_no_concern_of_the_act():
    text = ("Kenya and Uganda signed a memorandum on railways on Monday. Kenya also plans to sign a deal on ports with "
            "Tanzania.")
    found = kinds(text)
    assert found[("KEN+UGA", "mou", "signed")] == 1
    assert not any(parties == "KEN+UGA" and status == "planned" for parties, _, status in found)


@pytest.mark.parametrize("status, text, fate", [
    ("planned", "The two sides will sign a pact on ports.", "ahead"),
    ("proposed", "Kenya offered Uganda a pact on ports.", "ahead"),
    ("signed", "The two sides signed a pact on ports on Monday.", "now"),
    ("signed", "The two sides signed a pact on ports a decade ago.", "before"),
    ("signed", "The two had concluded a pact on ports back in 2008.", "before"),
    ("in-force", "Their pact on ports remains in force.", "before"),
    ("ended", "Kenya withdrew from the pact on ports.", "ended"),
    (None, "The pact on ports was struck years ago.", "before"),
    (None, "The pact on ports covers cargo.", None),
])
def test_the_fate_of_a_clause_is_read_from_its_status_and_a_time_long_past(status, text, fate):
    assert clause_fate(status, text) == fate


def test_a_headline_of_two_acts_and_the_older_act_told_after_the_new_one_make_two_acts():
    # the headline's second clause ("..., FTA takes effect") is a clause of its own, and the free trade agreement
    # signed the year before is another act than the documents signed now
    text = ("Ghana, Togo sign 12 cooperation documents, FTA takes effect\n"
            "Ghana and Togo on Monday signed 12 cooperation documents in fields including telecommunications and space. "
            "The free trade agreement between the two countries, signed in March last year, will take effect in July, "
            "the Ghanaian president said.")
    assert kinds(text) == Counter({("GHA+TGO", "agreement", "signed"): 2})


def test_the_other_sides_instrument_has_no_topic_of_its_own():
    text = "Chile and Peru signed a memorandum on AI. The other side's memorandum was rejected."
    assert kinds(text) == Counter({("CHL+PER", "mou", "signed"): 1})
