"""A joint body told meeting again and again (or its organs meeting), or chaired now, works: in force, whatever its kind
(a dialogue may be an initiative or a partnership) and whenever it was set up; so does one whose first meeting, named
by the body's name, is told held. Not a body whose first meeting is told with its making, nor one whose meetings are
still ahead, nor an instrument that meets nothing."""

from collections import Counter

import pytest

from techpact.extract import extract_facts
from techpact.extract.status_meetings import body_met
from techpact.loaders.document import Document


def acts(text: str) -> Counter:
    facts = extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=None,
                                   media_type="text/plain"))
    return Counter((frozenset(a.parties), a.kind, a.status) for a in facts.agreements)


@pytest.mark.parametrize("text", [
    "Kenya and Ghana set up a joint commission on digital trade in 2016, which has since conducted six meetings.",
    "The joint working group of Kenya and Ghana on cybersecurity, set up in 2019, is co-chaired by the two deputy "
    "ministers.",
    # the body meeting now or before, whatever the meeting is for
    "The Kenya-Ghana Digital Trade Council (DTC) is meeting in Nairobi today to discuss payment links.",
    "The Ghana-Kenya joint committee on data met in Accra on Monday to review a cable project.",
    "The Kenya-Ghana Digital Council met in Accra on Monday to discuss payments.",
    "The Kenya-Ghana Trade and Technology Council convened in Accra on Monday to discuss chips.",
    "Kenya and Ghana discussed payments on Monday. This was the third meeting of the Kenya-Ghana Digital Council.",
])
def test_a_body_that_has_met_or_is_chaired_is_in_force(text):
    assert acts(text)[(frozenset({"GHA", "KEN"}), "working-group", "in-force")] == 1


@pytest.mark.parametrize("text, status", [
    # the first meeting is told with the making of the body
    ("Kenya and Ghana established a joint commission on digital trade, which held its first meeting on Tuesday.",
     "signed"),
    # meetings still ahead
    ("Kenya and Ghana agreed to set up a joint working group on cybersecurity that will hold two meetings a year.",
     "planned"),
    ("Kenya and Ghana agreed to set up a joint digital council. The council will meet in May.", "planned"),
])
def test_a_new_body_or_meetings_ahead_keep_their_status(text, status):
    assert acts(text)[(frozenset({"GHA", "KEN"}), "working-group", status)] == 1


@pytest.mark.parametrize("text, met", [
    ("The commission has held five meetings since 2014.", True),
    ("The committee met three times last year.", True),
    ("The council is co-chaired by the two foreign ministers.", True),
    ("Both sides held the fourth session of the intergovernmental commission in Baku.", True),
    ("The commission held its first meeting on Tuesday.", False),
    ("The commission will be holding its fifth session in May.", False),
    ("The ministers held talks on chips.", False),
])
def test_body_met_reads_meetings_counted_or_numbered_after_the_first(text, met):
    assert body_met([text]) is met


@pytest.mark.parametrize("text, met", [
    ("The subcommittees of the Kenya-Ghana Digital Dialogue held consultation sessions on Thursday.", True),
    ("The working groups of the U.S.-Kenya Data Partnership had two sessions via video link.", True),
    ("The subcommittees of the dialogue will hold sessions in May.", False),
])
def test_body_met_reads_the_organs_of_a_body_meeting(text, met):
    assert body_met([text]) is met


@pytest.mark.parametrize("text, kind", [
    ("The Kenya-Ghana Digital Dialogue held its third session in Accra on Monday to discuss AI.", "initiative"),
    ("The subcommittees of the Kenya-Ghana Semiconductor Partnership Dialogue had consultation sessions via "
     "teleconference on Tuesday.", "partnership"),
])
def test_a_named_dialogue_that_has_met_is_in_force_whatever_its_kind(text, kind):
    assert acts(text)[(frozenset({"GHA", "KEN"}), kind, "in-force")] == 1


@pytest.mark.parametrize("text", [
    "In the first meeting of the Joint Working Group on Cyber Security between Kenya and Ghana, held virtually today, "
    "both countries noted steady progress.",
    "The ministers took note of the inaugural session of the Kenya-Ghana Data Dialogue in Accra, in which the two sides "
    "will consider new projects.",
    "Kenya's minister visited Ghana to attend the first meeting of the Kenya-Ghana Joint Committee on Science and "
    "Technology, where the two sides reviewed research projects.",
])
def test_a_body_whose_first_meeting_is_told_held_is_in_force(text):
    found = acts(text)
    assert [status for (parties, _, status) in found if parties == frozenset({"GHA", "KEN"})] == ["in-force"]


@pytest.mark.parametrize("text, met", [
    ("The first meeting of the Kenya-Ghana working group is planned for spring.", False),
    ("Kenya and Ghana are expected to hold the first meeting of the joint AI working group this year.", False),
    ("The first session of the Kenya-Ghana working group will take place in May.", False),
    ("The first meeting of the Kenya-Ghana working group took place in May.", True),
])
def test_body_met_reads_a_first_meeting_told_held_not_one_ahead(text, met):
    assert body_met([text]) is met
