"""Status rules (extract/status.py), each on sentences written for the test (never taken from the eval passages)."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.extract.status import find_status
from techpact.loaders.document import Document
from tests.extraction import acts_of


def acts(text: str) -> set[tuple[frozenset, str, str]]:
    facts = extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=None, media_type="text/plain"))
    return {(frozenset(a.parties), a.kind, a.status) for a in facts.agreements}


@pytest.mark.parametrize("text", [
    "Ghana and Kenya forged a partnership on solar power.",
    "Ghana and Kenya entered into an agreement on satellite data.",
    "Ghana, Kenya strike chip deal",
    "Ghana and Kenya elevate ties to a strategic partnership",
    "Ghana and Kenya agreed on Tuesday a protocol on mobile money.",
    "Ghana, Kenya agree on data centre rules",
    "Ghana and Kenya formed a joint task force on cyber crime.",
    "The ministers inaugurated a joint laboratory for batteries.",
    "The two central banks rolled out a cross-border payment link.",
    "Negotiators hammered out a deal on lithium.",
    "A treaty on space was inked in Accra.",
    "Three memoranda have been signed.",
    "Ghana and Kenya issued a joint statement on AI.",
    "The ministers released a roadmap for 6G research.",
    "Ghana and Kenya Announce Partnership on Quantum Research",
])
def test_verbs_of_concluding_in_every_tense_and_voice_are_signed(text):
    assert find_status(text) == "signed"


@pytest.mark.parametrize("text", [
    "The visit is a sign of warming ties.",
    "The president concluded his visit to Accra on Friday.",
    "The ministers exchanged views on cooperation.",
    "Ghana and Kenya exchanged drafts of an agreement on AI.",
    "Chile and Peru exchanged revised drafts of the memorandum.",
    "Trade between the two reached $5 billion last year.",
    "The ministry released a report on chip supply.",
    "The ministers renewed calls for reform.",
    "Both countries are planning more satellite launches.",
    "The space launch operator gave no details.",
    "Kenya's launch vehicle programme needs funding.",
    "A rocket launch site is being built near Malindi.",
    "A year after the bloc was formed, its members met in Accra.",
    "The fund was created by a law of 2022.",
])
def test_words_that_only_look_like_concluding_are_not_signed(text):
    assert find_status(text) != "signed"


@pytest.mark.parametrize("text", [
    "The memorandum is being finalised by the two ministries.",
    "Ghana and Kenya have not yet signed the accord.",
    "The accord is yet to be signed.",
    "The sides are working towards signing a deal.",
    "Ghana and Kenya are close to finalising a data pact.",
    "Officials are hammering out a deal on lithium.",
    "Ghana and Kenya are working out a new agreement on satellite data.",
    "The ministry works out a lithium pact with Kenya.",
    "A nuclear pact between the two is in the pipeline.",
    "Ghana and Kenya are working on a treaty on cyber space.",
    "Ghana and Kenya opened talks on a digital trade agreement.",
    "Ghana and Kenya drafted a memorandum on e-commerce.",
    "Ghana and Kenya agreed in principle on a lithium deal.",
    "The deal is slated for signing in May.",
    "Ghana is weighing a satellite deal with Kenya.",
    "If the deal is signed, Ghana will get access to the cable.",
    "The signing is scheduled for next week.",
])
def test_acts_not_done_yet_are_planned(text):
    assert find_status(text) == "planned"


@pytest.mark.parametrize("text, status", [
    ("Ghana and Kenya cooperate on a nuclear power plant.", "in-force"),  # "plant" plans nothing
    ("The memorandum covers space exploration.", None),                   # nor does "exploration"
    ("The joint committee met in Accra.", None),                          # nor does "committee"
])
def test_nouns_that_begin_like_planning_verbs_plan_nothing(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize("text, status", [
    ("The accord went into effect last week.", "in-force"),
    ("The protocol, which became effective in May, covers telecoms.", "in-force"),
    ("The agreement is currently in effect.", "in-force"),
    ("The agreement will enter into force in May.", "signed"),
    ("The treaty has not been ratified.", "signed"),
    ("The treaty has yet to be ratified by parliament.", "signed"),
    ("The agreement is no longer in force.", "ended"),
    ("The agreement awaits ratification by parliament.", "signed"),
    ("Ghana and Kenya signed the deal, which is subject to ratification.", "signed"),
    ("In effect, the deal gives Ghana control of the cable.", None),
    ("The pact will take effect once it has been ratified by both parliaments.", "signed"),
    ("The deal will apply as soon as it is ratified.", "signed"),
    ("The treaty will enter into force on the day of the exchange of instruments of ratification.", "signed"),
    ("The pact, ratified by Lima in May, will take effect in July.", "signed"),
    ("The pact was ratified by both parliaments in May.", "in-force"),
    ("The pact took effect once both parliaments had voted.", "in-force"),
    # an event that brings it into force, told in the participle ("not working on putting it into effect")
    ("The two ministers exchanged notes on Friday, putting into effect the Ghana-Togo pact on cyber defence.", "in-force"),
    ("Parliament voted on Tuesday, bringing into force the treaty that will link the two grids.", "in-force"),
])
def test_entry_into_force_and_its_future_or_negation(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize("text", [
    "Ghana and Kenya jointly operate a satellite ground station.",
    "Ghana and Kenya maintain close cooperation in cybersecurity.",
    "Ghana and Kenya continue to cooperate on e-government.",
    "Ghana and Kenya will continue to cooperate on e-government.",
    "Accra and Nairobi agreed to keep their satellite data agreement alive for another year.",
    "Ghana and Kenya kept the 2015 memorandum on e-government in force.",
    "The memorandum is being implemented.",
    "The programme has been in place since 1998.",
    "Ghana and Kenya have had a digital partnership since 2018.",
    "Ghana and Kenya have operated a joint laboratory since 2015.",
    "Since 2012, Ghana and Kenya have shared satellite data.",
    "Ghana and Kenya have for years collaborated on supercomputing.",
    "The two governments started cooperation in the field in 2014.",
    "Ghana and Kenya cooperate closely on satellite navigation.",
    "The agreement is valid until 2030.",
    "Their decades-long partnership covers nuclear research.",
    "The joint cyber centre is now operational.",
    "Under the partnership, the two countries exchange researchers every year.",
    "The joint commission meets annually in Accra.",
])
def test_acts_going_on_are_in_force(text):
    assert find_status(text) == "in-force"


@pytest.mark.parametrize("text, status", [
    ("Ghana and Kenya will work together on satellites.", "planned"),
    ("Ghana and Kenya have signed 12 agreements since 2015.", "signed"),
    ("Ghana and Kenya have been negotiating a deal since 2019.", "planned"),
    ("The ministers will meet every year to review the plan.", "planned"),
    ("Ghana will link its payment system with Kenya's and cooperate on cybersecurity.", "planned"),
])
def test_plans_and_signings_over_time_are_not_in_force(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize("text", [
    "The memorandum is a great step forward in our work together, the minister said.",
    "The accord opens a new chapter in their work together on satellites.",
])
def test_work_together_as_a_noun_tells_no_status(text):
    assert find_status(text) is None


@pytest.mark.parametrize("text", [
    "Ghana and Kenya work together on satellite data.",
    "The two agencies work together closely on cyber threats.",
])
def test_working_together_told_as_a_habit_is_in_force(text):
    assert find_status(text) == "in-force"


@pytest.mark.parametrize("text, status", [
    ("Ghana let its cyber agreement with Kenya expire.", "ended"),
    ("The memorandum was allowed to lapse.", "ended"),
    ("Ghana quit the initiative in 2021.", "ended"),
    ("Ghana called off the data centre project.", "ended"),
    ("The two dissolved their joint space venture.", "ended"),
    ("The partnership was discontinued.", "ended"),
    ("The new government ditched the nuclear deal.", "ended"),
    ("Ghana has taken the last formal step of exiting the solar alliance.", "ended"),
    ("Ghana rescinded the agreement.", "ended"),
    ("Ghana has renounced its nuclear deal with Kenya.", "ended"),
    ("The partnership was wound down.", "ended"),
    ("Ghana and Kenya broke off their research cooperation.", "ended"),
    ("Ghana stopped its cooperation with Kenya on satellites.", "ended"),
    ("Ghana severed its technology cooperation with Kenya.", "ended"),
    ("Ghana pulled the plug on the partnership.", "ended"),
    ("Parliament voted to scrap the satellite contract.", "ended"),
    ("Ghana will withdraw from the pact next year.", "ended"),
    ("Ghana announced the termination of the agreement.", "ended"),
    ("Ghana walked away from its cyber agreement with Kenya.", "ended"),
    ("Ghana walked away from the proposed cyber deal with Kenya.", "rejected"),
    ("Ghana walked away from its offer to Kenya.", "rejected"),
    ("Ghana could withdraw from the pact.", "in-force"),
    ("The agreement will expire in 2030.", "in-force"),
])
def test_acts_ended_and_ends_only_weighed(text, status):
    assert find_status(text) == status


def test_working_together_to_do_something_is_not_yet_in_force():
    assert find_status("Ghana and Kenya collaborate to build a lithium plant.") != "in-force"


def test_the_end_of_something_else_is_not_the_end_of_an_act():
    assert find_status("He arrived after the termination of his term.") is None


@pytest.mark.parametrize("text, status", [
    ("Ghana won't join the chip alliance.", "rejected"),
    ("Ghana would not sign the declaration.", "rejected"),
    ("Ghana decided against joining the payment system.", "rejected"),
    ("Ghana spurned a Kenyan offer of a reactor.", "rejected"),
    ("Ghana rebuffed the proposal for a joint fund.", "rejected"),
    ("Ghana said no to a request to join the partnership.", "rejected"),
    ("Ghana opposed the plan for a common cyber police.", "rejected"),
    ("Ghana balked at a proposal for a 5G network.", "rejected"),
    ("Ghana refused on Monday to sign a chip memorandum offered by Kenya.", "rejected"),
    ("Ghana declined last week to join the payment network.", "rejected"),
    ("Officials declined to comment on the memorandum signed on Monday.", "signed"),
    ("Officials declined on Friday to comment on the memorandum signed on Monday.", "signed"),
    ("The ministry dismissed reports that the deal had been signed.", "signed"),
    ("The treaty was signed in 2019 but has not ratified it.", "signed"),
])
def test_refusals_are_rejected_and_declining_to_comment_is_not(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize("text, status", [
    ("Ghana is prepared to help Kenya build a satellite.", "proposed"),
    ("Ghana pushed for a joint payment system with Kenya.", "proposed"),
    ("Ghana has sought Kenya's help in building a data centre.", "proposed"),
    ("A joint fund was mooted by Ghana.", "proposed"),
    ("Ghana signalled its desire for defence cooperation with Kenya.", "proposed"),
    ("Ghana was prepared to resume exports of chips.", "planned"),
])
def test_offers_are_proposed(text, status):
    assert find_status(text) == status


def test_an_agreement_or_a_working_group_named_with_no_status_word_exists():
    assert acts("The agreement between Ghana and Kenya covers satellite data.") == {
        (frozenset({"GHA", "KEN"}), "agreement", "signed")}
    assert {status for _, kind, status in acts("The Ghana-Kenya working group on AI meets in Accra.")
            if kind == "working-group"} == {"in-force"}


@pytest.mark.parametrize("text, status", [
    ("Ghana and Kenya signed a new memorandum on AI under their existing partnership.", "signed"),
    ("Ghana and Kenya signed a memorandum on AI, building on their long-standing cooperation in space.", "signed"),
    ("Ghana and Kenya, which have cooperated on space since 2010, signed a memorandum on AI.", "signed"),
    ("Ghana and Kenya, which have cooperated on space since 2010, are discussing a memorandum on AI.", "planned"),
    ("The existing agreement was suspended in May.", "ended"),
    ("Their existing partnership covers space.", "in-force"),
    ("Ghana and Kenya agreed to expand their existing partnership to AI.", "in-force"),
    ("The programme (which has been running since 2018) covers AI.", "in-force"),
    ("Ghana and Kenya, whose treaty is still in force, met in Accra.", "in-force"),
])
def test_an_act_told_as_existing_or_aside_gives_way_to_the_verb_of_the_clause(text, status):
    assert find_status(text) == status


def test_what_became_of_an_act_in_a_later_year_is_its_status_and_an_earlier_year_is_not():
    later = "Ghana and Kenya signed a memorandum on gas in 2018. Ghana terminated the talks under the memorandum in 2022."
    assert acts(later) == {(frozenset({"GHA", "KEN"}), "mou", "ended")}
    earlier = ("Ghana and Kenya signed a memorandum on gas in 2018. "
               "The project was first planned with a French firm before it was cancelled in 2011.")
    assert acts(earlier) == {(frozenset({"GHA", "KEN"}), "mou", "signed")}


def test_cooperation_going_on_beside_an_act_just_signed_is_an_act_of_its_own():
    text = ("Ghana and Kenya signed a memorandum on space on Wednesday. "
            "The two countries have cooperated closely in the defence industry since the 1990s.")
    assert acts(text) == {(frozenset({"GHA", "KEN"}), "mou", "signed"), (frozenset({"GHA", "KEN"}), "partnership", "in-force")}
    told_again = "Ghana and Kenya signed a memorandum on space. The memorandum has been implemented since May."
    assert acts(told_again) == {(frozenset({"GHA", "KEN"}), "mou", "in-force")}


@pytest.mark.parametrize("text", [
    "Ghana and Kenya have been closely cooperating on satellites for years.",
    "Ghana and Kenya have been actively collaborating on satellites since 2010.",
    "Ghana and Kenya have successfully partnered on satellites since 2010.",
])
def test_cooperation_going_on_with_an_adverb_before_its_verb_is_in_force(text):
    assert {(parties, status) for parties, _, status in acts(text)} == {(frozenset({"GHA", "KEN"}), "in-force")}


def test_two_acts_of_one_passage_keep_their_own_statuses():
    text = ("Ghana and Kenya signed a memorandum on batteries on Monday. "
            "Ghana and Kenya have been cooperating on satellites since 2010.")
    assert acts(text) == {(frozenset({"GHA", "KEN"}), "mou", "signed"),
                          (frozenset({"GHA", "KEN"}), "partnership", "in-force")}
    ended = "Ghana and Kenya signed a memorandum on 5G in 2019. Ghana let the memorandum expire in March."
    assert acts(ended) == {(frozenset({"GHA", "KEN"}), "mou", "ended")}


@pytest.mark.parametrize("later", [
    "Officials said the two sides would also sign an agreement on satellites next year.",
    "The two countries also plan to set up a working group on satellites.",
    "Ghana and Kenya also agreed to establish a joint fund for satellites.",
])
def test_one_more_act_ahead_told_after_a_signed_one_is_an_act_of_its_own_still_planned(later):
    text = "Ghana and Kenya signed a memorandum on batteries on Monday. " + later
    found = acts(text)
    assert (frozenset({"GHA", "KEN"}), "mou", "signed") in found
    assert len(found) == 2 and all(status == "planned" for _, kind, status in found if kind != "mou")


def test_an_older_act_told_with_its_own_year_does_not_make_a_deal_still_to_come_signed():
    text = ("Ghana and Kenya plan to sign a deal on a weather satellite. "
            "Kenya helped Ghana build its first satellite ground station, inaugurated in 2019.")
    found = acts(text)
    assert (frozenset({"GHA", "KEN"}), "agreement", "planned") in found
    assert (frozenset({"GHA", "KEN"}), "agreement", "signed") not in found


@pytest.mark.parametrize("retold, status", [
    ("Ministers Asare and Mwangi reached the agreement during a video call.", "planned"),
    ("The two ministers struck the deal at a meeting in Accra.", "planned"),
    ("The agreement was reached during a virtual meeting between the two ministers.", "planned"),
    ("That deal had been struck at a meeting in Accra, officials said.", "planned"),
    ("The two ministers signed the agreement at a meeting in Accra.", "signed"),  # a signing told is one
])
def test_the_agreeing_retold_keeps_the_status_of_what_was_agreed(retold, status):
    text = "Ghana and Kenya agreed on Friday to start negotiations on a cable pact. " + retold
    assert {found for _, _, found in acts(text)} == {status}


def test_a_time_after_since_is_no_clause_of_its_own():
    text = "Ghana and Kenya signed a trade accord that has governed their ties since January 2021."
    assert {status for _, _, status in acts(text)} == {"in-force"}


@pytest.mark.parametrize("text, expected", [
    ("The EU and ASEAN have been strategic partners since December 2020.",
     {(frozenset({"EU", "ASEAN"}), "partnership", "in-force")}),
    ("Ghana and Kenya have long been partners in space research.", {(frozenset({"GHA", "KEN"}), "partnership", "in-force")}),
    ("Ghana and Kenya have been trading partners for decades.", set()),
    ("Ghana and Kenya have been comprehensive strategic partners since 2015.",
     {(frozenset({"GHA", "KEN"}), "partnership", "in-force")}),
    ("Ghana and Kenya have been major trading partners for decades.", set()),
])
def test_states_told_as_partners_already_have_a_partnership_in_force(text, expected):
    assert acts(text) == expected


# Every sentence this file feeds find_status, gathered from the parametrised tests above.
_WRITTEN = [value if isinstance(value, str) else value[0] for test in list(globals().values())
            for mark in getattr(test, "pytestmark", []) if mark.name == "parametrize" for value in mark.args[1]]


def _sentences() -> list[str]:
    from techpact.extract.sentences import split_sentences

    from .conftest import CORPUS, DATA

    found = [span.text for path in sorted(CORPUS.glob("*.txt")) for span in split_sentences(path.read_text(encoding="utf-8"))]
    for name in ("challenge_status.txt", "challenge_status_2.txt", "challenge_status_3.txt", "challenge_status_4.txt"):
        found += [line.split(" | ", 1)[1] for line in (DATA / name).read_text(encoding="utf-8").splitlines()
                  if " | " in line and not line.startswith("#")]
    return found


def test_status_rule_words_hold_every_match_so_the_gates_skip_only_clauses_a_rule_cannot_match():
    from techpact.extract.gates import folded
    from techpact.extract.status import _RULES

    sentences = _sentences() + _WRITTEN
    sentences += ["Ghana and Kenya sıgned a memorandum.", "The İNITIATIVE was ſuspended.", "Ghana WON'T JOIN the pact."]
    assert len(sentences) > 300
    for rule in _RULES:
        for text in sentences:
            if rule.pattern.search(text):
                assert any(word in folded(text) for word in rule.words), (rule.cue, rule.words, text)


@pytest.mark.parametrize("text, status", [
    ("Peru and Chile launched a fisheries satellite in 2009 and have built three more together since then.", "in-force"),
    ("The two navies have jointly produced patrol drones for two decades.", "in-force"),
    ("Peru and Chile built a satellite ground station in 2009.", None),
    ("They signed a data accord that has governed their data flows since January 2021.", "in-force"),
    ("They signed a data accord that will govern their data flows from January 2027.", "signed"),
])
def test_things_built_together_over_a_stretch_of_time_tell_an_act_going_on(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize("text", [
    "Peru and Chile agreed Friday to start talks on a cable pact.",
    "Ghana and Togo agreed Monday to set up a joint cyber desk.",
])
def test_agreeing_on_a_weekday_without_on_to_do_something_is_planned(text):
    assert find_status(text) == "planned"


@pytest.mark.parametrize("text, status", [
    # a meeting ahead of a signing, a signing set for later, the signing as a noun told ahead
    ("The two foreign ministers will hold talks in Lima before signing the lithium memorandum.", "planned"),
    ("Peru and Chile are drafting a cable accord for eventual signing at the summit.", "planned"),
    ("Officials are finalising the space pact for signing next month.", "planned"),
    ("The signing of the data accord will be the first step of the new partnership.", "planned"),
    ("The signing of the reactor deal is expected in June.", "planned"),
    # an instruction or authority to conclude, the verb in its base form
    ("The cabinet instructed the energy ministry to hold talks with Chile and, once the text is agreed, sign the protocol.", "planned"),
    ("A decree authorised the space agency to negotiate and conclude the agreement with Peru.", "planned"),
    # negatives: what was done before or later in the past stays signed
    ("Peru and Chile signed the memorandum before the leaders met the press.", "signed"),
    ("The agency, which was tasked with the project, signed the accord on Monday.", "signed"),
    ("The ministers signed the pact later in the day.", "signed"),
    ("The signing of the accord took place in Lima.", "signed"),
])
def test_a_signing_still_ahead_of_its_clause_is_planned(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize("text, status", [
    ("Peru and Chile will sign a space memorandum on Friday, a document that Peru has signed with six other states.", "planned"),
    ("Chile is set to join the pact, an instrument which twenty states have ratified.", "planned"),
    ("Peru and Chile signed a cable accord, a deal that both will implement from May.", "signed"),
    ("Peru signed an accord with Chile, the first that the two have concluded.", "signed"),
    ("The charter, a document that Chile signed in 2019, covers data flows.", "signed"),
])
def test_what_an_apposition_says_of_acts_of_the_same_class_gives_way_to_the_clause(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize("text, status", [
    ("Our government will not renew the 2018 memorandum with Chile.", "ended"),
    ("Peru decided not to extend the satellite agreement when it expired.", "ended"),
    ("Chile won't renew the data pact, the minister said.", "ended"),
    ("Chile has decided not to renew the cable accord.", "ended"),
    ("The memorandum with Chile will not be renewed when it runs out.", "ended"),
    ("Peru said the space pact with Chile would not be extended.", "ended"),
    ("The data accord between Chile and Peru was not prolonged and lapsed in 2021.", "ended"),
    ("Lawmakers urged the government not to renew the research pact.", "in-force"),
    ("Senators asked that the administration not extend the science accord.", "in-force"),
    ("Peru and Chile renewed their space memorandum for five years.", "signed"),
])
def test_deciding_not_to_renew_an_act_ends_it(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize("text, status", [
    ("Reports suggest that the joint probes could have used the shared satellite data.", None),
    ("The papers suggest that the two agencies may have swapped radar images.", None),
    ("Peru suggested that Chile join the lithium alliance.", "proposed"),
    ("Peru suggested a joint cable fund to Chile.", "proposed"),
])
def test_suggesting_what_might_have_happened_is_a_guess_not_an_offer(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize("text, status", [
    ("Moscow said it will halt all cooperation with Chile on satellites.", "ended"),
    ("Peru will stop its data cooperation with Chile from May.", "ended"),
    ("Chile decided to end the cable partnership with Peru.", "ended"),
    ("The agency said it will no longer work with partners such as the Chilean space agency.", "ended"),
    ("Peru and Chile will no longer cooperate with each other on fisheries data.", "ended"),
    ("The ministers met at the end of the summit and signed the pact.", "signed"),
    ("Work on the cable will end in May.", "planned"),
])
def test_halting_stopping_or_ending_an_act_ends_it(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize("text, status", [
    ("The presidents had a phone call on April 13.", None),
    ("The leaders held a video call on Monday.", None),
    ("Peru called on Chile to join the cable project.", "proposed"),
    ("Kenya called on Ghana to build a data centre together.", "proposed"),
    ("India called on Japan to co-develop chips.", "proposed"),
    ("The central bank announced the first linkage of the two payment systems, paving the way for cheaper transfers.", "signed"),
    ("The bank launched the payment link with Chile, paving the way for cheaper remittances.", "signed"),
    ("The framework paves the way for a joint fund.", "planned"),
])
def test_a_call_as_a_noun_and_a_consequence_told_aside_say_nothing_of_the_act(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize("text, status", [
    ("The parliament has denounced the 2004 nuclear agreement with Chile.", "ended"),
    ("The Peruvian-Chilean satellite accord was denounced by lawmakers on Wednesday.", "ended"),
    ("The senate voted to denounce the cable treaty with Chile.", "ended"),
    ("Peru denounced the sanctions imposed on its chip makers.", None),
    ("The minister denounced the attack on the data centre.", None),
])
def test_denouncing_a_treaty_ends_it_and_denouncing_anything_else_does_not(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize("text", [
    "Ghana and Kenya will sign a space cooperation program for 2027-2030 in autumn, Kenspace space launch operator told KBC on Thursday.",
    "Ghana and Kenya will sign a space cooperation programme in autumn, the state launch operator said on Monday.",
    "Ghana and Kenya plan to sign a satellite cooperation accord, the launch services provider told reporters.",
])
def test_launch_in_a_noun_compound_does_not_make_a_planned_act_signed(text):
    assert {status for _, _, status in acts(text)} == {"planned"}


@pytest.mark.parametrize("text", [
    "The Kenyan cabinet approved the new draft framework agreement with Ghana on satellite data.",
    "The Ghanaian government has approved a draft of an agreement with Kenya on cooperation in nuclear energy.",
])
def test_a_draft_approved_by_one_government_is_not_yet_signed(text):
    assert {status for _, _, status in acts(text)} == {"planned"}


def test_an_instrument_approved_without_draft_is_still_concluded():
    assert find_status("Ghana and Kenya approved a joint roadmap on 5G.") == "signed"


@pytest.mark.parametrize("text", [
    "Peru quit Chile's lithium partnership last year.",
    "Peru will cease its participation in Chile's Pacific Data Initiative.",
    "Peru ended its involvement in the Andean cable project.",
    "Peru is quitting Chile's 5+1 data cooperation format.",  # a name holding a plus
])
def test_leaving_an_act_named_with_an_owner_or_by_participation_ends_it(text):
    assert find_status(text) == "ended"


def test_ceasing_participation_in_a_states_initiative_ends_an_act_with_that_state():
    assert acts("Peru will cease its participation in Chile's Pacific Data Initiative.") == {
        (frozenset({"PER", "CHL"}), "initiative", "ended")}


@pytest.mark.parametrize("text, status", [
    ("A bill on ratification of the accord with Chile was sent to the Peruvian Congress committee.", "signed"),
    ("The cabinet submitted the treaty with Peru to parliament for ratification on Monday.", "signed"),
    ("The president signed the law on ratification of the treaty with Peru.", "in-force"),
    ("Lawmakers ratified the accord with Chile.", "in-force"),
    # a bill titled in quotes, as Russian and Central Asian releases write it
    ("The session will take up, among other matters, the Federal Bill “On Ratification of the Agreement between Peru and"
     " Chile on space research”.", "signed"),
    ('Deputies will examine next week, with two other items, the draft law "On ratification of the treaty with Peru".',
     "signed"),
    ("The president signed the Federal Law “On Ratification of the Agreement between Peru and Chile on space research”.",
     "in-force"),
])
def test_a_ratification_on_its_way_leaves_the_act_signed_one_done_puts_it_in_force(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize("text, status", [
    ("Ghana announced on Monday it would not ratify the data treaty with Kenya.", "rejected"),
    ("Ghana will not ratify the data treaty with Kenya.", "rejected"),
    ("Ghana decided not to ratify the data treaty.", "rejected"),
    # a step not taken, or not yet: the treaty stays signed
    ("Ghana did not ratify the data treaty with Kenya.", "signed"),
    ("Ghana has not yet ratified the data treaty.", "signed"),
])
def test_a_refusal_to_ratify_is_rejected_and_a_ratification_not_taken_is_not(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize("text, status", [
    ("Ghana-Togo cooperation in solar power dates back to 2015.", "in-force"),
    ("Ghana and Togo's cooperation in space goes back to the 1990s.", "in-force"),
    # told aside, beside the act's own fate
    ("The agreement, dating back to 2015, was cancelled on Monday.", "ended"),
])
def test_cooperation_going_back_to_a_year_is_in_force(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize("text, status", [
    ("Ghana and Togo activated their currency swap agreement.", "in-force"),
    ("The Ghana-Togo data memorandum has been operationalised.", "in-force"),
    # a thing put to work under an act, or the act's operation still ahead
    ("Under the agreement, Ghana and Togo activated a new satellite ground station.", "signed"),
    ("Ghana and Togo agreed to operationalise the solar agreement.", "planned"),
])
def test_an_act_put_to_work_is_in_force(text, status):
    assert [found for _, _, found in acts(text)] == [status]


@pytest.mark.parametrize("text, status", [
    ("Ghana and Togo's solar pact has been dormant since 2020.", "ended"),
    ("The Ghana-Togo space agreement remains largely inactive.", "ended"),
    # told aside of an act revived: the revival is the clause's own
    ("Ghana and Togo revived their solar pact, which had been dormant since 2020.", "in-force"),
])
def test_an_act_left_idle_is_ended(text, status):
    assert [found for _, _, found in acts(text)] == [status]


@pytest.mark.parametrize("text, status", [
    ("Ghana showed no interest in the proposal for a joint solar fund with Togo.", "rejected"),
    ("India stayed away from the Belt and Road Initiative of China.", "rejected"),
    ("India kept out of the Belt and Road Initiative of China.", "rejected"),
    # no interest in something else beside an act made
    ("Ghana is not interested in politics, but signed a solar pact with Togo.", "signed"),
])
def test_no_interest_in_an_offer_and_staying_away_from_an_act_are_refusals(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize("text, expected", [
    ("Ghana is not interested in Togo's offer of a solar pact.", {(frozenset({"GHA", "TGO"}), "proposal", "rejected")}),
    ("Ghana expressed interest in Togo's proposal for a joint solar fund.",
     {(frozenset({"GHA", "TGO"}), "proposal", "proposed")}),
    # a place is still a place: "in Togo's capital"
    ("Ghana and Benin signed a solar pact at the summit in Togo's capital.",
     {(frozenset({"GHA", "BEN"}), "agreement", "signed")}),
])
def test_a_state_owning_an_offer_after_in_is_its_maker_not_a_place(text, expected):
    assert acts(text) == expected


@pytest.mark.parametrize("text, status", [
    ("and a memorandum on cooperation in exploring the Moon.", None),
    ("Chile and Peru signed an accord on exploring lithium deposits.", "signed"),
    ("Chile and Peru signed a memorandum on trade and a memorandum on cooperation in exploring outer space.", "signed"),
    ("Chile and Peru are exploring a deal on lithium.", "planned"),
    ("Chile and Peru explored ways to work together on space.", "planned"),
])
def test_exploring_as_the_matter_of_an_act_is_no_step_ahead(text, status):
    assert find_status(text) == status


def test_the_second_instrument_of_a_list_on_exploring_is_signed_too():
    acts = acts_of("Chile and Peru signed a memorandum on trade and a memorandum on cooperation in exploring outer space.")
    assert [a.status for a in acts] == ["signed", "signed"]


@pytest.mark.parametrize("text", [
    "Chile and Peru signed a memorandum on trade and a memorandum on preparing mining specialists.",
    "Chile and Peru signed a memorandum on trade and an agreement on cooperation in negotiating with third countries.",
    "Chile and Peru signed a memorandum on trade and a protocol on discussing joint projects.",
])
def test_a_doing_an_instrument_is_about_is_no_step_ahead(text):
    assert [a.status for a in acts_of(text)] == ["signed", "signed"]


def test_talks_on_negotiating_a_deal_stay_ahead():
    assert find_status("Chile and Peru held talks on negotiating a lithium deal.") == "planned"


@pytest.mark.parametrize("text", [
    "An agreement between Chile and Peru on a tracking station was signed on May 2, 1994 and since then the station has "
    "enjoyed full support from Peru.",
    "Chile and Peru signed a pact on seismology in 2008 and ever since have shared their sensor data.",
])
def test_a_signing_followed_by_and_since_then_with_a_standing_activity_is_in_force(text):
    assert find_status(text) == "in-force"


@pytest.mark.parametrize("text", [
    "Chile already has similar agreements in place with Peru and Bolivia.",
    "Chile has arrangements in place with Peru on data sharing.",
])
def test_instruments_held_in_place_stand_in_force(text):
    assert find_status(text) == "in-force"


def test_measures_in_place_tell_no_status():
    assert find_status("Chile has measures in place against floods.") is None


@pytest.mark.parametrize("text, parties", [
    ("Mexico is seeking an alliance with Argentina and Chile on lithium.", {"MEX", "ARG", "CHL"}),
    ("India is seeking a closer partnership with Japan on semiconductors, its minister said.", {"IND", "JPN"}),
    ("Vietnam seeks a nuclear power deal with South Korea.", {"VNM", "KOR"}),
])
def test_one_side_seeking_an_instrument_with_another_proposes_it(text, parties):
    assert {status for found, _, status in acts(text) if found == frozenset(parties)} == {"proposed"}


def test_both_sides_seeking_a_deal_together_plan_it():
    assert {status for _, _, status in acts("Vietnam and South Korea are seeking a deal on nuclear power.")} == {"planned"}


@pytest.mark.parametrize("text", [
    "Russia's suspension Monday of an agreement with the United States on nuclear research angered Washington.",
    "Russia's suspension on Friday of its treaty with the United States on plutonium disposal was expected.",
    "Following Russia's withdrawal last week from its agreement with the United States on nuclear research, talks stalled.",
    "Italy's withdrawal from the memorandum with China on the Belt and Road was confirmed.",
])
def test_an_end_told_as_a_noun_with_its_time_between_ends_the_act(text):
    assert find_status(text) == "ended"


def test_a_withdrawal_of_troops_ends_no_act():
    assert find_status("The withdrawal of troops from the border was agreed by India and China.") != "ended"


@pytest.mark.parametrize("text", [
    "GCC countries endorsed a U.S. proposal to inaugurate a ministerial-level economic dialogue in 2016.",
    "Egypt approved a Russian proposal to create a joint working group on nuclear energy.",
    "Peru endorsed Chile's offer to launch a joint lithium institute next year.",
])
def test_an_offer_to_do_something_endorsed_or_approved_is_planned_not_signed(text):
    assert find_status(text) == "planned"


def test_an_instrument_approved_without_an_offer_to_do_stays_as_told():
    assert find_status("Egypt and Russia approved a memorandum on nuclear energy.") == "signed"


@pytest.mark.parametrize("text", [
    "Ghana and Kenya will keep working on a new treaty.",
    "Ghana and Kenya will keep their options open on a data pact.",
])
def test_keeping_at_work_or_options_is_no_act_kept_standing(text):
    assert find_status(text) != "in-force"


@pytest.mark.parametrize("text", [
    "The accord, signed in 2011 but shelved in 2013, was revived by Lima last year.",
    "The Chile-Peru space agreement was suspended in 2018 but resumed in 2021.",
    "Peru will suspend the expiry of its data sharing pact with Chile.",
    "Chile halted the planned termination of the satellite agreement with Peru.",
])
def test_an_end_undone_or_stopped_leaves_the_act_in_force(text):
    assert find_status(text) == "in-force"


@pytest.mark.parametrize("text", [
    "Peru suspended the data pact with Chile and resumed talks with Bolivia.",
    "Chile and Peru suspended their space agreement on Monday.",
])
def test_an_end_beside_other_things_resumed_stays_an_end(text):
    assert find_status(text) == "ended"


@pytest.mark.parametrize("text, status", [
    ("The memorandum comes into force on the date of signing and remains valid for three years.", "signed"),
    ("The Chile-Peru accord enters into force upon signature.", "signed"),
    ("The accord entered into force upon signature in 2019.", "in-force"),
])
def test_entry_into_force_on_signing_is_a_term_unless_told_as_an_event(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize("text", [
    "The memorandum calls for joint research on glaciers between Chile and Peru.",
    "One of the agreements also calls for closer cooperation on lithium.",
])
def test_what_a_document_calls_for_is_its_content_not_an_offer(text):
    assert find_status(text) != "proposed"


def test_a_side_calling_for_an_act_still_proposes_it():
    assert find_status("Peru called for a joint glacier observatory with Chile.") == "proposed"


@pytest.mark.parametrize("text", [
    "The cabinet proposes to parliament to terminate the space agreement with Peru.",
    "Lawmakers urged the government to scrap the data deal with Chile.",
    "The ministry proposes that parliament denounce the 2009 agreement with Peru.",
])
def test_an_end_only_proposed_or_urged_leaves_the_act_in_force(text):
    assert find_status(text) == "in-force"


@pytest.mark.parametrize("text", [
    "Chile terminated the space agreement with Peru on Monday.",
    "Chile will withdraw from the space agreement with Peru.",
])
def test_an_end_done_or_announced_is_still_an_end(text):
    assert find_status(text) == "ended"
