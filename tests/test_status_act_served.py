"""An act served by what a clause concludes is in force (extract/status_served.py, read in status_shapes.refine): a law
enacted to ratify it, or a thing made or done under it, on sentences written for the test (never taken from the eval
passages). A serving act still ahead, an instrument concluded under another, and a new act keep their own reading."""

from __future__ import annotations

import pytest

from techpact.extract.status import find_status
from techpact.extract.status_served import act_served
from tests.extraction import acts_of


def statuses(text: str, parties: set[str]) -> list[str]:
    return [act.status for act in acts_of(text) if set(act.parties) == parties]


@pytest.mark.parametrize("text, parties", [
    ("Ghana's president on Tuesday signed a law to ratify the agreement with Togo on solar energy research.", {"GHA", "TGO"}),
    ("Peru's president issued a decree ratifying the treaty with Chile on lithium exploration.", {"CHL", "PER"}),
    ("Kenya's senate has passed a bill on the fisheries agreement with Tanzania.", {"KEN", "TZA"}),
    ("Egypt's parliament approved a bill to promote cooperation between the governments of Egypt and Greece in "
     "cybersecurity.", {"EGY", "GRC"}),
    ("A weather satellite built by Chile and Peru was sent into orbit on Sunday under their joint space programme.",
     {"CHL", "PER"}),
    ("Ghana and Togo have trained 300 engineers under the 2016 agreement on cybersecurity.", {"GHA", "TGO"}),
    # work going on under it, a memorandum too: it runs its own course
    ("Chile and Peru have been cooperating on lithium research for years under a bilateral memorandum.", {"CHL", "PER"}),
    ("Ghana and Togo work together on satellite weather data under a memorandum of understanding.", {"GHA", "TGO"}),
    ("Kenya and Oman are collaborating on fisheries monitoring under their memorandum.", {"KEN", "OMN"}),
    # things made that are part of it
    ("The two presidents unveiled four projects that are part of a solar power initiative between Ghana and Togo.",
     {"GHA", "TGO"}),
    ("Chile and Peru opened two labs which are part of their lithium partnership.", {"CHL", "PER"}),
])
def test_an_act_served_by_what_is_done_stands_in_force(text, parties):
    found = statuses(text, parties)
    assert found and all(status == "in-force" for status in found)


@pytest.mark.parametrize("text", [
    "The third research vessel delivered under the Kenya-Oman maritime programme sailed on Monday.",
    "The joint drills were held in March under the defence pact between Chile and Peru.",
    "Russia is building Ghana's first nuclear plant under an intergovernmental agreement.",
    "Chile and Peru are jointly developing a satellite under a bilateral agreement.",
])
def test_a_thing_done_under_an_instrument_is_read_as_serving_it(text):
    assert act_served(text)
    assert find_status(text) == "in-force"


@pytest.mark.parametrize("text, status", [
    ("Ghana's president will sign a law to ratify the agreement with Togo.", "signed"),
    ("Ghana's parliament passed a bill on cybersecurity.", None),
    ("Ghana and Togo signed a memorandum on fisheries under their strategic partnership.", "signed"),
    ("Chile and Peru launched a joint programme under the framework of their partnership.", "signed"),
    ("Contracts were signed on Monday under a new agreement between Ghana and Togo.", "signed"),
    ("A second satellite will be launched under the Chile-Peru programme next year.", "planned"),
    ("Chile and Peru will be building a satellite under the agreement.", "planned"),
    ("Ghana and Togo signed an agreement on solar energy on Monday.", "signed"),
    ("Ghana and Togo have drilled ten wells under their 2015 agreement and signed a new memorandum on water.", "signed"),
])
def test_a_serving_act_ahead_or_an_instrument_concluded_keeps_its_reading(text, status):
    assert not act_served(text)
    assert find_status(text) == status


@pytest.mark.parametrize("text, parties, status", [
    ("Kenya and Oman announced projects that are part of a fisheries initiative launched on Monday.", {"KEN", "OMN"},
     "signed"),
    ("Chile and Peru agreed to cooperate on lithium research under a memorandum.", {"CHL", "PER"}, "planned"),
    ("Ghana and Togo will work together on weather data under the memorandum.", {"GHA", "TGO"}, "planned"),
    ("Kenya and Oman cooperate on fisheries under a memorandum signed on Monday.", {"KEN", "OMN"}, "signed"),
])
def test_work_ahead_or_under_a_memorandum_just_signed_keeps_its_reading(text, parties, status):
    assert statuses(text, parties) == [status]


