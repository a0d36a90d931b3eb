"""A making told after "to help" and the one helped ("has offered to help Venezuela set up its own space industry") is
still ahead, as after "to" alone: the offer is proposed, not a setting up done (status_aspect._FUTURE_BEFORE). A help
told done stays done. Sentences written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def statuses(text: str) -> list[str]:
    return [a.status for a in extract_facts(Document(text=text, source="test.txt")).agreements]


@pytest.mark.parametrize("text, expected", [
    ("Russia has offered to help Bolivia set up its own space industry.", ["proposed"]),
    ("China has offered to help Kenya establish a national data centre.", ["proposed"]),
    ("France agreed to help Morocco set up a space agency.", ["planned"]),
])
def test_a_making_after_to_help_is_ahead(text, expected):
    assert statuses(text) == expected


def test_a_help_told_done_stays_done():
    assert statuses("Russia helped Bolivia set up its space agency in 2008.") == ["signed"]
