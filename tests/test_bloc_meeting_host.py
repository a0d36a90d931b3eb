"""The host or chair of a bloc's own meeting ("At the SCO summit hosted by Kazakhstan, member states adopted ...") is
the meeting's place, no side beside the bloc that acts; a host that signs something itself, named again as a subject,
stays a party, and the host of a meeting of no bloc keeps the earlier reading. Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def acts(text: str) -> list[tuple[list[str], str, str]]:
    return [(sorted(a.parties), a.kind, a.status) for a in extract_facts(Document(text=text, source="test.txt")).agreements]


@pytest.mark.parametrize("text, bloc", [
    ("At the SCO summit hosted by Kazakhstan, member states adopted a declaration on AI.", "SCO"),
    ("At the BRICS summit in Kazan hosted by Russia, the leaders adopted a declaration on payments.", "BRICS"),
    ("At the ASEAN ministerial meeting, chaired by Laos, the ministers adopted a declaration on cybersecurity.", "ASEAN"),
])
def test_the_host_of_a_blocs_meeting_is_no_side(text, bloc):
    assert acts(text) == [([bloc], "declaration", "signed")]


@pytest.mark.parametrize("text, parties", [
    ("At the SCO summit hosted by Kazakhstan, China and Kazakhstan signed a memorandum on AI.", ["CHN", "KAZ"]),
    ("At a meeting hosted by Turkmenistan, Iran and Russia signed a memorandum on gas.", ["IRN", "RUS"]),
])
def test_named_signers_stay_the_parties(text, parties):
    assert acts(text) == [(parties, "mou", "signed")]
