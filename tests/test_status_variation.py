"""Status read the same whatever slot of a known shape news varies: verbs of one class in other words, voices and
nouns (extract/status_variants.py). Sentences written for the test, a sample of a generator that varies one slot at a
time; none is taken from the eval passages."""

from __future__ import annotations

import pytest

from techpact.extract.status import find_status

from .extraction import acts_of


def statuses(text: str) -> set[tuple[frozenset, str | None]]:
    return {(frozenset(a.parties), a.status) for a in acts_of(text)}


@pytest.mark.parametrize("text", [
    "Chile's offer of a lithium pact was rejected by Bolivia.",
    "Peru's proposal for a data accord was turned down by Ecuador last week.",
    "The draft treaty has been firmly rebuffed by the government.",
    "Ghana's bid for a cocoa deal was spurned by Togo.",
    "Bolivia brushed aside Chile's offer of a lithium pact.",
    "Lawmakers voted down the proposed agreement with Brazil.",
    "The minister shot down the idea of a joint satellite programme.",
    "Bolivia's rejection of Chile's offer of a lithium pact surprised analysts.",
    "The refusal of the proposed memorandum came late on Friday.",
])
def test_refusing_told_in_the_passive_with_other_verbs_or_as_a_noun_is_rejected(text):
    assert find_status(text) == "rejected"


@pytest.mark.parametrize("text", [
    "The trade agreement between Chile and Peru kicked in on Monday.",
    "The new customs pact kicks in today.",
])
def test_an_act_that_kicked_in_is_in_force(text):
    assert find_status(text) == "in-force"


