"""A state the passage says has left a bloc is no member of it there (membership_left.py), whatever another sentence
tells of its joining or membership: "Qatar left OPEC in 2019. Qatar, an OPEC member since 1961, ..." (a former member).
Never a leaving threatened, planned, denied or still to come, a meeting left, a causative "left", or one the passage
says was undone ("rejoined"). Passages written for these tests (a sample of a passage generator over eighteen blocs,
seven leavings, six look-alike leavings, four membership sentences, both orders)."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document

from .extraction import each


def members(text: str) -> set[tuple[str, str]]:
    """The memberships of the whole document (the leaving is read over the passage, after its sentences)."""
    facts = extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=None, media_type="text/plain"))
    return {(m.state, m.bloc) for m in facts.memberships}


@pytest.mark.parametrize(("text", "expected"), [
    ("Qatar left OPEC in 2019. Qatar, an OPEC member since 1961, said it would focus on gas.", set()),
    ("Angola quit OPEC on Thursday. Angola became a member of OPEC in 2007.", set()),
    ("Britain, which left the EU in 2020, signed a deal with Japan. Britain joined the EU in 1973.", set()),
    ("OPEC met in Vienna. Qatar quit the organisation in 2019. Qatar was a member of OPEC for decades.", set()),
    ("The CIS summit opened in Minsk. CIS members Georgia and Belarus signed a deal. Georgia withdrew from the CIS in 2009.",
     each("CIS", "BLR")),
    ("The SCO summit opened in Astana. China joined the SCO in 2001. China was expelled from the SCO in 2022.", set()),
])
def test_a_state_that_left_the_bloc_is_no_member(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Turkey threatened to leave NATO. Turkey is a NATO member.", each("NATO", "TUR")),
    ("Armenia has not left the CSTO. Armenia is a member of the CSTO.", each("CSTO", "ARM")),
    ("Armenia said it would leave the CSTO. Armenia is a member of the CSTO.", each("CSTO", "ARM")),
    ("Kazakhstan left the SCO summit early. Kazakhstan is an SCO member.", each("SCO", "KAZ")),
    ("Qatar left OPEC in 2019 but rejoined in 2023. Qatar is an OPEC member.", each("OPEC", "QAT")),
    ("Hungary is an EU member. The dispute with Hungary left the EU divided.", each("EU", "HUN")),
    ("The UK left the EU in 2020. France and Germany are EU members.", each("EU", "FRA", "DEU")),
])
def test_no_leaving_told_keeps_the_membership(text, expected):
    assert members(text) == expected