@pytest.mark.parametrize("text, parties", [
    ("Korea is building Jordan's first research reactor under an agreement signed in 2009.", {"KOR", "JOR"}),
    ("Chile and Peru have trained 200 engineers under a memorandum signed back in March 2016.", {"CHL", "PER"}),
    ("Kenya and Oman are developing fish farms under a memorandum concluded in 2018.", {"KEN", "OMN"}),
])
def test_work_going_on_under_an_act_made_in_a_year_of_its_own_is_in_force(text, parties):
    assert statuses(text, parties) == ["in-force"]


def test_work_under_a_new_act_made_this_year_keeps_the_signing():
    assert statuses("Kenya and Oman are developing fish farms under a new memorandum signed in 2024.", {"KEN", "OMN"}) == [
        "signed"]


# A ratification told done, in the wordings news uses: a domestic legal act on the act told enacted (either voice, the
# act before or after the verb), a legislature's consent by a verb or a noun, the ratification itself approved or
# completed, instruments of ratification exchanged or deposited.
@pytest.mark.parametrize("text, parties", [
    ("Ghana's president has signed into federal law a bill on ratifying an agreement between the Ghanaian and Togolese "
     "governments on fisheries.", {"GHA", "TGO"}),
    ("Putin signed a federal law ratifying an agreement between the Russian and Turkish governments on the Akkuyu "
     "nuclear plant.", {"RUS", "TUR"}),
    ("A bill on ratification of the Ghana-Togo agreement on solar energy was signed into law by the president on Monday.",
     {"GHA", "TGO"}),
    ("Kenyan President William Ruto signed the bill on ratification of the fisheries agreement with Tanzania into law.",
     {"KEN", "TZA"}),
    ("Russia's president has signed the ratification bill for the gas agreement with Turkey into law.", {"RUS", "TUR"}),
    ("The ratification law for the Russia-Turkey gas agreement was signed by Putin on Friday.", {"RUS", "TUR"}),
    ("Peru's Congress passed a bill ratifying the energy treaty with Chile.", {"CHL", "PER"}),
    ("Peru's Congress passed legislation ratifying the lithium treaty with Chile.", {"CHL", "PER"}),
    ("The Peruvian parliament adopted the law on ratifying the treaty with Chile on lithium.", {"CHL", "PER"}),
    ("MOSCOW, May 4 -- The State Duma on Tuesday passed a law ratifying the agreement between Russia and Turkey on "
     "nuclear energy.", {"RUS", "TUR"}),
    ("Russia's Federation Council approved the law on ratification of the agreement with Turkey on gas supplies.",
     {"RUS", "TUR"}),
    ("Kenyan President William Ruto assented to the bill ratifying the fisheries treaty with Tanzania.", {"KEN", "TZA"}),
    ("The president promulgated the law approving the energy treaty between Chile and Peru.", {"CHL", "PER"}),
    ("The law on ratification of the agreement between Ghana and Togo on solar energy was published on Friday.",
     {"GHA", "TGO"}),
    ("The decree on ratifying the agreement between Russia and Turkey on visa-free travel was published in the official "
     "gazette.", {"RUS", "TUR"}),
    ("The ratifying legislation for the Chile-Peru lithium treaty was enacted on Monday.", {"CHL", "PER"}),
    ("The Duma approved the ratification of the treaty between Chile and Peru on lithium.", {"CHL", "PER"}),
    ("Turkey's Grand National Assembly approved the ratification of the defence cooperation agreement with Russia, state "
     "media reported.", {"RUS", "TUR"}),
    ("The ratification of the agreement between Ghana and Togo on solar energy was approved by parliament on Thursday.",
     {"GHA", "TGO"}),
    ("Peru's Congress consented to the ratification of the lithium treaty with Chile.", {"CHL", "PER"}),
    ("Chile's Senate completed the ratification of the lithium treaty with Peru.", {"CHL", "PER"}),
    ("Peru has completed its ratification procedures for the energy agreement with Chile.", {"CHL", "PER"}),
    ("Russia's upper house okayed the ratification of the gas treaty with Turkey on Wednesday.", {"RUS", "TUR"}),
    ("Chile's lower house voted in favour of ratifying the lithium treaty with Peru.", {"CHL", "PER"}),
    ("Kenya's parliament endorsed the agreement with Tanzania on fisheries on Tuesday.", {"KEN", "TZA"}),
    ("Ghana's parliament has unanimously endorsed the solar energy pact with Togo, the speaker said.", {"GHA", "TGO"}),
    ("Ghana's foreign ministry said parliament had endorsed the solar energy agreement with Togo.", {"GHA", "TGO"}),
    ("The fisheries agreement between Kenya and Tanzania was accepted by Parliament on Wednesday.", {"KEN", "TZA"}),
    ("Parliament in Nairobi accepted the fisheries treaty with Tanzania on Tuesday.", {"KEN", "TZA"}),
    ("The gas agreement with Turkey was introduced to the Russian parliament in May and was accepted on June 6.",
     {"RUS", "TUR"}),
    ("The Chile-Peru energy treaty took its final form after both legislatures approved it.", {"CHL", "PER"}),
    ("After both parliaments approved it, the fisheries agreement between Kenya and Tanzania was hailed by fishermen.",
     {"KEN", "TZA"}),
    ("The U.S. Senate gave its consent to the treaty with Peru on lithium on Thursday.", {"PER", "USA"}),
    ("Kenya's legislature has given its assent to the fisheries agreement with Tanzania.", {"KEN", "TZA"}),
    ("Togo's parliament gave the green light to the solar energy agreement with Ghana.", {"GHA", "TGO"}),
    ("Lawmakers in Accra gave their approval to the solar energy agreement with Togo.", {"GHA", "TGO"}),
    ("The solar energy agreement between Ghana and Togo was endorsed by both parliaments last month.", {"GHA", "TGO"}),
    ("The lithium treaty between Chile and Peru has been approved by both congresses.", {"CHL", "PER"}),
    ("Both parliaments have now ratified the fisheries agreement between Kenya and Tanzania.", {"KEN", "TZA"}),
    ("Kenya's parliament ratified the fisheries agreement with Tanzania by a vote of 201 to 12.", {"KEN", "TZA"}),
    ("The ratification instruments of the Chile-Peru treaty on energy were exchanged in Lima on Monday.", {"CHL", "PER"}),
    ("Ghana and Togo exchanged instruments of ratification for their solar energy agreement on Friday.", {"GHA", "TGO"}),
    ("Ghana deposited its instrument of ratification of the solar energy agreement with Togo on Friday.", {"GHA", "TGO"}),
    ("Kazakhstan's Mazhilis adopted the law on ratification of the agreement with Uzbekistan on water.", {"KAZ", "UZB"}),
    ("Kazakh President Tokayev signs law ratifying agreement with Uzbekistan", {"KAZ", "UZB"}),
    ("Belarusian President Lukashenko ratifies agreement with Russia on border security", {"BLR", "RUS"}),
    ("Uzbek President Mirziyoyev signed a law approving the agreement with Kazakhstan on the demarcation of the border.",
     {"KAZ", "UZB"}),
    ("Ghana's parliament rubber-stamped the solar energy agreement with Togo.", {"GHA", "TGO"}),
    ("Kenya's parliament voted through the fisheries agreement with Tanzania on Tuesday.", {"KEN", "TZA"}),
    ("Chile's Senate signed off on the lithium treaty with Peru.", {"CHL", "PER"}),
    ("The Kyrgyz Jogorku Kenesh has endorsed the agreement with Kazakhstan on water use.", {"KAZ", "KGZ"}),
    ("The Lithuanian Seimas ratified the defence agreement with Poland.", {"LTU", "POL"}),
    ("Ghana's parliament has cleared the solar energy agreement with Togo for ratification.", {"GHA", "TGO"}),
    ("Both Kenya and Tanzania have completed the domestic procedures required for the fisheries agreement.",
     {"KEN", "TZA"}),
    ("The solar energy agreement between Ghana and Togo received parliamentary approval on Tuesday.", {"GHA", "TGO"}),
    ("The fisheries treaty between Kenya and Tanzania has won the backing of both parliaments.", {"KEN", "TZA"}),
    ("The Chile-Peru lithium treaty secured congressional approval in Lima last week.", {"CHL", "PER"}),
    ("Parliamentary approval of the Ghana-Togo solar energy agreement came on Tuesday.", {"GHA", "TGO"}),
    ("The Duma's approval of the gas agreement between Russia and Turkey was announced on Tuesday.", {"RUS", "TUR"}),
    ("The gas agreement between Russia and Turkey, which Ankara signed in 2020, was approved by the Russian parliament "
     "on Tuesday.", {"RUS", "TUR"}),
    ("Peru's Congress has given final approval to the energy treaty with Chile, officials said.", {"CHL", "PER"}),
    ("Following its approval by the parliaments of both countries, the Kenya-Tanzania fisheries agreement is now being "
     "implemented.", {"KEN", "TZA"}),
])
def test_a_ratification_told_done_in_any_wording_is_in_force(text, parties):
    assert find_status(text) == "in-force"
    found = statuses(text, parties)
    assert found and all(status == "in-force" for status in found)


