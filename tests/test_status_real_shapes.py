"""Status shapes of real news English (extract/status_shapes.py and the ratification aspect), each on sentences written
for the test (never taken from the eval passages): legislatures approving, acts extended or kept in force, acts going
on over a stretch of time, documents exchanged, clauses telling an act's content, ratification still ahead."""

from __future__ import annotations

import pytest

from techpact.extract.status import find_status
from tests.extraction import acts_of


@pytest.mark.parametrize("text", [
    "Kenya's National Assembly approved the cooperation agreement with Ethiopia on satellite data.",
    "The Knesset on Monday approved the technology accord signed with Morocco last month.",
    "Peru's Congress endorsed the lithium pact with Bolivia by 87 votes to 12.",
    "Lawmakers in Seoul passed the treaty on nuclear research with Poland.",
    "The Senate voted to ratify the space cooperation agreement with Brazil.",
    "Mongolia's parliament voted unanimously to ratify the memorandum on 5G with Japan.",
    "The Duma voted 390-0 in favour of the partnership treaty with Iran.",
    "The upper house passed a bill on ratification of the treaty with Cuba.",
    "Parliament voted for ratification of the treaty.",
])
def test_a_legislature_approving_an_act_ratifies_it(text):
    assert find_status(text) == "in-force"


@pytest.mark.parametrize("text, status", [
    ("The government approved a draft agreement with Serbia on nuclear safety.", "planned"),
    ("The cabinet approved the memorandum with Chile.", "planned"),
    ("Parliament will vote on the treaty with Norway next week.", "planned"),
    ("Lawmakers rejected the trade pact with Argentina.", "rejected"),
    ("Parliament has not approved the treaty with Chad.", "rejected"),
    ("Senators backed calls for a treaty with Mexico on chips.", "proposed"),
])
def test_a_government_approval_a_vote_ahead_or_a_refusal_is_no_ratification(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize("text", [
    "The bill on ratification of the treaty with Cuba was sent to the Duma.",
    "Deputies will discuss the question of ratification of the treaty with Laos in October.",
    "The president submitted the agreement with Algeria to parliament for the ratification.",
    "The senators will consider ratification of the accord in spring.",
    "The treaty, signed in Kigali, now goes to both parliaments for ratification.",
    "The pact was referred to the senate for ratification.",
])
def test_a_ratification_still_to_be_weighed_leaves_the_act_signed(text):
    assert find_status(text) == "signed"


@pytest.mark.parametrize("text", [
    "Egypt has extended its currency swap agreement with China for a further three years.",
    "Brazil and Argentina extended their space cooperation agreement for another five years.",
    "Vietnam renewed its memorandum on AI with India for two more years.",
    "The memorandum has been prolonged until 2030.",
    "Chile extends science accord with Sweden",
    "The extension keeps the agreement in force while negotiators work on a new text.",
    "The decree keeps the old protocol in effect until a new one is signed.",
])
def test_an_act_extended_or_kept_in_force_is_running(text):
    assert find_status(text) == "in-force"


@pytest.mark.parametrize("text, status", [
    ("The two sides agreed to extend the agreement on fisheries data until 2030.", "planned"),
    # not extending lets the act run out, as "decided not to renew it" does: ended (the word "agreement" is no verb of
    # agreeing refused)
    ("Ghana did not extend the agreement with Togo.", "ended"),
    ("Ghana has not extended the agreement with Togo.", "ended"),
    ("The ministers renewed calls for a treaty on chips.", "proposed"),
    ("The two countries renewed their agreement on Tuesday.", "signed"),
])
def test_an_extension_ahead_refused_or_a_renewed_call_is_not_in_force(text, status):
    assert find_status(text) == status


def test_an_extension_told_in_the_simple_past_with_its_own_time_is_an_event_of_the_past():
    assert find_status("The agreement was extended for six months in August last year.") != "in-force"


@pytest.mark.parametrize("text", [
    "For more than 30 years, the agreement between Chile and Sweden has supported joint astronomy research.",
    "Over the past two decades, the partnership has trained thousands of engineers.",
    "For nearly ten years, their cooperation on fisheries data has grown steadily.",
    # the stretch told from the act's own start
    "The Ghana-Togo solar partnership has drawn two billion dollars in investment since its launch.",
    "Since its launch in 2019, the Ghana-Togo solar partnership has attracted two billion dollars.",
    "Since their signing, the two memorandums have funded 40 joint projects.",
])
def test_an_act_going_on_over_a_stretch_of_time_up_to_now_is_in_force(text):
    assert find_status(text) == "in-force"


@pytest.mark.parametrize("text, status", [
    ("For years, Ghana and Togo have discussed a treaty on electricity trading.", "planned"),
    ("For a decade, the two countries have sought a deal on chips.", "proposed"),
    ("For years, China has been the largest buyer of Chilean copper.", None),
    ("For two decades, the two sides have not renewed the treaty.", "ended"),
])
def test_a_stretch_of_time_with_talks_wishes_or_no_act_is_not_in_force(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize("text", [
    "The ambassadors sealed the deal by exchanging the documents.",
    "The two ministers were seen exchanging the memoranda of understanding at the ceremony.",
])
def test_documents_exchanged_at_a_ceremony_are_signed(text):
    assert find_status(text) == "signed"


@pytest.mark.parametrize("text", [
    "The ministers were exchanging views on regional security.",
    "The leaders are exchanging ideas on climate policy.",
])
def test_views_or_ideas_exchanged_are_no_signing(text):
    assert find_status(text) is None


@pytest.mark.parametrize("text", [
    "The memorandum will build a shared understanding of digital identity rules.",
    "This agreement will allow Kenyan and Rwandan start-ups to share data centres.",
    "Under the new memorandum, the two agencies will exchange satellite images.",
    "Thanks to this accord, Kazakhstan and Uzbekistan will link their power grids.",
    "The roadmap includes plans for joint navigation satellites.",
    "The strategy envisages the creation of a joint fund.",
    "The deal aims to double trade in solar panels by 2030.",
])
def test_a_clause_telling_what_a_definite_act_holds_gives_it_no_plan(text):
    assert find_status(text) is None


@pytest.mark.parametrize("text, status", [
    ("The agreement will be signed next month.", "planned"),
    ("The memorandum will enter into force in January.", "signed"),
    ("A new agreement would allow the sides to share data.", "planned"),
    ("The treaty will be ratified by both parliaments.", "signed"),
    ("Ghana and Togo will build a shared data centre.", "planned"),
    ("Under the plan, Ghana and Togo will set up a joint fund.", "planned"),
    ("The planned agreement will cover rice and maize.", "planned"),
    ("The draft treaty will regulate fishing.", "planned"),
    ("Under the proposed deal, Ghana would get a fifth of the revenue.", "proposed"),
])
def test_an_act_still_to_be_made_or_an_indefinite_one_keeps_its_status(text, status):
    assert find_status(text) == status


def test_a_memorandum_exchanged_and_then_told_by_its_content_stays_signed():
    text = ("Ghana and Togo exchanged a memorandum of understanding on satellite data on Monday. "
            "Under this memorandum, the two space agencies will share images of the coast.")
    assert {(frozenset(a.parties), a.status) for a in acts_of(text)} == {(frozenset({"GHA", "TGO"}), "signed")}


def test_a_memorandum_named_and_then_told_by_its_content_is_not_planned():
    text = ("There was also a memorandum of understanding between Ghana and Togo on news exchange. "
            "Thanks to this memorandum, the two news agencies will co-produce documentaries.")
    assert [a.status for a in acts_of(text) if set(a.parties) == {"GHA", "TGO"}] == ["signed"]


@pytest.mark.parametrize("text", [
    "The joint laboratory, launched in 2019, now employs 40 researchers from both countries.",
    "The partnership was launched in 2020 and has since expanded to cover AI.",
    "The memorandum signed in 2017 remains the basis of their cooperation.",
    "The agreement, signed in 2018, has helped double trade in chips.",
    "Since the agreement was signed in 2018, trade in chips has doubled.",
    "The 1979 agreement has been renewed every five years.",
])
def test_an_act_concluded_in_a_past_year_and_going_on_since_is_in_force(text):
    assert find_status(text) == "in-force"


@pytest.mark.parametrize("text, status", [
    ("Ghana and Togo signed a memorandum in 2018 and have now signed a treaty on chips.", "signed"),
    ("The agreement signed on Tuesday will help double trade in chips.", "signed"),
    ("The memorandum, signed in 2019, expired last year.", "ended"),
    ("Ghana, which launched its space agency in 2018, has signed a memorandum with Togo.", "signed"),
    ("Ghana and Togo signed the memorandum in 2019 and agreed to review it in 2021.", "signed"),
    ("The pact was signed in 2019.", "signed"),
])
def test_a_dated_conclusion_with_another_act_an_end_or_nothing_going_on_stays_as_told(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize("text", [
    "Under the existing agreement, Kenyan students study nuclear engineering in Seoul.",
    "Under the 2015 agreement, the two countries share seismic data.",
    "Under the current arrangement, Norway supplies gas to Poland through the Baltic Pipe.",
    "Egypt and Russia are building the Dabaa nuclear plant under a 2015 agreement.",
    "The agreement currently covers only civilian nuclear research.",
    "Japan and Australia are bound by a reciprocal access agreement.",
    "The platform, which links the payment systems of Thailand and Malaysia, went live in 2021.",
    "The two central banks run a joint payment platform.",
])
def test_an_act_told_in_a_present_state_is_in_force(text):
    assert find_status(text) == "in-force"


@pytest.mark.parametrize("text, status", [
    ("Under the deal, Ghana gets a fifth of the revenue.", None),
    ("Under the new agreement, the two countries share seismic data.", None),
    ("Under a 2015 agreement, the two countries will share seismic data.", "planned"),
    ("Currently, the two sides are negotiating a treaty on chips.", "planned"),
    ("The two countries are currently discussing a deal on lithium.", "planned"),
    ("The platform will go live next year.", "planned"),
    ("The two countries are now in talks over a joint fund.", "planned"),
])
def test_a_new_act_told_by_its_content_or_a_present_of_talks_is_not_in_force(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize("text", [
    "Togo accepted Ghana's offer to build a data centre.",
    "Japan has agreed to a U.S. proposal to conclude a new agreement on chips.",
    "The proposal was accepted by Peru last week.",
    "Chile took up Argentina's invitation to join the lithium initiative.",
])
def test_an_offer_taken_up_is_planned(text):
    assert find_status(text) == "planned"


@pytest.mark.parametrize("text, status", [
    ("Togo welcomed Ghana's proposal to set up a joint fund.", "proposed"),
    ("Togo did not accept Ghana's offer to build a data centre.", "rejected"),
    ("Togo is considering Ghana's offer to build a data centre.", "proposed"),
    ("Togo may accept Ghana's offer to build a data centre.", "proposed"),
])
def test_an_offer_welcomed_weighed_or_refused_is_not_taken_up(text, status):
    assert find_status(text) == status


def test_an_accepted_offer_is_an_act_of_what_it_offers():
    assert {(frozenset(a.parties), a.kind, a.status) for a in acts_of("Togo accepted Ghana's offer to build a data centre.")} \
        == {(frozenset({"GHA", "TGO"}), "initiative", "planned")}


@pytest.mark.parametrize("text, status", [
    ("Ghana and Togo have a new agreement on satellite data.", "signed"),
    ("Ghana and Togo will have a new agreement on satellite data.", "planned"),
    ("Ghana and Togo have an agreement on chips since 2015.", "in-force"),
    ("The deal, which the two leaders witnessed being signed, covers lithium and cobalt.", "signed"),
    ("The memorandum is being signed today.", "planned"),
])
def test_a_new_act_held_or_one_seen_signed_is_signed_an_old_one_runs(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize("text, status", [
    ("The memorandum will build on the countries' existing partnership in nuclear energy.", None),
    ("The MOU allows us to strengthen our existing partnership with Peru.", None),
    ("The aim of the new deal is to consolidate the existing cooperation between the two countries.", None),
    ("The memorandum will cement the existing partnership between Chile and Peru.", None),
    ("The two countries have agreed to deepen their long-standing cooperation on AI.", "in-force"),
    ("The deal is part of the ongoing cooperation between the two countries.", None),
    ("Officials described the pact as part of the existing strategic partnership.", None),
])
def test_an_existing_act_a_new_instrument_builds_on_gives_the_clause_no_standing(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize("text", [
    "Under the existing agreement, Kenyan students study nuclear engineering in Seoul.",
    "Their long-standing cooperation covers space and 5G.",
])
def test_an_existing_act_told_on_its_own_is_in_force(text):
    assert find_status(text) == "in-force"


def test_a_memorandum_building_on_an_existing_partnership_stays_signed():
    text = ("South Korea and Poland signed a memorandum of understanding on nuclear research on Monday. "
            "The memorandum will build on the countries' existing partnership in nuclear energy, officials said.")
    assert ("mou", "signed") in {(a.kind, a.status) for a in acts_of(text) if set(a.parties) == {"KOR", "POL"}}
    assert ("mou", "in-force") not in {(a.kind, a.status) for a in acts_of(text)}


@pytest.mark.parametrize("text", [
    "Ghana and Togo expressed readiness to cooperate on AI.",
    "Both countries are ready to deepen cooperation on 5G with Benin.",
    "Ghana and Togo are keen to work together on semiconductors.",
    "President Mahama and his Togolese counterpart expressed their mutual willingness to expand cooperation in space.",
    "The two sides reaffirmed their readiness to build a joint data centre.",
])
def test_a_readiness_both_sides_voice_is_their_plan(text):
    assert find_status(text) == "planned"


@pytest.mark.parametrize("text", [
    "Ghana is ready to cooperate with Togo and Benin on AI.",
    "Ghana expressed readiness to help Togo, and Benin welcomed the offer.",
    "Ghana and Togo said Benin was ready to join the project.",
    "Ghana and Togo expressed readiness to cooperate and proposed a joint fund.",
    "Russia stands ready to work with Ghana and Togo on nuclear power.",
])
def test_one_sides_readiness_or_an_offer_beside_it_stays_proposed(text):
    assert find_status(text) == "proposed"


def test_a_mutual_readiness_is_a_planned_undertaking_not_an_offer():
    assert {(frozenset(a.parties), a.kind, a.status) for a in acts_of("Ghana and Togo expressed readiness to cooperate on AI.")} \
        == {(frozenset({"GHA", "TGO"}), "initiative", "planned")}


@pytest.mark.parametrize("text, status", [
    ("Negotiations for the agreement, which will replace one due to expire in July, will take place in Lome.", "planned"),
    ("The deal, which expires in 2030, covers lithium.", "in-force"),
    ("Ghana and Togo signed a deal, which expires in 2030.", "signed"),
    ("The treaty expires in 2030.", "in-force"),
])
def test_an_end_told_ahead_in_an_aside_is_background_to_the_clause(text, status):
    assert find_status(text) == status


def test_an_instrument_concluded_after_a_refusal_is_an_act_apart():
    text = ("Japan has turned down a request from the Philippines to share radar technology, officials said. "
            "Japan and the Philippines signed a reciprocal access agreement in July.")
    assert {a.status for a in acts_of(text) if set(a.parties) == {"JPN", "PHL"}} == {"rejected", "signed"}


def test_a_refused_demand_about_the_act_in_focus_is_a_refusal_of_the_demand_not_of_the_act():
    text = ("Ghana has agreed to a Togolese proposal to negotiate a new agreement on chip trade, officials said. "
            "Ghana has declined a Togolese demand that the new agreement include a pledge on market share.")
    found = {(a.kind, a.status) for a in acts_of(text) if set(a.parties) == {"GHA", "TGO"}}
    assert ("proposal", "rejected") in found
    assert any(status == "planned" for _, status in found)


@pytest.mark.parametrize("text", [
    "Ghana and Togo agreed on the establishment of a joint working group.",
    "The sides agreed on the creation of a joint investment fund.",
    "The ministers agreed upon the holding of a joint exercise next year.",
    "Ghana and Togo reached consensus on the setting up of a joint laboratory.",
    "Ghana and Togo agreed on the need to strengthen cooperation on AI.",
    "Ghana and Togo agreed on steps to expand cooperation in space.",
    "Ghana and Togo agreed on the need to establish a partnership on AI.",
    "Ghana and Togo agreed on steps to launch a joint fund.",
])
def test_agreeing_on_an_action_still_to_be_taken_is_planned(text):
    assert find_status(text) == "planned"


@pytest.mark.parametrize("text", [
    "Ghana and Togo agreed on a roadmap for AI.",
    "Ghana and Togo agreed on the text of a memorandum.",
    "Ghana and Togo agreed on the establishment of a joint fund and signed a memorandum on AI.",
])
def test_agreeing_on_an_instrument_or_beside_a_signing_stays_signed(text):
    assert find_status(text) == "signed"


@pytest.mark.parametrize("text", [
    "The UAE and India have operationalised their rupee-dirham settlement system.",
    "The joint satellite ground station was commissioned in May.",
    "The payment link became operational last week.",
    "The cable came online in March.",
    "The joint laboratory began operating in 2021.",
    "The joint fund started operations last year.",
    "The working group has begun its work.",
    "The new payment corridor is now functioning.",
    "The protocol has been applied provisionally since January.",
])
def test_a_joint_system_put_into_operation_is_in_force(text):
    assert find_status(text) == "in-force"


@pytest.mark.parametrize("text, status", [
    ("The joint data centre will be commissioned next year.", "planned"),
    ("The plant is expected to become operational in 2026.", "planned"),
    ("The ministers began work on a draft treaty.", "planned"),
    ("The treaty has not been applied provisionally.", None),
    ("The study was commissioned by the two ministries.", None),
    ("Ghana commissioned a study on a joint fund.", None),
])
def test_an_operation_ahead_negated_or_a_study_commissioned_is_not_in_force(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize("text, status", [
    ("The heads of government will adopt a statement on the occasion of the entry into force of an agreement "
     "between Ghana and Togo.", "in-force"),
    ("A ceremony was held to mark the treaty's entry into force.", "in-force"),
    ("Trade has doubled since its entry into force.", "in-force"),
    ("Both sides hope for an early entry into force of the agreement.", "signed"),
    ("The treaty is pending entry into force.", "signed"),
    ("The two sides discussed steps ahead of the entry into force of the deal.", "signed"),
    ("The law will apply after its entry into force.", "planned"),
])
def test_an_entry_into_force_marked_is_in_force_one_awaited_leaves_the_act_signed(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize("text", [
    "The memorandum can be terminated by either side with six months' notice.",
    "Either party may withdraw from the agreement with a year's notice.",
    "The agreement may be suspended if either side breaches it.",
    "The pact runs for ten years unless either side withdraws from it.",  # the condition of its running on
])
def test_an_end_the_act_only_provides_for_is_no_event(text):
    assert find_status(text) is None


@pytest.mark.parametrize("text", [
    "The accord is extended for three more years each time if neither party leaves it.",
    "The memorandum stays valid until one party terminates it in writing.",
    "The treaty remains valid unless either party withdraws from it.",
])
def test_an_end_told_as_the_condition_of_running_on_is_no_end(text):
    assert find_status(text) != "ended"


@pytest.mark.parametrize("text, status", [
    ("Ghana could withdraw from the agreement.", "in-force"),
    ("Ghana will withdraw from the agreement.", "ended"),
    ("The agreement was terminated in 2020.", "ended"),
])
def test_an_end_weighed_decided_or_done_keeps_its_reading(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize("text", [
    "Nepal and Chile signed a treaty on satellites in May. It can be extended for five years if neither party leaves it.",
    "Nepal and Chile signed a treaty on satellites in May. It runs for ten years unless either country withdraws from it.",
])
def test_a_treaty_signed_with_a_condition_of_its_running_on_stays_signed(text):
    assert {a.status for a in acts_of(text)} == {"signed"}


def test_a_memorandum_signed_with_a_termination_clause_stays_signed():
    text = ("Ghana and Togo signed a memorandum on AI on Monday. "
            "The memorandum can be terminated by either side with six months' notice.")
    assert {a.status for a in acts_of(text)} == {"signed"}


@pytest.mark.parametrize("text, status", [
    ("The Bank of Ghana and the Bank of Togo, the two signatories, have agreed to work together on payments.", "signed"),
    ("All signatories to the accord will meet in May.", "signed"),
    ("Potential signatories to the treaty include Ghana and Togo.", None),
    ("The signatories of the letter urged a ban.", "proposed"),
])
def test_parties_named_as_an_acts_signatories_tell_it_signed(text, status):
    assert find_status(text) == status


def test_an_act_ahead_that_would_keep_another_in_force_is_still_ahead():
    assert find_status("The extension will keep the agreement in effect while we seek new terms.") == "planned"


@pytest.mark.parametrize("text, status", [
    ("For more than 40 years, the agreement between the two countries has seen cooperation across many fields, "
     "a sign that the rivals were able to work together.", "in-force"),
    ("For two decades, the partnership has funded joint projects, and the sides will now expand it.", "in-force"),
    ("For years, Ghana and Togo have been negotiating a deal that would link their grids.", "planned"),
])
def test_years_of_an_act_going_on_outweigh_a_plan_told_after_them_but_years_of_talks_do_not(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize("text", [
    "Ghana paused its cooperation with Togo on satellites.",
    "The project was put on ice after the coup.",
    "The joint fund has been mothballed.",
    "Ghana walked out of the agreement with Togo.",
    "The deal fell through after months of talks.",
    "The accord ceased to be in effect in 2020.",
])
def test_an_act_stopped_by_verbs_of_pausing_shelving_or_collapse_is_ended(text):
    assert find_status(text) == "ended"


@pytest.mark.parametrize("text", [
    "The delegation walked out of the meeting.",
    "Prices fell through the floor.",
    "Ghana could pause its cooperation with Togo.",
])
def test_a_meeting_left_a_price_fall_or_a_pause_weighed_is_no_end(text):
    assert find_status(text) is None


@pytest.mark.parametrize("text, status", [
    ("Ghana ruled out joining the initiative.", "rejected"),
    ("Ghana reversed its decision to join the project.", "rejected"),
    ("Ghana backtracked on its pledge to sign the treaty.", "rejected"),
    ("Ghana did not rule out joining the initiative.", None),
    ("Ghana did not exclude joining the initiative.", None),
    ("Ghana did not join the initiative.", "rejected"),
    ("Togo has ruled out a data-sharing agreement with Benin.", "rejected"),
    ("Togo ruled out any new defence pact with Benin.", "rejected"),
    ("Togo ruled out a free trade treaty with Benin.", "rejected"),
])
def test_ruling_out_is_a_refusal_not_ruling_it_out_is_none(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize("text, status", [
    ("Japan and India are partners in the high-speed rail project.", "in-force"),
    ("Japan and India are close strategic partners.", "in-force"),
    ("Japan and India will be partners in the project.", "planned"),
    ("Japan and India are looking for partners in Africa.", None),
    ("The two countries are partners of choice for investors.", None),
    ("The two countries are now comprehensive strategic partners.", None),
])
def test_states_told_as_partners_now_have_a_standing_partnership(text, status):
    assert find_status(text) == status


def test_partners_in_a_project_make_a_partnership_in_force():
    assert {(frozenset(a.parties), a.status) for a in acts_of("Japan and India are partners in the high-speed rail project.")} \
        == {(frozenset({"IND", "JPN"}), "in-force")}


@pytest.mark.parametrize("text, status", [
    ("Ghana and Togo resumed cooperation on satellites after a two-year pause.", "in-force"),
    ("Ghana and Togo restored the suspended agreement on fisheries.", "in-force"),
    ("The two countries revived their space partnership.", "in-force"),
    ("Ghana and Togo will resume cooperation on satellites.", "planned"),
    ("Ghana and Togo resumed talks on a deal on chips.", "planned"),
    ("Ghana and Togo resumed negotiations on a treaty.", "planned"),
])
def test_an_act_taken_up_again_runs_talks_taken_up_again_are_a_plan(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize("text, status", [
    ("The agreement comes into force next month.", "signed"),
    ("The agreement takes effect on January 1 next year.", "signed"),
    ("The agreement comes into force today.", "in-force"),
    ("The agreement came into force last month.", "in-force"),
])
def test_an_entry_into_force_dated_ahead_leaves_the_act_signed(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize("text, status", [
    ("The pact at present applies to rice only.", "in-force"),
    ("The agreement is currently being translated into French.", None),
])
def test_currently_with_what_an_act_does_is_in_force_with_work_on_its_text_is_not(text, status):
    assert find_status(text) == status


def test_a_memorandum_signed_today_and_being_translated_stays_signed():
    text = ("Ghana and Togo signed a memorandum on AI on Monday. "
            "The agreement is currently being translated into French.")
    assert {a.status for a in acts_of(text)} == {"signed"}


@pytest.mark.parametrize("text, status", [
    ("BUENOS AIRES (Wire) - For more than 20 years, the science agreement between Argentina and Brazil has funded joint "
     "research, and the two governments will now widen it.", "in-force"),
    ("ACCRA, May 4 (Wire) - Ghana and Togo expressed readiness to cooperate on AI.", "planned"),
    ("LOME (Wire) - Under the memorandum, the two agencies will exchange satellite images.", None),
    ("MOSCOW, May 4. /Wire/. The memorandum will build a shared understanding of data rules.", None),
])
def test_shapes_told_at_a_clauses_start_are_read_after_a_dateline(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize("text", [
    "Ghana and Togo agreed to a framework on data sharing.",
    "Ghana agreed to the terms of the deal with Togo.",
    "Ghana and Togo agreed to two memoranda on AI.",
    "Ghana and Togo came to an agreement on data sharing.",
    "Ghana and Togo arrived at a consensus on a roadmap for AI.",
    "Ghana and Togo settled on a deal to share fishing data.",
    "Ghana and Togo nailed down a deal on fisheries.",
    "Ghana and Togo wrapped up talks with a deal on fisheries.",
])
def test_an_instrument_agreed_to_or_arrived_at_is_signed(text):
    assert find_status(text) == "signed"


@pytest.mark.parametrize("text, status", [
    ("Ghana and Togo agreed to cooperate on data sharing.", "planned"),
    ("Ghana and Togo agreed to a proposal to set up a joint fund.", "planned"),
    ("Ghana and Togo will agree to a framework on data sharing.", "planned"),
    ("Ghana and Togo hope to come to an agreement soon.", "planned"),
    ("Ghana and Togo failed to arrive at a deal.", None),
])
def test_agreeing_to_act_to_an_offer_or_an_agreement_ahead_is_no_signing(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize("text, status", [
    ("The cabinet approved the signing of a memorandum with Chile.", "planned"),
    ("The government authorised the conclusion of an agreement with Peru.", "planned"),
    ("The president gave the go-ahead for the signing of the treaty.", "planned"),
    ("The cabinet gave its nod for signing a memorandum with Chile.", "planned"),
    ("The council gave the green light for the signing of an accord with Peru.", "planned"),
    ("The signing of the memorandum took place in Lima.", "signed"),
    ("The ministers attended the signing of the memorandum.", "signed"),
])
def test_a_signing_authorised_is_still_ahead_a_signing_attended_is_done(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize("text", [
    "Togo welcomed Ghana's proposal and agreed to set up a joint fund.",
    "Ghana proposed a joint fund, and Togo agreed.",
    "Togo endorsed Ghana's proposal to set up a joint fund.",
    "The two leaders agreed to set up a joint fund proposed by Ghana.",
    "Following a Ghanaian proposal, the two countries agreed to set up a joint fund.",
    "At Ghana's suggestion, the two countries will set up a joint fund.",
])
def test_a_proposal_taken_up_or_told_as_the_origin_of_what_was_agreed_is_planned(text):
    assert find_status(text) == "planned"


@pytest.mark.parametrize("text", [
    "Ghana proposed a joint fund to Togo.",
    "Ghana proposed that Togo join the fund.",
    "The fund proposed by Ghana is under study.",
    "Ghana proposed a fund, and Togo said it would consider it.",
    # backing or supporting an offer is support, not the sides agreeing it
    "Togo backed Ghana's proposal to set up a joint fund.",
    "South Africa backs Russia's proposal to create a BRICS space council.",
    "Kazakhstan supports China's proposal to establish a global body for AI cooperation.",
])
def test_a_proposal_nobody_took_up_stays_proposed(text):
    assert find_status(text) == "proposed"


def test_an_endorsed_offer_is_no_signing():
    assert find_status("Togo endorsed Ghana's bid to host the centre.") != "signed"


def test_a_new_act_told_part_of_an_ongoing_one_keeps_its_signing():
    told = acts_of("Benin and Niger signed an agreement on solar grids on Monday. "
                   "Officials described the deal as part of the ongoing strategic partnership between the two countries.")
    assert {(a.kind, a.status) for a in told} == {("agreement", "signed")}


@pytest.mark.parametrize("text, status", [
    ("The memorandum between Benin and Niger will not be signed as originally planned.", "planned"),
    ("The solar pact was not signed as scheduled on Monday.", "planned"),
    ("The accord will not be signed this week as expected.", "planned"),
    ("Niger did not sign the pact, as expected.", "rejected"),
    ("Niger refused to sign the pact as planned.", "rejected"),
])
def test_a_making_not_done_as_planned_is_delayed_not_refused(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize("text, status", [
    ("The solar pact between Benin and Niger was blocked by Niger's parliament.", "rejected"),
    ("A 2021 grid accord was previously blocked after failing to gain domestic approval.", "rejected"),
    ("The treaty failed to win approval in the National Assembly.", "rejected"),
    ("The treaty failed to pass the Senate.", "rejected"),
    ("Niger failed to win approval for its budget, but signed the pact.", "signed"),
    ("Cable exports were blocked after the pact was signed.", "signed"),
    ("The pact failed to boost trade.", None),
])
def test_an_act_blocked_or_not_approved_at_home_is_refused(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize("text", [
    "Niger's parliament approved the government's proposal to become an observer state of ECOWAS.",
    "Benin's cabinet approved the application to join BRICS.",
    "The Council of Ministers approved a bid to join the OECD.",
])
def test_a_bid_to_join_approved_at_home_is_still_the_bid(text):
    assert find_status(text) == "proposed"


@pytest.mark.parametrize("text, status", [
    ("The ministers welcomed the approval by all three parliaments of the Convention on the joint space agency.", "in-force"),
    ("Benin hailed the approval by Niger's National Assembly of the solar treaty.", "in-force"),
    ("The ministers welcomed the approval of the budget.", None),
])
def test_a_legislatures_approval_hailed_as_given_is_the_acts_ratification(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize("text, status", [
    ("The two sides agreed to promote the signing of an agreement on AI at an early date.", "planned"),
    ("Benin and Niger agreed to accelerate the signing of the free trade agreement.", "planned"),
    ("Benin and Niger will work towards the early signing of a solar pact.", "planned"),
    ("The ministers attended the signing of the pact.", "signed"),
    ("Niger is keen on signing the solar pact with Benin.", "planned"),
    ("Niger is interested in signing the solar pact with Benin.", "planned"),
    ("Benin and Niger expressed interest in signing a solar pact.", "proposed"),  # as "expressed interest in a pact" is
])
def test_a_signing_worked_for_is_still_ahead(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize("text, status", [
    ("Niger is a party to the solar treaty with Benin.", "in-force"),
    ("Benin has been a party to the grid agreement with Niger since 1998.", "in-force"),
    ("The Benin-Niger fibre pact, now in its fourth year, links 40 towns.", "in-force"),
    ("Niger became a party to the solar treaty with Benin on Monday.", "signed"),
])
def test_a_state_bound_by_an_act_or_an_act_in_its_nth_year_stands(text, status):
    assert {a.status for a in acts_of(text)} == {status}


@pytest.mark.parametrize("text, status", [
    ("Niger's decision to pull out of the solar pact with Benin took effect on Monday.", "ended"),
    ("Niger's decision to withdraw from the solar pact with Benin takes effect in May.", "ended"),
    ("The solar pact between Benin and Niger took effect on Monday.", "in-force"),
])
def test_a_decision_to_leave_an_act_taking_effect_ends_it(text, status):
    assert {a.status for a in acts_of(text)} == {status}


@pytest.mark.parametrize("text, status", [
    ("The draft accord has not been formally signed by the ministers.", "planned"),
    ("The solar memorandum between Benin and Niger hasn't been inked.", "planned"),
    ("The text of the Benin-Niger data accord has not been finalised.", "planned"),
    # a refusal told beside it, or the sides' own negated making, stays a refusal
    ("Niger refused the pact, which has not been signed.", "rejected"),
    ("Niger has not signed the pact.", "rejected"),
    ("The pact has never been signed.", "rejected"),
])
def test_a_making_told_not_done_in_the_passive_is_still_ahead(text, status):
    assert find_status(text) == status


def test_a_plan_whose_document_is_not_yet_signed_is_planned():
    told = acts_of("The leaders of Benin and Niger have provisionally agreed to build a joint solar grid. "
                   "The document has not been formally signed by the leaders.")
    assert {a.status for a in told} == {"planned"}


@pytest.mark.parametrize("text, status", [
    ("Benin and Niger reached an agreement to expand cooperation in solar energy.", "planned"),
    ("Chile and Peru reached an agreement to cooperate on lithium.", "planned"),  # as "agreed to cooperate"
    ("The ministers reached a broad understanding to build a joint data centre.", "planned"),
    # an agreement reached on a matter, or to an effect, is concluded
    ("Benin and Niger reached an agreement on solar cooperation.", "signed"),
    ("Benin and Niger reached an agreement to the effect that data would be shared.", "signed"),
    # an agreement only in principle, or tentative, is still to be settled and signed
    ("Benin and Niger reached an agreement in principle on solar cooperation.", "planned"),
    ("Chile and Peru struck a tentative deal on lithium processing.", "planned"),
    ("The ministers reached an in-principle understanding on a joint data centre.", "planned"),
    ("Chile and Peru struck a deal on lithium processing.", "signed"),
    ("Benin and Niger signed an agreement in principle on solar cooperation.", "signed"),
])
def test_an_agreement_reached_to_do_something_is_the_sides_agreeing_to_do_it(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize("text, status", [
    # the completion of its steps awaited: concluded, not in force
    ("The accord will take effect pending the completion of all necessary ratification procedures.", "signed"),
    ("The pact was signed in May and awaits the completion of the ratification process.", "signed"),
    # its signing told ahead as well: not concluded yet
    ("The signing of the accord is expected in June, pending the completion of ratification procedures on both sides.",
     "planned"),
    ("The signing of the treaty is set for May, before ratification by both parliaments.", "planned"),
])
def test_a_ratification_awaited_is_no_entry_into_force_and_with_the_signing_ahead_is_planned(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize("text, status", [
    # "of intent" names a document, not an intent: the list tells what was signed
    ("The documents comprised a Joint Declaration of Intent on fisheries and an MoU on solar energy.", None),
    ("Chile and Peru signed a Declaration of Intent on lithium research.", "signed"),
    ("Benin and Niger exchanged a letter of intention on data sharing.", "signed"),
    # an intent told as such is still ahead
    ("Chile and Peru announced their intent to sign a pact on lithium research.", "planned"),
    ("Benin and Niger expressed the intention to conclude an accord on solar energy.", "planned"),
])
def test_a_document_of_intent_is_named_not_intended(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize("text, status", [
    ("China has conducted space product and technology cooperation with Chile and Peru.", "in-force"),
    ("Ghana has carried out joint research with Togo on malaria.", "in-force"),
    ("Ghana will conduct space cooperation with Togo.", "planned"),
])
def test_a_cooperation_carried_on_up_to_now_stands(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize("text, status", [
    ("The judge declared the nuclear cooperation agreements with Chile and Peru invalid and unconstitutional.", "ended"),
    ("The pact with Kenya was ruled unlawful by the high court.", "ended"),
    ("The constitutional court struck down the data agreement with Togo.", "ended"),
    ("The high court has set aside all nuclear agreements signed with Russia and Korea.", "ended"),
    ("Ghana and Togo set aside their differences.", None),
    ("The court found the agreement valid.", None),
])
def test_an_act_a_court_voids_has_ended(text, status):
    assert find_status(text) == status
