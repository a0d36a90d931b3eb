"""A list of signed documents given as bare titles after a lead that names them as documents ("the two presidents
oversaw the signing of bilateral documents" then "Memorandum on cooperation in smart cities,", "Agreement on
visa-free travel,") tells one act per title, made as the lead tells. Titles retelling instruments the lead already
counted ("signed two MoUs: MoU between the central banks ...") and sentences opening on an instrument ("The
Agreement on ... was signed") are not list items. Passages written for these tests."""

from techpact.extract.instruments_in_turn import listed_item
from techpact.extract.parties import Clause
from techpact.extract.facts import Span

from .extraction import acts_of

_LIST = ("Kenya and Ghana held talks in Nairobi on Monday. Afterwards the two presidents oversaw a ceremony of signing "
         "bilateral documents.\n\nAgreement on cooperation in the field of telecommunications,\n\n"
         "Cooperation Programme between the ministries of education for 2025-2027,\n\n"
         "Memorandum on cooperation in the development of smart cities,\n\n"
         "Memorandum in the field of critical minerals.\n")


def _clause(text: str) -> Clause:
    return Clause(span=Span(0, len(text), text), text=text, actors=[], sectors=[])


def test_each_title_of_a_list_of_signed_documents_is_an_act():
    acts = acts_of(_LIST)
    made = sorted((act.kind, act.status) for act in acts if act.status == "signed")
    assert made.count(("mou", "signed")) == 2
    assert made.count(("agreement", "signed")) >= 2
    assert {frozenset(act.parties) for act in acts} == {frozenset({"GHA", "KEN"})}


def test_a_title_after_a_lead_naming_no_documents_is_no_item():
    assert listed_item(_clause("Memorandum on cooperation in smart cities,"), "The two leaders discussed trade.") is None


def test_a_title_after_another_title_is_an_item():
    assert listed_item(_clause("Memorandum on cooperation in smart cities,"),
                       "Agreement on cooperation in the field of telecommunications,") == "mou"


def test_a_sentence_opening_on_an_instrument_is_no_item():
    assert listed_item(_clause("The Agreement on telecommunications was signed by the two ministers."),
                       "They oversaw the signing of bilateral documents.") is None


def test_titles_retelling_counted_instruments_add_no_act():
    acts = acts_of("India and the UAE signed two MoUs on payments: MoU on the use of local currencies.\n\n"
                   "MoU between the central banks on interlinking payment systems.\n")
    assert len([act for act in acts if act.kind == "mou"]) == 2


def test_titles_on_lines_ending_in_semicolons_are_each_an_act():
    acts = acts_of("Kenya and Ghana signed the following documents in Accra on Monday:\n"
                   "Memorandum of understanding on cooperation in artificial intelligence;\n"
                   "Agreement on satellite data sharing;\n"
                   "Joint statement on digital public infrastructure.\n")
    kinds = sorted(act.kind for act in acts if act.status == "signed")
    assert kinds.count("mou") == 1 and kinds.count("joint-statement") == 1 and kinds.count("agreement") == 2


def test_a_joint_statement_title_after_another_title_is_an_item():
    assert listed_item(_clause("Joint statement on digital public infrastructure."),
                       "Agreement on satellite data sharing;") == "joint-statement"


def test_titles_listed_after_a_colon_following_include_are_each_an_act():
    acts = acts_of("Kenya and Ghana signed four agreements in Accra on Tuesday. The agreements include: MoU on AI Research, "
                   "MoU on Green Development, Agreement on Satellite Data, Protocol on Cocoa Exports.")
    kinds = sorted(act.kind for act in acts if act.status == "signed")
    assert kinds.count("mou") == 2 and kinds.count("agreement") >= 2
    assert {frozenset(act.parties) for act in acts} == {frozenset({"GHA", "KEN"})}