@pytest.mark.parametrize("text, status", [
    ("The memorandum between Chile and Peru ran out in May.", "ended"),
    ("Their fisheries accord came to an end last year.", "ended"),
    ("The suspension of the gas agreement took effect in May.", "ended"),
    ("Chile's withdrawal from the lithium pact takes effect on Friday.", "ended"),
    # an end still ahead leaves the act running until then
    ("The memorandum runs out in 2030.", "in-force"),
    ("The accord comes to an end in 2031.", "in-force"),
    ("The accord will come to an end in 2031.", "in-force"),
])
def test_running_out_coming_to_an_end_or_an_end_taking_effect_is_ended_once_past(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize("text", [
    "Chile and Peru reached a consensus to set up a joint lithium fund.",
    "The ministers reached a consensus to build a shared data centre.",
    "Ghana, Togo eye chip deal",
    "Chile and Peru are eyeing a memorandum on green hydrogen.",
    "Chile and Peru are set for a trade pact on copper.",
    "A memorandum on solar power is awaiting signature by Chile and Peru.",
    "The treaty is pending signature.",
])
def test_an_undertaking_agreed_aimed_at_or_awaiting_signature_is_planned(text):
    assert find_status(text) == "planned"


@pytest.mark.parametrize("text", [
    "Chile renewed its offer of a lithium pact with Bolivia.",
    "Peru presented a draft treaty on data flows to Ecuador.",
    "Ghana has submitted its draft of the cocoa agreement to Togo.",
])
def test_an_offer_renewed_or_a_draft_handed_over_is_proposed(text):
    assert find_status(text) == "proposed"


@pytest.mark.parametrize("text, parties", [
    ("Ghana came up with an initiative to create an AU digital payments hub.", {"AU", "GHA"}),
    ("Peru has come up with a proposal for a lithium research centre with Chile.", {"CHL", "PER"}),
])
def test_an_initiative_or_proposal_one_side_came_up_with_is_its_offer(text, parties):
    assert statuses(text) == {(frozenset(parties), "proposed")}


@pytest.mark.parametrize("text, status", [
    # an agreement reached on a thing, or reached to a date, is concluded
    ("Chile and Peru reached an agreement on lithium.", "signed"),
    ("Chile and Peru reached a deal to the satisfaction of both.", "signed"),
    ("Chile and Peru reached a consensus on lithium.", "signed"),
    ("Chile and Peru renewed their fisheries agreement.", "signed"),
    # refusing words that name no act or offer, running out of something: no status from them
    ("The minister was dismissed by the president.", None),
    ("The country ran out of money for the project.", None),
    ("Costs kicked up sharply last year.", None),
    ("Reporters eyed the podium.", None),
])
def test_the_same_words_about_no_act_or_an_act_done_keep_their_reading(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize("text, status", [
    ("Chile and Peru reached a consensus to set up a joint lithium fund.", "planned"),
    ("Chile's offer of a lithium pact with Peru was rejected by Peru.", "rejected"),
    ("The lithium agreement between Chile and Peru ran out in May.", "ended"),
    ("The lithium agreement between Chile and Peru kicked in on Monday.", "in-force"),
    ("Chile, Peru eye lithium deal", "planned"),
])
def test_the_act_extracted_carries_the_varied_status(text, status):
    assert (frozenset({"CHL", "PER"}), status) in statuses(text)


def kinds(text: str) -> set[tuple[frozenset, str]]:
    return {(frozenset(a.parties), a.kind) for a in acts_of(text)}


@pytest.mark.parametrize("text", [
    "Chile and Peru signed a roadmap on lithium cooperation.",
    "Chile, Peru Sign Road Map On Lithium Mining",
    "Chile and Peru on Monday inked a three-year roadmap for cooperation in copper mining.",
    "The roadmap on lithium mining was signed by Chile and Peru on Monday.",
    "Chile and Peru signed an action plan on lithium mining.",
    "Chile and Peru will sign a space cooperation programme for 2026-2030.",
    "Chile and Peru signed a joint research programme on lithium batteries.",
])
def test_a_roadmap_plan_or_programme_signed_between_states_is_an_agreement(text):
    assert (frozenset({"CHL", "PER"}), "agreement") in kinds(text)


@pytest.mark.parametrize("text", [
    "Chile and Peru launched a joint research programme on lithium batteries.",
    "Chile and Peru adopted a roadmap on lithium mining.",
    "Chile and Peru agreed on a roadmap for lithium mining.",
])
def test_a_roadmap_or_programme_launched_or_adopted_stays_an_initiative(text):
    assert (frozenset({"CHL", "PER"}), "initiative") in kinds(text)


@pytest.mark.parametrize("text, kind", [
    ("Chile and Peru signed an MoC on lithium mining.", "mou"),
    ("Chile, Peru Sign MoC On Lithium", "mou"),
    ("Chile and Peru signed three MoCs on lithium mining.", "mou"),
    ("Chile and Peru signed a statement of intent on lithium mining.", "mou"),
    ("Chile and Peru will sign a convention on lithium mining.", "treaty"),
    ("A convention against cybercrime was signed by Chile and Peru.", "treaty"),
    ("Chile and Peru signed an FTA covering lithium mining.", "agreement"),
    ("Chile and Peru signed a CEPA on lithium trade.", "agreement"),
    ("Chile and Peru signed a mutual recognition arrangement on lithium batteries.", "agreement"),
    ("Chile and Peru concluded a currency swap arrangement worth $5 billion.", "agreement"),
    ("Chile and Peru signed an arrangement on payments in their own currencies.", "agreement"),
])
def test_an_instrument_noun_in_its_short_or_other_form_names_its_kind(text, kind):
    assert (frozenset({"CHL", "PER"}), kind) in kinds(text)


@pytest.mark.parametrize("text", [
    "Officials of the MoC said Chile and Peru held talks.",
    "By convention, Chile and Peru hold talks on lithium each year.",
    "The party convention in Santiago debated lithium mining in Peru.",
    "Chile and Peru discussed seating arrangements for the summit.",
])
def test_the_same_letters_naming_no_instrument_make_no_act(text):
    assert not kinds(text)


def test_a_convention_centre_is_no_instrument_beside_the_one_signed():
    assert kinds("Chile and Peru met at the Lima Convention Centre to sign a memorandum on lithium.") == {
        (frozenset({"CHL", "PER"}), "mou")}


@pytest.mark.parametrize("text", [
    "Bolivia rejected Chile's government's offer of a lithium pact.",
    "Bolivia rejected Chilean President Gabriel Boric's offer of a lithium pact.",
    "La Paz turned down the Chilean foreign ministry's proposal for a data accord.",
])
def test_an_offer_refused_after_an_owner_of_any_length_is_rejected(text):
    assert find_status(text) == "rejected"


@pytest.mark.parametrize("text", [
    "Bolivia dismissed Chile's criticism of the lithium pact.",
    "Bolivia declined to comment on Chile's offer of a lithium pact.",
])
def test_an_owner_before_no_offer_or_a_refusal_of_something_else_is_no_rejection(text):
    assert find_status(text) != "rejected"


@pytest.mark.parametrize("text, status", [
    ("The accord is being pursued through joint research projects.", "in-force"),
    ("The memorandum is currently being carried out by the two ministries.", "in-force"),
    ("The roadmap is being put into practice.", "in-force"),
    # what is being prepared, or will be carried out, is not going on
    ("The accord is being negotiated.", "planned"),
    ("The project will be carried out next year.", "planned"),
])
def test_an_act_being_carried_out_is_in_force_like_one_being_implemented(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize("text", [
    "Chile denied it had signed a lithium pact with Peru.",
    "Chile denied reports of a lithium pact with Peru.",
    "Peru dismissed speculation that it would sign a lithium deal with Chile.",
    "Rumours of a lithium deal between Chile and Peru were dismissed.",
    "Chile said it had no plans to sign a lithium pact with Peru.",
    "Chile and Peru are not in talks on a lithium deal, officials said.",
    "It is unclear whether Chile and Peru will sign a lithium deal.",
])
def test_an_act_denied_rumoured_or_in_doubt_makes_no_act(text):
    assert not statuses(text)


@pytest.mark.parametrize("text, status", [
    ("Chile and Peru signed a lithium pact on Monday, dismissing rumours of a rift.", "signed"),
    ("Chile denied reports of a rift and signed a lithium pact with Peru.", "signed"),
    ("Chile and Peru signed a lithium pact, though it is unclear whether it will be ratified soon.", "signed"),
    # no plan to leave an act leaves it running
    ("Chile said it had no plans to withdraw from its lithium pact with Peru.", "in-force"),
])
def test_a_doubt_about_something_else_leaves_the_act_told_beside_it(text, status):
    assert (frozenset({"CHL", "PER"}), status) in statuses(text)


@pytest.mark.parametrize("text", [
    "Chile and Peru must deal with the lithium glut.",
    "Chile and Peru will deal with the issue of lithium prices together.",
    "Chile and Peru want to deal with lithium smuggling.",
    "Protocol officials from Chile and Peru met the lithium delegation at the airport.",
])
def test_deal_as_a_verb_and_protocol_as_etiquette_name_no_instrument(text):
    assert not statuses(text)


@pytest.mark.parametrize("text, status", [
    ("Chile, Peru close to deal on lithium", "planned"),
    ("Chile and Peru struck a deal on lithium.", "signed"),
    ("Chile and Peru signed a protocol on lithium mining.", "signed"),
    ("Chile and Peru signed a lithium pact close to the border.", "signed"),
])
def test_the_instrument_nouns_as_nouns_keep_their_act(text, status):
    assert (frozenset({"CHL", "PER"}), status) in statuses(text)


@pytest.mark.parametrize("text", [
    "Bolivia rejected a landmark ten-year lithium supply agreement with Chile.",
    "Bolivia turned down a new five-year lithium export deal with Chile.",
])
def test_a_refused_act_with_several_modifiers_is_rejected(text):
    assert find_status(text) == "rejected"


@pytest.mark.parametrize("text, status", [
    ("Bolivia decided to turn down Chile's offer of a lithium pact.", "rejected"),
    ("Bolivia announced it would reject Chile's offer of a lithium pact.", "rejected"),
    ("Bolivia voted to veto Chile's proposal for a lithium accord.", "rejected"),
    ("Bolivia will refuse to join the lithium pact with Chile.", "rejected"),
    ("Bolivia decided to pull out of its lithium agreement with Chile.", "ended"),
    ("Bolivia announced it would axe its lithium pact with Chile.", "ended"),
    ("Bolivia floats a lithium pact with Chile.", "proposed"),
    ("Bolivia pitches a joint lithium fund to Chile.", "proposed"),
    ("Bolivia tables a proposal for a lithium accord with Chile.", "proposed"),
])
def test_other_verbs_of_a_class_in_base_or_present_form_keep_its_status(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize("text", [
    "Bolivia threatened to reject Chile's offer of a lithium pact.",
    "Bolivia said it would decline to comment on the lithium pact with Chile.",
])
def test_a_refusal_threatened_or_a_comment_declined_is_no_refusal(text):
    assert find_status(text) != "rejected"


@pytest.mark.parametrize("text", [
    "The ministers sat at the negotiating tables in La Paz.",
    "The players left the pitch before the lithium talks.",
])
def test_nouns_of_the_letters_of_offering_verbs_are_no_offer(text):
    assert find_status(text) != "proposed"


@pytest.mark.parametrize("text, status", [
    ("Chile and Peru failed to clinch a lithium deal.", "rejected"),
    ("Chile and Peru did not seal a lithium agreement.", "rejected"),
    ("Chile and Peru failed to reach an agreement on lithium.", "rejected"),
    ("Chile and Peru did not enter into a lithium pact.", "rejected"),
    ("Chile, Peru to finalise lithium pact", "planned"),
    ("Chile, Peru to pen a lithium roadmap", "planned"),
    ("Chile and Peru agreed to adopt a joint statement on lithium.", "planned"),
    # an act not yet in force is concluded; "strike a balance", a market reached: no act
    ("The lithium agreement between Chile and Peru did not enter into force.", "signed"),
    ("Trade between Chile and Peru did not reach $5 billion.", None),
])
def test_the_other_verbs_of_concluding_negated_or_ahead_read_as_sign_does(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize("text, status", [
    ("Chile and Peru did not commit to set up a joint lithium fund.", "rejected"),
    ("Chile and Peru did not decide to build a joint lithium plant.", "rejected"),
    ("Chile and Peru failed to pledge to cooperate on lithium.", "rejected"),
    # not yet decided is still ahead
    ("Chile and Peru have not yet decided to build a joint lithium plant.", "planned"),
])
def test_verbs_of_undertaking_negated_read_as_agree_to_does(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize("text, status", [
    ("Chile and Peru sought to set up a joint lithium fund.", "planned"),
    ("Both sides are seeking to build a joint lithium plant, Chile and Peru said.", "planned"),
    # one side seeking the other's help is an offer or request
    ("Chile sought Peru's help to set up a joint lithium fund.", "proposed"),
])
def test_both_sides_seeking_to_do_a_thing_is_planned_like_their_readiness(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize("text, status", [
    ("Ethiopia has put its cybersecurity agreement with Kenya on hold.", "ended"),
    ("Togo placed the data deal on ice in March.", "ended"),
    ("Ghana put the memorandum with Togo on hold until 2026.", "ended"),
    # talks or plans put on hold: no act ended
    ("Ghana put the talks on the data treaty on hold.", "planned"),
    ("Ghana put its plans for a data treaty on hold.", "planned"),
])
def test_an_act_put_on_hold_with_its_name_between_is_ended(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize("text, status", [
    ("Ghana and Togo are on the verge of signing a lithium agreement.", "planned"),
    ("Ghana and Togo are on the brink of a lithium deal.", "planned"),
    ("Ghana and Togo are in the process of concluding a lithium agreement.", "planned"),
    ("Ghana and Togo are in the final stages of completing a long-awaited agreement on lithium.", "planned"),
    ("Ghana and Togo have nearly completed a lithium agreement.", "planned"),
    # the same words beside a signing told done
    ("Ghana and Togo signed a lithium agreement, nearly two years after talks began.", "signed"),
    ("Ghana and Togo signed almost 20 agreements on Monday.", "signed"),
])
def test_an_act_near_its_making_is_still_planned(text, status):
    assert [act.status for act in acts_of(text)] == [status]


@pytest.mark.parametrize("text, parties", [
    ("Chile floats lithium exchange with Peru", {"CHL", "PER"}),
    ("Kenya pitches AI hub to Ghana", {"GHA", "KEN"}),
    ("Brazil floats BRICS grain exchange", {"BRA", "BRICS"}),
])
def test_an_offer_in_a_headline_without_its_article_is_proposed(text, parties):
    assert [(set(act.parties), act.status) for act in acts_of(text)] == [(parties, "proposed")]


def test_pitches_as_a_noun_offer_nothing():
    assert find_status("The pitches in Chile and Peru were dry.") is None


@pytest.mark.parametrize("text, status", [
    ("A Chile-Peru lithium agreement is on the table.", "proposed"),
    ("Chile has put a data-sharing pact with Peru on the table.", "proposed"),
    ("Under the plan now on the table, Chile and Peru would share a satellite.", "proposed"),
    # talks at the table are negotiations, not one side's offer
    ("A Chile-Peru lithium agreement is on the negotiating table.", "planned"),
])
def test_an_act_laid_on_the_table_is_an_offer(text, status):
    assert [act.status for act in acts_of(text)] == [status]


@pytest.mark.parametrize("text, expected", [
    ("Chile, which aims to lead in lithium, has already secured cooperation from Peru.", "in-force"),
    ("Ghana has secured the collaboration of Togo on weather satellites.", "in-force"),
    ("Ghana secured an MoU with Togo on satellite data.", "signed"),
    ("Ghana secured a deal with Togo on satellite data.", "signed"),
])
def test_cooperation_secured_stands_while_an_instrument_secured_is_signed(text, expected):
    assert find_status(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Chile once proposed that Peru build a lithium plant with it, but it refused under pressure.", "rejected"),
    ("Ghana offered Togo a data pact, which Lome declined.", "rejected"),
    ("Ghana invited Togo to join its satellite project, but Togo declined for now.", "rejected"),
    # refusing something else, or accepting, is no refusal of the offer
    ("Ghana offered Togo a data pact, but Togo refused to attend the signing ceremony.", "proposed"),
    ("Ghana offered Togo a data pact, but the talks declined in tone.", "proposed"),
])
def test_an_offer_its_addressee_refused_after_but_or_which_is_rejected(text, expected):
    assert find_status(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ghana and Togo are to sign a data pact next month.", "planned"),
    ("The deal was to be signed in May, officials said.", "planned"),
    ("The partnership is to build on the Ghana-Togo Data Centre, which has trained engineers since 2018.", "planned"),
    # what an aim or a plan holds is its content, no step of the act
    ("The aim of the pact is to build a data centre.", None),
    ("The idea is to open a joint laboratory in Accra.", None),
])
def test_an_act_or_its_sides_that_are_to_do_it_is_planned(text, expected):
    assert find_status(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The ministers also adopted the Ghana-Togo Data Pact Negotiating Framework, which will guide the talks.", "planned"),
    ("The Council approved a negotiating mandate for a digital trade agreement with Singapore.", "planned"),
    ("EU ministers endorsed negotiation guidelines for an AI pact with Japan.", "planned"),
    ("The ministers adopted the framework agreement on digital trade.", "signed"),
])
def test_the_terms_of_talks_adopted_leave_the_act_ahead(text, expected):
    assert find_status(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ghana and Togo are expanding cooperation in the field of hydrogen.", "in-force"),
    ("Ghana and Togo are deepening their cooperation in fintech, the ministers said.", "in-force"),
    ("Kenya is stepping up its collaboration with Rwanda on satellite data.", "in-force"),
    # still ahead
    ("Ghana and Togo will expand cooperation on satellite data.", "planned"),
    ("Ghana and Togo agreed to strengthen cooperation on satellite data.", "planned"),
])
def test_cooperation_widened_in_the_present_progressive_is_going_on(text, expected):
    assert find_status(text) == expected
