"""An act told as the setting of what happens now stands (in force): a numbered or recurring session of a joint body,
work at or under an act, a pillar of it, its renewal or extension. Not a body or act made now, one offered anew
("will hold an annual dialogue"), an instrument signed at a session (the session's body is another act), a summit,
an act still negotiated, one ended."""

from collections import Counter

import pytest

from techpact.extract import extract_facts
from techpact.extract.status_setting import setting_kind
from techpact.loaders.document import Document


def acts(text: str) -> Counter:
    facts = extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=None,
                                   media_type="text/plain"))
    return Counter((frozenset(a.parties), a.kind, a.status) for a in facts.agreements)


KEN_GHA = frozenset({"GHA", "KEN"})


@pytest.mark.parametrize("text, kind", [
    # a numbered session of a joint meeting series: a working body
    ("The seventh Kenya-Ghana digital policy meeting was held in Accra, where the two sides discussed cooperation on "
     "cybersecurity.", "working-group"),
    ("During the third Kenya-Ghana space dialogue, officials of the two countries discussed satellite data.", "initiative"),
    ("Kenya and Ghana held their annual cybersecurity dialogue in Nairobi on Friday.", "initiative"),
    ("The Kenya-Ghana joint commission will meet for the sixth time in Accra to discuss cooperation on AI.",
     "working-group"),
    # work ahead at or under it
    ("Officials of Kenya and Ghana will look for new areas of cooperation at their joint working group on AI.",
     "working-group"),
    ("Kenya and Ghana agreed to cooperate on AI in the framework of their partnership.", "partnership"),
    ("In the framework of the Kenya-Ghana Digital Partnership, the two sides will launch a joint fund for startups.",
     "partnership"),
    # named as existing, or had in place
    ("Kenya and Ghana will further intensify their existing cooperation on solar power, launched in 2020.", "initiative"),
    ("Kenya and Ghana have in place an agreement on fisheries research.", "agreement"),
    ("The two ministers reviewed the continuing collaboration between Kenya and Ghana on satellite data.", "partnership"),
    ("The leaders praised the \u201ccontinuing collaboration\u201d of Kenya and Ghana on AI.", "partnership"),
    # a part or pillar of it
    ("Solar power is a cornerstone of the Kenya-Ghana strategic partnership.", "partnership"),
    ("Green hydrogen is set to become a pillar of the partnership between Kenya and Ghana.", "partnership"),
    # its renewal or extension
    ("Kenya and Ghana agreed to look at the renewal of their digital roadmap.", "initiative"),
    ("The cabinet of Kenya approved extending an agreement on fisheries research with Ghana until 2030.", "agreement"),
])
def test_an_act_told_as_the_setting_of_what_happens_now_is_in_force(text, kind):
    assert acts(text)[(KEN_GHA, kind, "in-force")] == 1


@pytest.mark.parametrize("text", [
    # made now, or offered anew
    "Kenya and Ghana agreed to set up a joint working group on AI, which will hold its second meeting next year.",
    "Kenya and Ghana agreed to hold an annual dialogue on AI.",
    "Kenya and Ghana will hold a regular dialogue on cybersecurity.",
    "Kenya and Ghana agreed to create a partnership on AI that will be a pillar of their ties.",
    "The newly created Kenya-Ghana council on digital trade held its first meeting on Tuesday, where the two sides "
    "discussed cooperation on AI.",
    # a summit is no standing body; an instrument still negotiated is not in force
    "Kenya and Ghana plan to hold their third summit in Accra, where they will discuss cooperation on AI.",
    "Kenya and Ghana are negotiating an agreement on fisheries. Under the agreement, Ghana would give Kenyan boats "
    "access to its waters.",
    "Kenya and Ghana plan to sign an agreement on AI under their strategic partnership.",
    # what an extension is of is not the agreement named after a preposition
    "Kenya and Ghana agreed on an extension of the railway to Kumasi under a new agreement.",
])
def test_an_act_made_now_or_ahead_is_not_in_force(text):
    assert not [act for act in acts(text) if act[2] == "in-force"]


