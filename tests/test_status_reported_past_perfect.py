"""A past perfect in reported speech is the news's own past told back: "After the talks, the leaders said Chile and
Peru had elevated their ties to a strategic partnership" tells the upgrade made now (signed), not a standing one; a
past perfect told by the narrator ("had elevated their ties in 2015") is still history. Sentences written for these
tests."""

from __future__ import annotations

import datetime as dt

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def statuses(text: str) -> list[str]:
    document = Document(text=text, source="test.txt", issued=dt.date(2024, 5, 10))
    return [a.status for a in extract_facts(document).agreements]


def test_an_upgrade_reported_in_the_past_perfect_is_made_now():
    text = ("The leaders met in Lima on Thursday. After the talks, the leaders said Chile and Peru had elevated "
            "their ties to a comprehensive strategic partnership.")
    assert statuses(text) == ["signed"]


def test_an_upgrade_dated_before_the_news_stands():
    text = "Chile and Peru had elevated their ties to a comprehensive strategic partnership in 2015."
    assert statuses(text) == ["in-force"]