# Near misses: a ratification still ahead or on its way (a bill introduced, tabled, before the president; a reading before
# the last; a process under way), one side's cabinet or draft, one side's consent where the other's is outstanding.
@pytest.mark.parametrize("text, parties", [
    ("Ghana's parliament will ratify the solar energy agreement with Togo next month.", {"GHA", "TGO"}),
    ("The government submitted the fisheries agreement with Tanzania to parliament for ratification, Kenya said.",
     {"KEN", "TZA"}),
    ("A bill on ratification of the treaty between Chile and Peru was introduced in Congress on Monday.", {"CHL", "PER"}),
    ("A bill on ratifying the agreement between Russia and Turkey was tabled in the Duma.", {"RUS", "TUR"}),
    ("The ratification bill for the gas agreement between Russia and Turkey was introduced in the Duma.", {"RUS", "TUR"}),
    ("A bill ratifying the fisheries treaty with Tanzania awaits the president's signature in Kenya.", {"KEN", "TZA"}),
    ("Peru's Congress is considering a bill on ratification of the energy treaty with Chile.", {"CHL", "PER"}),
    ("Putin will sign the bill on ratification of the gas agreement with Turkey into law next week.", {"RUS", "TUR"}),
    ("Russia's Duma passed the bill on ratification of the gas agreement with Turkey in the first reading.", {"RUS", "TUR"}),
    ("Ghana's cabinet approved a bill to ratify the solar energy agreement with Togo.", {"GHA", "TGO"}),
    ("The draft law on ratification of the agreement between Ghana and Togo was approved by the cabinet.", {"GHA", "TGO"}),
    ("Russia's government approved a draft law on ratification of the agreement with Turkey and sent it to the Duma.",
     {"RUS", "TUR"}),
    ("The Chilean Senate is expected to approve the ratification of the lithium treaty with Peru.", {"CHL", "PER"}),
    ("Peru's Congress will debate the ratification of the energy treaty with Chile.", {"CHL", "PER"}),
    ("The ratification process for the Chile-Peru lithium treaty is under way in both countries.", {"CHL", "PER"}),
    ("The instruments of ratification will be exchanged in Lima when the Chile-Peru treaty is signed.", {"CHL", "PER"}),
    ("The Senate has yet to give its consent to the treaty with Peru.", {"PER", "USA"}),
    ("Ghana's parliament is due to give its consent to the solar energy agreement with Togo.", {"GHA", "TGO"}),
    ("The gas agreement between Russia and Turkey will enter into force once both parliaments have approved it.",
     {"RUS", "TUR"}),
    ("Ghana and Togo signed an agreement on solar energy; it will take effect after both legislatures approve it.",
     {"GHA", "TGO"}),
    ("The Duma approved the ratification of the agreement with Turkey, but Turkey has not yet ratified it.", {"RUS", "TUR"}),
    ("Ghana's parliament has approved the solar energy agreement with Togo, whose parliament has not yet ratified it.",
     {"GHA", "TGO"}),
    ("Peru's Congress approved a draft agreement with Chile on lithium for further talks.", {"CHL", "PER"}),
    ("Kenya's parliament passed a budget bill, and Kenya and Tanzania signed a fisheries agreement.", {"KEN", "TZA"}),
    ("Ghana's parliament backed calls for a treaty with Togo on solar energy.", {"GHA", "TGO"}),
    ("Kenya and Tanzania have yet to complete their domestic procedures for the fisheries agreement.", {"KEN", "TZA"}),
    ("The fisheries agreement will take effect once Kenya and Tanzania complete their internal procedures.",
     {"KEN", "TZA"}),
    ("Ghana's parliament will rubber-stamp the solar energy agreement with Togo next week.", {"GHA", "TGO"}),
    ("Kenya's parliament passed a resolution urging talks on a fisheries agreement with Tanzania.", {"KEN", "TZA"}),
    ("Russia's president signed a decree on holding talks on an agreement with Turkey.", {"RUS", "TUR"}),
    ("The solar energy agreement between Ghana and Togo still needs parliamentary approval.", {"GHA", "TGO"}),
    ("The Chile-Peru lithium treaty is awaiting congressional approval.", {"CHL", "PER"}),
    ("The Chile-Peru lithium treaty failed to win congressional approval.", {"CHL", "PER"}),
    ("The fisheries agreement between Kenya and Tanzania requires the approval of both parliaments.", {"KEN", "TZA"}),
    ("Ghana's parliament speaker met Togo's foreign minister to discuss the solar energy agreement.", {"GHA", "TGO"}),
])
def test_a_ratification_ahead_or_one_sides_step_is_not_in_force(text, parties):
    assert find_status(text) != "in-force"
    assert "in-force" not in statuses(text, parties)


