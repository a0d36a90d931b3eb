"""One side told signing an instrument alone, then the instrument told again with both sides ("Under the memorandum, A
and B will cooperate ...", "In the memorandum, A and B agreed to ..."): the act of the two is that instrument, signed, and
what is told after it (an older cooperation, a pact they failed to agree on) does not turn it (extract/status_terms.
lone_status). Passages written for the test, never taken from the eval passages."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def acts(text: str, parties: set[str]) -> list[tuple[str, str]]:
    facts = extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=None, media_type="text/plain"))
    return sorted((a.kind, a.status) for a in facts.agreements if set(a.parties) == parties)


@pytest.mark.parametrize("text, parties, act", [
    ("Ghana has signed a memorandum of understanding on digital payments. Under the memorandum, Accra and Rabat will "
     "cooperate in mobile money. However, they failed to agree on a data-sharing pact.", {"GHA", "MAR"}, ("mou", "signed")),
    ("Peru has signed an agreement on space research. Under the agreement, Lima and Santiago will cooperate in satellite "
     "data. The two sides have cooperated in astronomy since 2010.", {"PER", "CHL"}, ("agreement", "signed")),
    ("Norway has concluded a memorandum on cybersecurity. In the memorandum, Norway and Estonia agreed to promote "
     "cooperation in cyber defence.", {"NOR", "EST"}, ("mou", "signed")),
])
def test_the_instrument_one_side_signed_told_again_with_both_sides_is_signed(text, parties, act):
    assert act in acts(text, parties)


@pytest.mark.parametrize("text, parties, expected", [
    # another instrument of the two, told with its own status
    ("Ghana has signed a memorandum of understanding on digital payments. Ghana and Morocco will sign an agreement on "
     "trade next month.", {"GHA", "MAR"}, [("agreement", "planned")]),
    # the same kind told long after, with its own status
    ("Ghana has signed a memorandum of understanding on digital payments. Trade with Togo grew last year. Officials met "
     "in Lome. Ghana and Morocco discussed a memorandum on mining.", {"GHA", "MAR"}, [("mou", "planned")]),
])
def test_another_act_of_the_two_keeps_its_own_status(text, parties, expected):
    assert acts(text, parties) == expected
