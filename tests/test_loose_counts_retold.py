"""A count said loosely and then exactly ('signed more than 20 MOUs' ... 'have signed 26 MOUs') retells one act:
the words of loose counting do not make the two tellings differ."""

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def facts(text: str):
    return extract_facts(Document(text=text, source="test.txt"))


@pytest.mark.parametrize("first, second", [
    ("more than 20 MOUs", "26 MOUs"),
    ("nearly a dozen agreements", "11 agreements"),
    ("some 15 memoranda", "15 memoranda"),
])
def test_a_count_said_loosely_then_exactly_is_one_act(first, second):
    text = (f"Saudi Arabia's crown prince visited Japan on Thursday. The two countries have signed {first}. The leaders "
            f"discussed cooperation in energy. The prince said he wants to promote cooperation with Japan in defence. "
            f"The two countries have signed {second}.")
    assert len([a for a in facts(text).agreements if set(a.parties) == {"JPN", "SAU"}]) == 1