@pytest.mark.parametrize("text", [
    "Putin put his signature to the law on ratification of the gas agreement with Turkey.",
    "Russian lawmakers have approved the treaty with Turkey, clearing the way for its entry into force.",
    "Senators in Santiago voted 38-2 to approve the lithium treaty with Peru.",
    "Kenya's parliament, after a lengthy debate that ran late into the night, endorsed the fisheries agreement.",
    "The senate gave its consent to the treaty.",
    "The bill on ratification of the agreement was signed into law on Monday.",
])
def test_a_ratification_told_done_reads_in_force_on_the_clause(text):
    assert find_status(text) == "in-force"


@pytest.mark.parametrize("text, status", [
    ("The Cabinet took the necessary measures to ratify a memorandum between Ghana and Togo on solar energy.", "in-force"),
    ("The cabinet completed the legal procedures for ratifying the fisheries agreement between Kenya and Tanzania.",
     "in-force"),
    ("Peru has finalised its internal procedures to ratify the lithium treaty with Chile.", "in-force"),
    # steps under way tell no ratification yet
    ("The government has taken steps to ratify the lithium treaty between Chile and Peru.", "signed"),
    ("Parliament began the procedures to ratify the lithium treaty between Chile and Peru.", "signed"),
])
def test_the_steps_of_ratifying_told_done_put_the_act_in_force(text, status):
    assert find_status(text) == status


