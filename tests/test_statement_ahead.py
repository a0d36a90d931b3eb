"""A joint statement or declaration is signed once issued, whatever it says the sides will do; but when the statement
itself is still ahead (to be signed, issued or adopted, negotiated, drafted, worked on) it is planned. Sentences written
for these tests, a sample of a generator that varies the instrument slot of each status shape."""

from __future__ import annotations

import pytest

from techpact.extract.statement_ahead import statement_ahead

from .extraction import acts_of


def statuses(text: str) -> list[tuple[list[str], str]]:
    return [(sorted(act.parties), act.status) for act in acts_of(text)]


@pytest.mark.parametrize(("text", "parties"), [
    ("A joint statement on cybersecurity will be signed by Ghana and Togo next month.", ["GHA", "TGO"]),
    ("A declaration on space research will be signed between Chile and Peru next week.", ["CHL", "PER"]),
    ("Ghana and Togo are negotiating a joint statement on data protection.", ["GHA", "TGO"]),
    ("Chile and Peru began talks on a declaration on lithium on Monday.", ["CHL", "PER"]),
    ("Ghana and Togo are working on a joint declaration on digital payments.", ["GHA", "TGO"]),
    ("Chile and Peru are drafting a joint statement on artificial intelligence.", ["CHL", "PER"]),
    ("Ghana and Togo are considering a declaration on 5G networks.", ["GHA", "TGO"]),
    ("Ghana and Togo will ink a joint declaration on artificial intelligence next month.", ["GHA", "TGO"]),
    ("Chile and Peru are close to signing a joint statement on critical minerals.", ["CHL", "PER"]),
    ("Chile and Peru agreed to conclude a declaration on green hydrogen.", ["CHL", "PER"]),
    # worked on, told in the passive
    ("A joint declaration on artificial intelligence is being drafted by Ghana and Togo.", ["GHA", "TGO"]),
    ("The joint statement of Chile and Peru on lithium is still being negotiated.", ["CHL", "PER"]),
])
def test_a_statement_still_to_be_made_is_planned(text, parties):
    assert statuses(text) == [(parties, "planned")]


@pytest.mark.parametrize("text", [
    "Ghana and Togo issued a joint statement saying they will cooperate on cybersecurity.",
    "Chile and Peru adopted a declaration under which they will build a lithium research centre.",
    "In a joint statement, Ghana and Togo said they would set up a working group on data.",
])
def test_a_statement_issued_is_signed_whatever_it_says_ahead(text):
    assert [status for _, status in statuses(text)] == ["signed"]


@pytest.mark.parametrize(("text", "ahead"), [
    ("a joint statement will be issued after the talks", True),
    ("the two sides are negotiating a joint declaration", True),
    ("the two sides issued a joint statement that they will cooperate", False),
    ("the declaration, adopted on Monday, says the two will cooperate", False),
])
def test_statement_ahead_reads_only_the_statement_itself_as_ahead(text, ahead):
    assert statement_ahead(text) is ahead


@pytest.mark.parametrize(("text", "parties"), [
    ("Ghana and Togo are mulling a joint statement on artificial intelligence.", ["GHA", "TGO"]),
    ("Chile and Peru are exploring a declaration on critical minerals.", ["CHL", "PER"]),
    ("Ghana and Togo postponed the signing of a joint statement on 5G networks.", ["GHA", "TGO"]),
    ("The signing of a declaration on space research between Chile and Peru was delayed on Monday.", ["CHL", "PER"]),
])
def test_a_statement_weighed_or_its_signing_deferred_is_planned(text, parties):
    assert statuses(text) == [(parties, "planned")]
