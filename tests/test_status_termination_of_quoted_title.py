"""The end of an act told as a noun reaches the act by its quoted title too: "notifying of the termination of
\"Agreement between Chile and Peru on the Lithium Plant\"" ends it as "the termination of the agreement" does.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract.status import find_status


@pytest.mark.parametrize("text", [
    'Chile presented a note notifying Peru of the termination of "Agreement between Chile and Peru on the Lithium Plant".',
    "Chile presented a note notifying Peru of the termination of the agreement.",
])
def test_a_termination_of_the_act_by_its_quoted_title_ends_it(text):
    assert find_status(text) == "ended"


def test_the_termination_of_a_term_ends_no_act():
    assert find_status("Chile announced the termination of his term as envoy.") != "ended"
