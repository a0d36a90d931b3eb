"""After a joint statement, the sides "agreeing" to grow their cooperation in general ("to boost their cooperation in
various strategic fields", "to deepen bilateral relations") tell the statement's gist, not a plan of its own; a plan
with an object of its own ("to expand cooperation in space research", "to launch an initiative on AI") is still an
act beside the statement. Passages written for these tests."""

from __future__ import annotations

from collections import Counter

import pytest

from .extraction import acts_of

_STATEMENT = "Chile and Mexico issued a joint statement on artificial intelligence on Monday. "


def _acts(text: str) -> Counter:
    return Counter((a.kind, a.status) for a in acts_of(text) if set(a.parties) == {"CHL", "MEX"})


@pytest.mark.parametrize("second", [
    "The two sides agreed to boost their cooperation in various strategic fields.",
    "In the statement, they pledged to deepen bilateral relations.",
    "Both countries agreed to enhance mutually beneficial ties.",
])
def test_growth_in_general_is_the_statements_gist(second):
    assert sum(_acts(_STATEMENT + second).values()) == 1


@pytest.mark.parametrize("second", [
    "In the statement, the two countries agreed to expand cooperation in space research.",
    "The two sides agreed to launch a joint initiative on semiconductors.",
])
def test_a_plan_with_an_object_of_its_own_is_still_an_act(second):
    found = _acts(_STATEMENT + second)
    assert found[("joint-statement", "signed")] == 1 and sum(found.values()) == 2
