"""A memorandum, joint statement or declaration is made when signed or issued: what goes on around it in the passage
(the partnership its preamble recalls, the sides' standing ties, work on another matter) does not put it in force. Only
a cue of its own course does: it entered into force, was ratified, is being implemented, has run since a year, is the
existing one, or is named by a year before the news."""

import datetime as dt

import pytest

from techpact.extract import extract_facts
from techpact.extract.status_issued import document_status
from techpact.loaders.document import Document


def acts(text: str) -> set[tuple[str, str]]:
    return {(a.kind, a.status) for a in extract_facts(Document(text=text, source="test.txt")).agreements}


@pytest.mark.parametrize("text, expected", [
    ("Chile and Peru signed a memorandum of understanding on lithium refining. Recalling the importance of the"
     " partnership between Chile and Peru in science, the memorandum sets up joint research.", ("mou", "signed")),
    ("The joint statement of Ghana and Togo said the two countries are close partners in the fight against"
     " desertification.", ("joint-statement", "signed")),
    ("Ghana and Togo agreed to draft a memorandum of understanding on solar power. Topics to be covered by the memorandum"
     " include ongoing cooperation on grids.", ("mou", "planned")),
])
def test_a_document_is_not_put_in_force_by_what_goes_on_around_it(text, expected):
    assert expected in acts(text)
    assert not any(status == "in-force" for _, status in acts(text))


@pytest.mark.parametrize("text", [
    "The memorandum of understanding between Ghana and Togo on solar power entered into force on 1 March.",
    "Ghana and Togo signed a memorandum on solar power in 2016. It is being implemented through joint projects.",
    "Under the existing memorandum, Ghana and Togo share solar power research data.",
    "The current memorandum between Ghana and Togo on solar power expires in September.",
])
def test_a_document_told_in_its_own_course_stays_in_force(text):
    assert ("mou", "in-force") in acts(text)


@pytest.mark.parametrize("kind, status, texts, expected", [
    ("mou", "in-force", ["The two sides are long-standing partners."], "signed"),
    ("mou", "in-force", ["They agreed to draft a memorandum.", "The sides are long-standing partners."], "planned"),
    ("mou", "in-force", ["The memorandum has been in place since 2019."], "in-force"),
    ("agreement", "in-force", ["The two sides are long-standing partners."], "in-force"),
    ("declaration", "signed", ["The two sides are long-standing partners."], "signed"),
])
def test_document_status_keeps_other_kinds_and_statuses(kind, status, texts, expected):
    assert document_status(kind, status, texts) == expected


def test_a_document_made_before_the_news_stands():
    assert ("mou", "in-force") in acts("Chile and Peru signed a lithium deal in May 2025, building on a memorandum signed in 2019.")


def test_a_document_named_by_a_year_before_the_news_stands():
    facts = extract_facts(Document(text="Chile and Peru cooperate closely on lithium under a 2019 memorandum.",
                                   source="test.txt", issued=dt.date(2025, 6, 2)))
    assert {(a.kind, a.status) for a in facts.agreements} == {("mou", "in-force")}


def test_a_document_named_by_the_news_year_is_not_history():
    facts = extract_facts(Document(text="Chile and Peru signed a 2025 memorandum on lithium.", source="test.txt",
                                   issued=dt.date(2025, 6, 2)))
    assert {(a.kind, a.status) for a in facts.agreements} == {("mou", "signed")}


@pytest.mark.parametrize("text", [
    "Ghana and Togo's memorandum on solar power runs out in 2031.",
    "The memorandum of understanding between Ghana and Togo on solar power is due to expire next year.",
    "Ghana and Togo's joint memorandum on grids, which expires in 2031, covers training.",
])
def test_a_document_whose_end_is_still_ahead_stands(text):
    assert {status for _, status in acts(text)} == {"in-force"}


def test_a_document_let_expire_is_ended():
    assert {status for _, status in acts("Ghana and Togo let their memorandum on solar power expire.")} == {"ended"}


@pytest.mark.parametrize("text", [
    "Benin and Niger already have a memorandum of understanding on solar grids.",
    "Niger has an MoU with Benin on satellite data.",
    "Benin and Niger have cooperated on grids since signing a memorandum in 2019.",
])
def test_a_document_held_now_or_run_since_its_signing_stands(text):
    assert {status for _, status in acts(text)} == {"in-force"}


def test_a_document_to_be_held_is_still_planned():
    assert {status for _, status in acts("Benin and Niger will have a memorandum on solar grids by June.")} == {"planned"}


def test_a_document_in_its_nth_year_stands():
    text = "Benin and Niger's memorandum on grids, now in its third year, has funded 12 projects."
    assert {status for _, status in acts(text)} == {"in-force"}


@pytest.mark.parametrize("text, status", [
    ("Benin and Niger renewed their memorandum on grids for five years.", "in-force"),
    ("Benin and Niger extended their memorandum on grids by five years.", "in-force"),
    ("Benin and Niger signed an extended memorandum on grids.", "signed"),
])
def test_a_document_renewed_or_extended_stands(text, status):
    assert {found for _, found in acts(text)} == {status}


# The sides' renewal told done with no term it runs to is the renewed act concluded now, as the passive "was renewed on
# Monday" already read; with its term it stands (above).
@pytest.mark.parametrize("text", [
    "Benin and Niger renewed their memorandum on solar grids this week.",
    "Togo and Ghana renewed their strategic partnership on cybersecurity on Monday.",
    "During the visit, Kenya and Oman renewed their accord on satellite data.",
])
def test_a_renewal_concluded_now_with_no_term_is_signed(text):
    assert {found for _, found in acts(text)} == {"signed"}


@pytest.mark.parametrize("texts", [
    ["It builds on a previous memorandum of understanding between Ghana and Togo, which set up a data exchange.",
     "Once the link is built, payments will clear in minutes."],
    ["An earlier MoU of the two ministries will be reviewed next year."],
])
def test_a_document_named_as_a_previous_one_is_made_whatever_its_content_tells_ahead(texts):
    assert document_status("mou", "in-force", texts) == "signed"


@pytest.mark.parametrize("text, expected", [
    ("The memorandum covers operational cyber threat information shared by the two sides.", "signed"),
    ("The joint data centre set up under the memorandum is now operational.", "in-force"),
    ("The memorandum's hotline became operational in March.", "in-force"),
])
def test_operational_tells_a_course_only_as_what_the_act_is(text, expected):
    assert document_status("mou", "in-force", ["Ghana and Togo signed a memorandum on cyber security.", text]) == expected
