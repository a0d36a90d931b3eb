"""An instrument agreed on with a time between the verb and its particle ("agreed on Monday on a framework", "agreed last
week on a roadmap") is concluded, as "agreed on a roadmap" is; a need or idea agreed on names no instrument made.
Sentences written for these tests, a sample of a generator that varies the time slot of each status shape."""

from __future__ import annotations

import pytest

from techpact.extract.status import find_status


@pytest.mark.parametrize("text", [
    "Ghana and Togo agreed on Monday on a framework for cooperation in data protection.",
    "Chile and Peru agreed last week on a roadmap for lithium research.",
    "Ghana and Togo agreed in March on a joint strategy for cybersecurity.",
])
def test_an_instrument_agreed_on_with_a_time_between_is_concluded(text):
    assert find_status(text) == "signed"


@pytest.mark.parametrize("text", [
    "Ghana and Togo agreed on Monday on the need for a treaty on data.",
    "Chile and Peru agreed on Monday on many issues.",
])
def test_a_need_or_views_agreed_on_make_no_instrument(text):
    assert find_status(text) != "signed"
