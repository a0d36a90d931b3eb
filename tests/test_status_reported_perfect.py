"""A perfect infinitive after a verb of report or appearance tells what is done: "are understood to have signed",
"are said to have inked", "appear to have concluded" are signed, "is reported to have ratified" in force, "are said to
have cooperated since 2010" going on; "to have signed by May" after a verb of expecting is still ahead. Sentences written
for these tests, a sample of a generator that varies the verb slot of each status shape."""

from __future__ import annotations

import pytest

from techpact.extract.status import find_status


@pytest.mark.parametrize(("text", "status"), [
    ("Ghana and Togo are understood to have signed a memorandum on data protection.", "signed"),
    ("Chile and Peru are said to have inked a deal on lithium.", "signed"),
    ("Ghana and Togo appear to have concluded a pact on cybersecurity.", "signed"),
    ("Chile and Peru are believed to have formally signed a treaty on space research.", "signed"),
    ("Ghana is reported to have ratified the memorandum with Togo.", "in-force"),
    ("Chile and Peru are said to have cooperated on lithium since 2010.", "in-force"),
    ("Ghana and Togo seem to have agreed on a pact on data.", "signed"),
])
def test_a_reported_perfect_is_done(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize("text", [
    "Ghana and Togo are expected to have signed the pact by May.",
    "Chile and Peru hope to have signed the treaty by the end of the year.",
    "Ghana and Togo are said to sign a memorandum next week.",
])
def test_a_perfect_or_infinitive_ahead_stays_planned(text):
    assert find_status(text) == "planned"