def test_an_instrument_signed_at_a_session_stays_signed():
    counted = acts("Kenya and Ghana signed a memorandum on AI at the fifth session of their intergovernmental commission.")
    assert counted[(KEN_GHA, "mou", "signed")] == 1


def test_an_act_ended_keeps_its_end():
    counted = acts("Kenya withdrew from the treaty on energy with Ghana that had been a pillar of their partnership.")
    assert counted[(KEN_GHA, "treaty", "ended")] == 1


@pytest.mark.parametrize("kind, text, standing", [
    ("working-group", "The ninth Kenya-Ghana policy meeting opened on Monday.", "working-group"),
    ("", "The 4th session of the Kenya-Ghana joint commission took place in Accra.", "working-group"),
    ("partnership", "Trade is a pillar of their partnership.", "partnership"),
    # the session's body is another act than a memorandum
    ("mou", "The ninth Kenya-Ghana policy meeting opened on Monday.", None),
    # a body of one state, a summit, the first meeting
    ("working-group", "The ninth session of the national security council opened.", None),
    ("working-group", "The 15th Kenya-Ghana summit opened.", None),
    ("working-group", "The Kenya-Ghana commission held its first meeting in the fifth Kenya-Ghana meeting room.", None),
    # a session told as the place of what an act naming no kind did there
    ("", "Kenya and Ghana agreed to start talks on data rules at the fourth meeting of their joint council.", None),
    ("", "The fourth meeting of the Kenya-Ghana joint council opened in Accra.", "working-group"),
    # the making dated in the past is history; made now is not
    ("partnership", "Their partnership, launched in 2021, is a pillar of their ties. Mining is a pillar of their "
     "partnership.", "partnership"),
    ("partnership", "They launched a partnership. Mining is a pillar of their partnership.", None),
])
def test_setting_kind_reads_the_setting_and_its_guards(kind, text, standing):
    assert setting_kind(kind, [text]) == standing


# A memorandum named with "a" and dated in the past, or signed by the sides in a past year, as the frame of what is
# done: it stands (a memorandum runs its own course when work is told in its setting); undated, or signed now, it does not.
@pytest.mark.parametrize("text, status", [
    ("The talks took place in the framework of a memorandum of understanding signed in 2016 between Kenya and Ghana.",
     "in-force"),
    ("The workshop, held in the framework of the memorandum on fisheries signed by Kenya and Ghana in 2015, drew 40 "
     "experts.", "in-force"),
    ("Kenya and Ghana held talks in the framework of a memorandum signed on Monday.", "signed"),
])
def test_a_memorandum_dated_in_the_past_as_the_frame_of_the_work_stands(text, status):
    assert acts(text)[(KEN_GHA, "mou", status)] == 1


@pytest.mark.parametrize("text", [
    "The use of digital currencies is being discussed during the ongoing session of the Cuban-Vietnamese "
    "intergovernmental commission in Havana.",
    "Satellite data sharing was on the agenda of the latest meeting of the Chile-Peru joint commission.",
])
def test_a_joint_body_in_session_now_or_met_before_is_in_force(text):
    assert {status for _, kind, status in acts(text) if kind == "working-group"} == {"in-force"}


def test_a_body_set_up_now_is_not_in_force_for_its_current_members():
    assert {status for _, _, status in acts("Chile and Peru agreed to set up a joint commission; its current members "
                                              "are ministers.")} == {"planned"}


@pytest.mark.parametrize("text", [
    "The two presidents welcomed continued progress via the Kenya-Ghana Civil Space Joint Working Group, which will meet "
    "later this year in Accra.",
    "Officials praised the work of the Kenya-Ghana Digital Trade Council, which met in Nairobi in March.",
])
def test_a_named_body_told_meeting_again_stands_whatever_its_meeting_will_do(text):
    assert acts(text)[(KEN_GHA, "working-group", "in-force")] == 1


def test_a_body_agreed_now_that_will_meet_stays_planned():
    found = acts("Kenya and Ghana agreed to set up a joint working group on AI, which will meet twice a year.")
    assert found[(KEN_GHA, "working-group", "in-force")] == 0
