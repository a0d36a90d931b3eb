"""What an act holds, told with the act as subject ("The memorandum covers projects proposed by both sides", "provides
for the signing of further agreements", "Under the memorandum, the sides will consider proposals"), gives the act no
status; words about the act itself before its content ("Under the memorandum, signed in May, ...", "The memorandum,
signed on Friday, covers ...") still do (extract/status_terms.content_only). Passages written for the test, never taken
from the eval passages."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document

_PLANNED = "Ghana and Morocco agreed to sign a memorandum on digital payments. "


def statuses(text: str, parties: set[str]) -> list[str]:
    facts = extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=None, media_type="text/plain"))
    return sorted(a.status for a in facts.agreements if set(a.parties) == parties)


@pytest.mark.parametrize("text, expected", [
    (_PLANNED + "The memorandum covers projects proposed by both sides.", "planned"),
    (_PLANNED + "The memorandum provides for the signing of further agreements.", "planned"),
    (_PLANNED + "Under the memorandum, the sides will consider proposals for joint research.", "planned"),
    (_PLANNED + "This memorandum also outlines steps already adopted by both central banks.", "planned"),
    ("Ghana has offered Morocco an agreement on satellite data. The agreement includes steps already adopted by both "
     "governments.", "proposed"),
    ("Ghana has signed a memorandum on digital payments. In the memorandum, Ghana and Morocco have agreed to encourage "
     "cooperation in fintech. The memorandum covers projects proposed by both sides.", "signed"),
])
def test_the_content_of_an_act_gives_it_no_status(text, expected):
    assert statuses(text, {"GHA", "MAR"}) == [expected]


_SIGNED = "Ghana and Morocco signed a memorandum on digital payments on Monday. "


@pytest.mark.parametrize("text, expected", [
    (_SIGNED + "The new memorandum builds on an existing partnership between the two countries.", "signed"),
    (_SIGNED + "It expands a long-standing partnership in the field.", "signed"),
    (_PLANNED + "The memorandum builds on an agreement signed in 2015.", "planned"),
    (_PLANNED + "The memorandum would complement the existing cooperation in mobile money.", "planned"),
])
def test_the_older_act_a_new_one_builds_on_gives_the_new_one_no_status(text, expected):
    facts = extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=None, media_type="text/plain"))
    assert [a.status for a in facts.agreements if a.kind == "mou"] == [expected]  # the older act is one of its own


@pytest.mark.parametrize("text, expected", [
    (_PLANNED + "Under the memorandum, signed in May, the sides will build a data centre.", "signed"),
    (_PLANNED + "The memorandum, signed on Friday, covers mobile money.", "signed"),
    (_PLANNED + "The memorandum was signed on Friday and covers mobile money.", "signed"),
    ("Ghana and Morocco signed a memorandum on digital payments. The memorandum includes a proposal to build a data "
     "centre.", "signed"),
])
def test_words_about_the_act_itself_still_give_its_status(text, expected):
    assert statuses(text, {"GHA", "MAR"}) == [expected]