def test_each_item_under_a_lead_that_took_the_steps_to_ratify_is_in_force():
    text = ("Third, the Cabinet took the necessary measures to ratify the following: 1- Memorandum of understanding for "
            "co-operation in solar energy between Ghana and Togo.\n\n2- Agreement between the governments of Ghana and "
            "Kenya on fisheries.")
    assert sorted((tuple(sorted(act.parties)), act.status) for act in acts_of(text)) == [
        (("GHA", "KEN"), "in-force"), (("GHA", "TGO"), "in-force")]


@pytest.mark.parametrize("text, parties, status", [
    ("Kenya's parliament ratified the data treaty with Ghana on Tuesday. The treaty will enter into force once Ghana "
     "completes its own ratification.", {"GHA", "KEN"}, "signed"),
    ("Peru's Congress approved the lithium treaty with Chile. The treaty is expected to take effect next year.",
     {"CHL", "PER"}, "signed"),
    # told running in another sentence: in force
    ("Kenya's parliament ratified the data treaty with Ghana in 2019. The treaty entered into force in May 2020.",
     {"GHA", "KEN"}, "in-force"),
])
def test_an_entry_into_force_told_ahead_in_another_sentence_leaves_a_ratified_act_signed(text, parties, status):
    assert statuses(text, parties) == [status]
