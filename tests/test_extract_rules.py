"""Extraction rules, each on sentences written for the test (never taken from the eval passages)."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.extract.cues import find_kind, find_status
from techpact.extract.datelines import dateline_spans
from techpact.loaders.document import Document


def facts_of(text: str, issued=None):
    return extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=issued,
                                  media_type="text/plain"))


def acts(text: str) -> set[tuple[frozenset, str, str]]:
    return {(frozenset(a.parties), a.kind, a.status) for a in facts_of(text).agreements}


@pytest.mark.parametrize("line, place", [
    ("ASTANA (Kazinform) — Kazakhstan and Uzbekistan agreed on a satellite plan.", "ASTANA"),
    ("HANOI, Oct. 3 (VNA) -- Vietnam and Laos signed a memorandum.", "HANOI"),
    ("Doha [Qatar], March 2 : Qatar and Turkey launched a fund.", "Doha"),
    ("Ottawa: Canada and Mexico signed a protocol on telecom.", "Ottawa"),
    ("Lima, 12 May Peru and Chile inked a deal.", "Lima"),
    ("DHAKA, Bangladesh — Bangladesh and Nepal agreed to link their power grids.", "DHAKA"),
    ("ACCRA, Ghana -- Ghana and Togo signed a customs protocol.", "ACCRA"),
    ("Mumbai, Maharashtra [India], May 4 (ANI): India and Oman launched a fund.", "Mumbai"),
])
def test_datelines_are_found_at_the_start_of_a_line(line, place):
    [(start, end)] = dateline_spans(line)
    assert start == 0 and line[start:end].startswith(place)


@pytest.mark.parametrize("line", [
    "The Netherlands and Japan signed an accord: chips come first.",
    "Kenya, Ghana sign a pact on mobile money.",
    "In Paris - as expected - nothing was signed.",
    "GHANA AND KENYA SIGN A PACT",
    "Chile, Peru -- and later Bolivia -- joined the talks.",
    "Peru, Chile [and Bolivia] signed a protocol.",
])
def test_datelines_are_not_found_in_ordinary_sentences(line):
    assert dateline_spans(line) == []


@pytest.mark.parametrize("text, parties", [
    ("LUSAKA, Zambia — Angola and Namibia have agreed to build a joint data centre.", {"AGO", "NAM"}),
    ("Islamabad, Islamabad Capital Territory [Pakistan], March 3 (ANI): China and Iran signed an accord on ports.",
     {"CHN", "IRN"}),
])
def test_the_state_named_after_a_dateline_city_is_not_a_party(text, parties):
    assert {frozenset(a.parties) for a in facts_of(text).agreements} == {frozenset(parties)}


def test_a_dateline_capital_is_a_mention_but_never_a_party():
    facts = facts_of("CAIRO (Agency) — Kenya and Ghana signed a memorandum on mobile payments on Monday.")
    assert "EGY" in facts.mentioned_codes
    assert {frozenset(a.parties) for a in facts.agreements} == {frozenset({"KEN", "GHA"})}


def test_a_lone_capital_line_is_a_dateline_not_a_party():
    facts = facts_of("NAIROBI\nGhana and Peru signed an agreement on satellites.")
    assert "KEN" in facts.mentioned_codes
    assert {frozenset(a.parties) for a in facts.agreements} == {frozenset({"GHA", "PER"})}


@pytest.mark.parametrize("text, status", [
    ("Chile will sign a treaty with Peru.", "planned"),
    ("Chile and Peru are expected to formally launch the programme.", "planned"),
    ("Chile and Peru signed a treaty.", "signed"),
    ("Chile and Peru have agreed a pact on lithium.", "signed"),
    ("Chile and Peru have agreed to build a cable.", "planned"),
    ("Chile has partnered with Peru on payments for years.", "in-force"),
    ("Their existing strategic partnership covers space.", "in-force"),
    ("Chile has formally withdrawn from the initiative.", "ended"),
    ("Peru cancelled the contract with Chile.", "ended"),
    ("Chile opted out of supporting the plan.", "rejected"),
    ("Chile refused to endorse the initiative.", "rejected"),
    ("The two sides upgraded ties to a strategic partnership.", "signed"),
    ("Allies are launching an accelerator.", "signed"),
    ("Chile and Peru finalised the deal.", "signed"),
    ("Chile and Peru renewed their accord.", "signed"),
    ("The accord came into effect in May.", "in-force"),
    ("The accord lapsed last year.", "ended"),
    ("Peru vetoed the plan.", "rejected"),
    ("Chile floated a joint satellite programme.", "proposed"),
])
def test_status_follows_tense_and_aspect(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize("text, kind", [
    ("They signed memorandums on data.", "mou"),
    ("They signed the Lisbon Statement on Fusion.", "joint-statement"),
    ("We, the leaders, hereby declare:", "declaration"),
])
def test_kind_nouns(text, kind):
    assert find_kind(text)[0] == kind


def test_partnering_verbs_make_a_partnership():
    assert acts("Ghana has partnered with Kenya on mobile payments.") == {
        (frozenset({"GHA", "KEN"}), "partnership", "in-force")}


def test_a_joint_statement_is_issued_whatever_it_vows_to_do():
    assert acts("In a joint statement, Ghana and Kenya vow to build data centres.") == {
        (frozenset({"GHA", "KEN"}), "joint-statement", "signed")}
    assert acts("Ghana and Kenya will sign a joint statement on data centres.") == {
        (frozenset({"GHA", "KEN"}), "joint-statement", "planned")}


def test_states_joined_by_hyphens_are_each_named():
    facts = facts_of("The Ghana-Kenya-Peru partnership on satellites was launched on Monday.")
    assert {"GHA", "KEN", "PER"} <= set(facts.mentioned_codes)
    assert not {"EU"} & set(facts_of("Only non-EU firms may bid.").mentioned_codes)


@pytest.mark.parametrize("text, parties", [
    ("Ghana and Kenya signed a data accord on the sidelines of the G20 summit.", {"GHA", "KEN"}),
    ("Peru, the only APEC economy in the group, signed a pact with Chile.", {"PER", "CHL"}),
    ("Laos and other ASEAN countries signed a cable pact with Japan.", {"LAO", "JPN"}),
    ("Fellow GCC member Qatar signed a memorandum with Kenya on data.", {"QAT", "KEN"}),
])
def test_a_bloc_as_setting_or_circle_is_not_a_party(text, parties):
    assert {frozenset(a.parties) for a in facts_of(text).agreements} == {frozenset(parties)}


@pytest.mark.parametrize("text", [
    "Kenya signed a memorandum with tech giant Acme on cloud services.",
    "Kenya signed a memorandum with Acme Holdings on cloud services during a visit by the Chinese president.",
    "The deal was signed with Acme and other companies, officials in Peru said.",
])
def test_a_deal_with_a_company_is_not_interstate(text):
    assert facts_of(text).agreements == []


def test_a_state_named_as_the_owner_of_a_company_or_as_a_place_is_not_a_party():
    text = "The consortium cancelled a contract for Russia's state-owned Acme to build a reactor in Finland with Peru."
    assert all("RUS" not in a.parties and "FIN" not in a.parties for a in facts_of(text).agreements)


def test_one_actor_teaming_up_with_several_is_one_act_of_all():
    assert acts("Japan has teamed up with Peru and Chile to fund a cable.") == {
        (frozenset({"JPN", "PER", "CHL"}), "partnership", "planned")}


def test_several_actors_partnering_with_one_are_bilateral_acts():
    found = {frozenset(a.parties) for a in facts_of("Peru, Chile and Ghana have partnered with Kenya on payments.").agreements}
    assert found == {frozenset({"PER", "KEN"}), frozenset({"CHL", "KEN"}), frozenset({"GHA", "KEN"})}


def test_a_back_reference_with_signatories_opens_the_act_when_none_is_in_focus():
    assert acts("The declaration was signed by the President of Ghana and the President of Peru on Monday.") == {
        (frozenset({"GHA", "PER"}), "declaration", "signed")}


def test_an_old_partnership_and_a_new_memorandum_are_two_acts():
    found = acts("Ghana and Kenya have long partnered on space. On Monday Ghana and Kenya signed a memorandum on satellites.")
    assert found == {(frozenset({"GHA", "KEN"}), "partnership", "in-force"), (frozenset({"GHA", "KEN"}), "mou", "signed")}


def test_a_bloc_deciding_as_one_is_the_party_of_its_act():
    assert acts("Finance ministers of the Group of Seven agreed on Friday to coordinate rules on stablecoins.") == {
        (frozenset({"G7"}), "initiative", "planned")}
    assert acts("The African Union endorsed a common strategy on data.") == {
        (frozenset({"AU"}), "initiative", "signed")}


def test_house_spellings_of_bloc_acronyms_are_mentions():
    assert {"BRICS", "ASEAN", "NATO"} <= set(facts_of("Brics, Asean and Nato officials met.").mentioned_codes)


def test_a_capital_named_as_the_venue_city_is_not_a_party():
    text = "The Union's council adopted the plan during a session in the Ghanaian capital Accra with Peru."
    assert all("GHA" not in a.parties for a in facts_of(text).agreements)


def test_a_closing_attribution_names_the_source_not_a_party():
    assert acts("Kenya and Peru signed a memorandum on satellites, the Chilean foreign ministry said.") == {
        (frozenset({"KEN", "PER"}), "mou", "signed")}


def test_a_call_for_talks_between_others_is_no_act_of_theirs():
    assert acts("The Chilean president called for peace talks between Kenya and Peru.") == set()


def test_a_call_on_a_bloc_is_a_proposal_of_the_caller():
    found = facts_of("The Brazilian president said it is time for the Brics nations to create a common payment system.")
    assert {(frozenset(a.parties), a.kind, a.status) for a in found.agreements} == {
        (frozenset({"BRA", "BRICS"}), "proposal", "proposed")}


@pytest.mark.parametrize("text", [
    "Ghana signed a memorandum on the cost of US$40 million with Kenya.",
    "Ghana and Kenya signed an accord in response to a new U.S. law on chips.",
    "Ghana and Kenya signed a pact to cut their dependence on China for batteries.",
    "Ghana and Kenya launched a partnership on cables, the EU delegation to Namibia said.",
])
def test_states_named_as_currency_law_dependence_or_host_are_not_parties(text):
    assert {frozenset(a.parties) for a in facts_of(text).agreements} == {frozenset({"GHA", "KEN"})}


def test_a_city_and_its_country_as_venue_are_not_parties():
    text = "Ghana and Kenya leaders came together in Lima, Peru, to deepen a partnership on data."
    assert {frozenset(a.parties) for a in facts_of(text).agreements} == {frozenset({"GHA", "KEN"})}


def test_accusations_are_not_cooperation():
    assert acts("Ghana accused Kenya of hacking the ministry with the help of a spying alliance.") == set()


def test_a_company_as_subject_or_as_one_side_makes_no_interstate_act():
    text = ("Kenyan mobile giant Acme has won a contract to build a network in Ghana. "
            "The agreement was signed during a meeting between the presidents of Ghana and Kenya.")
    assert facts_of(text).agreements == []
    assert acts("The president witnessed the signing of a memorandum between Ghana and Acme in Accra.") == set()


def test_an_invitation_to_join_is_one_proposal_to_each_invitee():
    text = "The BRICS summit ended on Friday. The group invited Peru, Chile and Ghana to join the bloc next year."
    assert acts(text) == {(frozenset({"BRICS", code}), "proposal", "proposed") for code in ("PER", "CHL", "GHA")}


def test_an_act_told_again_with_more_parties_takes_them_in():
    text = "Chile proposed a chip alliance to Peru. The alliance would also involve Ghana and Kenya."
    assert {frozenset(a.parties) for a in facts_of(text).agreements} == {frozenset({"CHL", "PER", "GHA", "KEN"})}


def test_the_two_countries_with_a_third_is_an_act_of_three():
    text = ("Ghana and Kenya launched a partnership on AI safety. "
            "The two countries' institutes also intend to collaborate with Peru on research.")
    assert frozenset({"GHA", "KEN", "PER"}) in {frozenset(a.parties) for a in facts_of(text).agreements}


@pytest.mark.parametrize("words, sector", [
    ("mobile money", "fintech"), ("subsea cables", "telecom"), ("digital trade", "digital-economy"),
    ("EV batteries", "critical-minerals"), ("electric vehicles", "clean-energy"), ("digital ID", "egov"),
    ("cyber", "cybersecurity"), ("hypersonics", "defense"), ("space exploration", "space"),
])
def test_everyday_sector_words_of_the_annotation_guide(words, sector):
    [act] = facts_of(f"Ghana and Kenya signed a memorandum on {words}.").agreements
    assert sector in act.sectors


def test_cooperation_with_no_instrument_named_is_an_initiative():
    assert acts("Ghana and Kenya will work together on satellite imagery.") == {
        (frozenset({"GHA", "KEN"}), "initiative", "planned")}
    assert acts("Ghana and Kenya launched a dialogue on chips.") == {(frozenset({"GHA", "KEN"}), "initiative", "signed")}


@pytest.mark.parametrize("text, status", [
    ("Ghana and Kenya completed negotiations on the nuclear deal.", "signed"),
    ("Ghana and Kenya welcomed the conclusion of a nuclear agreement.", "signed"),
    ("Ghana and Kenya reaffirmed their strategic partnership.", "in-force"),
])
def test_status_of_concluded_and_reaffirmed_acts(text, status):
    assert find_status(text) == status


def test_acts_of_different_years_between_the_same_parties_stay_apart():
    text = ("Ghana and Kenya signed a nuclear agreement on Tuesday. "
            "Ghana and Kenya had cancelled a nuclear agreement in 2016.")
    assert acts(text) == {(frozenset({"GHA", "KEN"}), "agreement", "signed"),
                          (frozenset({"GHA", "KEN"}), "agreement", "ended")}


def test_instruments_listed_one_by_one_are_each_an_act_of_the_parties_in_focus():
    text = ("Ghana and Kenya signed a declaration on Monday. The leaders also signed:\n"
            "A Memorandum of Understanding on trade;\n"
            "A Memorandum of Understanding on digital trade;\n")
    found = [(frozenset(a.parties), a.kind, a.status) for a in facts_of(text).agreements]
    assert sorted(found, key=str) == sorted([(frozenset({"GHA", "KEN"}), "declaration", "signed")]
                                            + [(frozenset({"GHA", "KEN"}), "mou", "signed")] * 2, key=str)


def test_a_memorandum_told_again_is_one_act():
    text = "Ghana and Kenya sign AI memorandum\nGhana and Kenya signed a memorandum on AI. The memorandum covers data."
    assert [(a.kind, a.status) for a in facts_of(text).agreements] == [("mou", "signed")]


def test_a_clause_going_on_about_the_act_adds_its_sectors():
    text = ("Ghana and Kenya signed a memorandum on Monday. It also covers quantum computing.\n"
            "The areas of work:\n• Data centres and cloud services\n")
    [act] = facts_of(text).agreements
    assert {"quantum", "data"} <= set(act.sectors)


def test_the_government_in_a_country_is_that_state_acting():
    found = facts_of("The new government in Italy has formally withdrawn from the Silk Road initiative with China.")
    assert (frozenset({"ITA", "CHN"}), "initiative", "ended") in {(frozenset(a.parties), a.kind, a.status)
                                                                 for a in found.agreements}


def test_a_declaration_announced_after_its_parties_gives_the_act_its_kind_and_status():
    text = "We, the leaders of Ghana, Kenya and Peru,\nRecognising the role of AI,\nHereby declare:\n"
    assert acts(text) == {(frozenset({"GHA", "KEN", "PER"}), "declaration", "signed")}


def test_a_separate_instrument_is_a_new_act_even_of_a_related_kind():
    text = ("Ghana and Kenya signed a memorandum on batteries on Friday. "
            "In a separate agreement, the two ministries agreed to cooperate on vaccines.")
    assert sorted(a.kind for a in facts_of(text).agreements) == ["agreement", "mou"]


def test_instruments_signed_on_different_days_are_different_acts():
    text = ("Ghana and Kenya signed a memorandum on batteries on Friday. "
            "On Thursday, Ghana and Kenya signed a memorandum on nuclear power.")
    assert len(facts_of(text).agreements) == 2


def test_a_headline_retold_in_the_lead_is_one_act():
    text = ("Ghana and Kenya have signed a Strategic Space Partnership covering satellites and launchers\n"
            "Ghana and Kenya have signed a Strategic Space Partnership covering satellites and launchers, officials said.")
    assert len(facts_of(text).agreements) == 1


def test_a_back_reference_to_a_memorandum_names_the_kind_of_a_generic_agreement():
    text = "Kenya will help Ghana build a reactor under an agreement signed last week. The memorandum was signed by the ministers."
    assert acts(text) == {(frozenset({"GHA", "KEN"}), "mou", "signed")}


def test_an_earlier_act_the_new_one_builds_on_is_an_act_in_force():
    text = "Ghana and Kenya signed a lithium deal on Monday. The deal builds on a 2019 trade agreement between them."
    assert acts(text) == {(frozenset({"GHA", "KEN"}), "agreement", "signed"),
                          (frozenset({"GHA", "KEN"}), "agreement", "in-force")}
    assert len(facts_of("Ghana and Kenya signed a deal under the agreement signed in 2019.").agreements) == 1


def test_members_listed_as_participants_are_the_parties_and_their_bloc_the_framework():
    text = "All members of the G7 — the United States, Japan and Canada — agreed on Monday to set up a working group on AI."
    [act] = facts_of(text).agreements
    assert (set(act.parties), act.framework, act.kind) == ({"USA", "JPN", "CAN"}, "G7", "working-group")
    assert {(m.state, m.bloc) for m in facts_of(text).memberships} == {("USA", "G7"), ("JPN", "G7"), ("CAN", "G7")}


def test_a_bloc_named_as_a_group_is_not_a_company():
    text = ("The Group of Seven adopted a declaration on a code of conduct for AI developers in October 2023.\n"
            "The declaration calls on developers to report on their models.")
    assert acts(text) == {(frozenset({"G7"}), "declaration", "signed")}


@pytest.mark.parametrize("text", [
    "Acme Energy signed three memoranda with Peruvian mining companies to supply lithium.",
    "Kenya signed a memorandum with a local firm on cloud services.",
])
def test_deals_with_companies_named_or_not_are_not_interstate(text):
    assert facts_of(text).agreements == []


def test_secured_memorandum_is_signed():
    assert find_status("The state-run agency also secured an MOU with Peru's ministry.") == "signed"


def test_a_sentence_that_tells_one_act_gives_it_the_sectors_of_all_its_clauses():
    [act] = facts_of("Ghana and Kenya signed a memorandum on Monday after talks on quantum computing.").agreements
    assert "quantum" in act.sectors


def test_an_act_dated_in_a_later_sentence_that_tells_it():
    text = "Ghana and Kenya signed a memorandum on satellites. The memorandum was signed on 3 March 2024 in Accra."
    [act] = facts_of(text).agreements
    assert act.date.isoformat() == "2024-03-03"


def test_a_signed_act_with_no_date_of_its_own_takes_the_dateline_day():
    import datetime as dt

    text = "ACCRA, March 5 (Agency) -- Ghana and Kenya signed a memorandum on satellites."
    [act] = facts_of(text, issued=dt.date(2024, 3, 6)).agreements
    assert act.date.isoformat() == "2024-03-05"


def test_a_standing_body_that_meets_again_is_an_act_in_force():
    text = ("Ghana and Kenya signed a memorandum on data on Friday. "
            "It was signed at the fifth joint working group meeting on telecommunications between the two countries.")
    assert acts(text) == {(frozenset({"GHA", "KEN"}), "mou", "signed"),
                          (frozenset({"GHA", "KEN"}), "working-group", "in-force")}
    council = acts("Ghana and Kenya held the second meeting of their Digital Partnership Council in Accra.")
    assert (frozenset({"GHA", "KEN"}), "partnership", "in-force") in council


def test_signatories_are_people_with_the_office_and_state_named_beside_them():
    from techpact.extract.facts import Span
    from techpact.extract.gazetteer import gazetteer
    from techpact.extract.signatories import signatories

    text = ("The memorandum was signed by John Smith, the head of Ghana's space agency, Sparta, and Kenya's "
            "Minister of Trade and Industry Mary Jones on 3 May.")
    people = signatories(Span(0, len(text), text), gazetteer().find_actors(text))
    assert [(p.name, p.role, p.acts_for) for p in people] == [
        ("John Smith", "head of Ghana's space agency, Sparta", "GHA"),
        ("Mary Jones", "Kenya's Minister of Trade and Industry", "KEN")]
    banks = "It was signed by the Bank of Ghana and the Central Bank of Kenya in Accra."
    assert signatories(Span(0, len(banks), banks), gazetteer().find_actors(banks)) == []


@pytest.mark.parametrize("text, expected", [
    ("N. Korea, Laos Sign Pact on Satellite Launches", ("mou", "agreement")),
    ("S. Korea and Chile signed a memorandum on lithium.", ("mou",)),
])
def test_headline_abbreviations_of_the_koreas_are_the_states(text, expected):
    [act] = facts_of(text).agreements
    assert len(act.parties) == 2 and {"PRK", "KOR"} & set(act.parties)
    assert act.kind in expected and act.status == "signed"


@pytest.mark.parametrize("text, kind", [
    ("Chile and Peru on Friday signed a bilateral framework for lithium processing.", "agreement"),
    ("Ghana and Kenya inked a framework on mobile payments.", "agreement"),
    ("Chile and Peru celebrated the signing of a framework for lithium processing.", "agreement"),
    ("Norway and the EU stepped up their ties with the signing of a Framework Arrangement on cyber defence.", "agreement"),
    ("Within the framework of the OECD, Chile and Peru will cooperate on lithium.", "initiative"),
    ("Chile and Peru updated their regulatory framework on lithium and agreed to cooperate.", "initiative"),
    ("Chile and Peru have agreed on a financing and investment framework for lithium.", "agreement"),
    ("Ghana and Kenya adopted a framework on mobile payments.", "agreement"),
])
def test_a_framework_is_an_agreement_only_as_the_thing_signed(text, kind):
    assert {a.kind for a in facts_of(text).agreements} == {kind}


def test_the_framework_of_talks_agreed_on_is_no_instrument():
    assert all(a.kind != "agreement" for a in facts_of("Chile and Peru agreed on the framework of the talks on lithium.").agreements)


@pytest.mark.parametrize("text, kind", [
    ("Ghana and Egypt will sign documents on cooperation in nuclear energy, the minister said.", "agreement"),
    ("Peru and Bolivia signed a package of documents on lithium on Monday.", "agreement"),
    ("Laos and Cambodia exchanged documents on satellite cooperation during the visit.", "agreement"),
    ("Chile and Peru on Friday inked several bilateral documents on data.", "agreement"),
    ("Chile and Peru signed a memorandum on AI and exchanged documents.", "mou"),  # a kind noun says more
    ("Chile and Peru launched the Andean Data Week.", "initiative"),
])
def test_documents_signed_with_no_kind_noun_are_agreements(text, kind):
    assert {a.kind for a in facts_of(text).agreements} == {kind}


def test_documents_only_read_or_reviewed_are_no_agreement():
    kinds = {a.kind for a in facts_of("Ghana and Egypt reviewed documents on cooperation in nuclear energy.").agreements}
    assert "agreement" not in kinds


def test_a_party_involved_in_a_project_is_not_added_to_the_act():
    text = ("Chile and Peru signed an agreement on lithium on Monday. "
            "The agreement funds a refinery; Bolivia is also involved in the refinery.")
    assert {frozenset(a.parties) for a in facts_of(text).agreements} == {frozenset({"CHL", "PER"})}


def test_what_happened_to_a_project_years_before_the_act_is_not_its_status():
    text = ("Chile and Peru signed a satellite agreement on Tuesday. "
            "The project was first planned with a French firm before it was cancelled in 2011.")
    [act] = facts_of(text).agreements
    assert act.status == "signed"


@pytest.mark.parametrize("text, status", [
    ("Canada announced a new partnership with Ghana on quantum computing.", "signed"),
    ("Japan announced a joint initiative with Kenya on AI.", "signed"),
    ("Japan announced plans to cooperate with Kenya on AI.", "planned"),
    ("In a separate agreement, Chile and Peru agreed to share satellite data.", "signed"),
    ("In another deal, Ghana and Kenya agreed to build a data centre.", "signed"),
    ("Chile and Peru agreed to share satellite data in a later agreement.", "planned"),
])
def test_announcing_an_act_by_name_or_agreeing_within_one_is_signed(text, status):
    assert {a.status for a in facts_of(text).agreements} == {status}


def test_a_lone_bloc_adopting_a_named_declaration_is_its_declaration():
    for text in ("By adopting the Declaration on Quantum Governance, BRICS is sending a clear message.",
                 "The SCO adopted the Declaration on Digital Trade."):
        [act] = facts_of(text).agreements
        assert len(act.parties) == 1 and (act.kind, act.status) == ("declaration", "signed")


@pytest.mark.parametrize("words, sector", [
    ("small modular reactors", "nuclear"), ("undersea cables", "telecom"), ("rockets", "space"),
    ("offshore wind", "clean-energy"), ("gallium", "critical-minerals"), ("virtual assets", "crypto"),
    ("ransomware", "cybersecurity"), ("quantum sensing", "quantum"), ("card payments", "fintech"),
    ("integrated circuits", "semiconductors"), ("deep learning", "ai"), ("gene editing", "biotech"),
])
def test_everyday_names_of_technologies_give_their_sector(words, sector):
    [act] = facts_of(f"Chile and Peru signed an agreement on {words}.").agreements
    assert sector in act.sectors


def test_coordinated_demonyms_before_plural_offices_are_both_parties():
    assert acts("The Chilean and Peruvian prime ministers signed a memorandum on lithium.") == {
        (frozenset({"CHL", "PER"}), "mou", "signed")}


@pytest.mark.parametrize("text, expected", [
    ("Kenya rejected a Chinese offer to build a data centre.", (frozenset({"CHN", "KEN"}), "proposal", "rejected")),
    ("Peru welcomed the Chilean proposal for a joint lithium fund.", (frozenset({"CHL", "PER"}), "proposal", "proposed")),
])
def test_an_offer_or_proposal_named_by_a_states_adjective_makes_that_state_the_proposer(text, expected):
    assert acts(text) == {expected}


def test_chinese_firms_offering_is_not_the_state_proposing():
    assert acts("Chinese firms offer to build a 5G network in Kenya.") == set()


@pytest.mark.parametrize("text, expected", [
    ("Ghana and Togo agreed on a data cable and a solar farm.", {(frozenset({"GHA", "TGO"}), "initiative", "signed")}),
    ("Ghana and Togo agreed to build a fibre-optic link.", {(frozenset({"GHA", "TGO"}), "initiative", "planned")}),
    ("Ghana and Togo agreed to disagree on the border.", set()),
])
def test_agreeing_on_a_thing_of_a_sector_is_an_act_without_a_cooperation_word(text, expected):
    assert acts(text) == expected


def test_signed_cooperation_documents_are_an_agreement():
    assert acts("Cuba and Laos signed 12 cooperation documents on biotechnology.") == {
        (frozenset({"CUB", "LAO"}), "agreement", "signed")}


@pytest.mark.parametrize("text, expected", [
    ("Cuba has asked Vietnam to help build a satellite.", {(frozenset({"CUB", "VNM"}), "proposal", "proposed")}),
    ("Cuba asked Vietnam officials to jointly develop vaccines.", {(frozenset({"CUB", "VNM"}), "proposal", "proposed")}),
])
def test_asking_another_state_to_help_is_a_proposal(text, expected):
    assert acts(text) == expected


def test_they_right_after_two_actors_met_are_those_two():
    text = ("The President of Ghana met the Prime Minister of Peru in Accra. "
            "They signed a memorandum of understanding on satellites.")
    assert acts(text) == {(frozenset({"GHA", "PER"}), "mou", "signed")}


def test_they_far_from_the_actors_named_is_nobody_we_know():
    text = ("The President of Ghana met the Prime Minister of Peru in Accra. "
            "Officials of two banks attended a dinner. They signed a memorandum on satellites.")
    assert acts(text) == set()



@pytest.mark.parametrize("lead", ["Separately,", "Besides,", "In addition,", "Moreover,"])
def test_an_instrument_told_after_a_lead_of_addition_is_one_more_act(lead):
    text = f"Chile and Peru signed a memorandum on lithium. {lead} an MoU was signed between the two countries on satellites."
    assert [sorted(a.sectors) for a in facts_of(text).agreements] == [["critical-minerals"], ["space"]]


def test_the_act_told_again_after_a_lead_of_addition_stays_one_act():
    text = "Chile and Peru signed a memorandum on lithium. In addition, the memorandum covers satellites."
    [act] = facts_of(text).agreements
    assert set(act.sectors) == {"critical-minerals", "space"}


@pytest.mark.parametrize("text", [
    "The leaders of Chile and Peru witnessed the exchange of an agreement on lithium.",
    "Following the landmark agreement between Chile and Peru on lithium, trade grew.",
])
def test_an_instrument_exchanged_or_presupposed_as_done_is_signed(text):
    assert {a.status for a in facts_of(text).agreements} == {"signed"}


def test_a_bare_headline_and_the_lead_that_details_it_are_one_act():
    text = ("Chile and Peru signed a Memorandum of Cooperation\n"
            "The Republic of Chile and Peru signed a Memorandum of Cooperation on lithium refining and satellites.")
    assert len(facts_of(text).agreements) == 1


def test_two_memoranda_on_different_topics_stay_two_acts():
    text = ("Chile and Peru signed a memorandum on lithium refining.\n"
            "Chile and Peru signed a memorandum on satellite launches.")
    assert len(facts_of(text).agreements) == 2


@pytest.mark.parametrize("text", [
    "Tech-giant Acme on Wednesday signed an agreement with Kenya and Uganda on 5G.",
    "Chipmaker Acme signed a deal with Japan and Germany on wafers.",
])
def test_a_company_named_by_a_compound_noun_is_still_a_company(text):
    assert facts_of(text).agreements == []


def test_a_bloc_named_beside_the_states_in_focus_keeps_the_act_in_focus():
    text = ("The leaders of Chile, Peru and Ecuador agreed to cooperate on lithium. "
            "Today the presidents of Chile, Peru and Ecuador reviewed progress under APEC. "
            "They also committed to deepen cooperation on satellites and quantum technologies.")
    [act] = facts_of(text).agreements
    assert {"critical-minerals", "space", "quantum"} <= set(act.sectors)


def test_a_bloc_named_alone_still_ends_the_focus():
    text = ("Chile and Peru signed a memorandum on lithium. "
            "APEC adopted a declaration on digital trade.")
    assert {frozenset(a.parties) for a in facts_of(text).agreements} == {frozenset({"CHL", "PER"}), frozenset({"APEC"})}


@pytest.mark.parametrize("text, status", [
    ("Ghana and Togo extended their space cooperation agreement for five years.", "in-force"),  # running on (eval guide: ongoing)
    ("Ghana has put on hold its 5G deal with Togo.", "ended"),
    ("Ghana backed out of the satellite deal with Togo.", "ended"),
    ("Ghana and Togo shelved their satellite deal.", "ended"),
    ("Ghana and Togo have been partners in space research since 2010.", "in-force"),
    ("Ghana and Togo agreed in principle to build a data centre.", "planned"),
])
def test_statuses_of_everyday_verbs(text, status):
    assert {a.status for a in facts_of(text).agreements} == {status}


@pytest.mark.parametrize("text, expected", [
    ("Ghana and Togo formalize their quantum partnership.", ("partnership", "signed")),
    ("Ghana, Togo launch AI partnership", ("partnership", "signed")),
    ("Ghana and Togo kick off a joint satellite programme.", ("initiative", "signed")),
    ("Ghana and Togo to set up a joint AI lab.", ("initiative", "planned")),
    ("Ghana and Togo agreed to launch a joint satellite programme.", ("initiative", "planned")),
    ("Ghana and Togo are working together to develop 6G standards.", ("partnership", "in-force")),  # standing work, no instrument
    ("Ghana and Togo announced the launch of a satellite partnership next year.", ("partnership", "planned")),
])
def test_headline_present_tense_joint_bodies_and_ongoing_work(text, expected):
    assert {(a.kind, a.status) for a in facts_of(text).agreements} == {expected}


@pytest.mark.parametrize("text, expected", [
    ("The APEC summit adopted a statement on digital trade.", (frozenset({"APEC"}), "joint-statement", "signed")),
    ("The GCC plans to create a common payment system.", (frozenset({"GCC"}), "initiative", "planned")),
    ("OPEC countries are working on a common payment system.", (frozenset({"OPEC"}), "initiative", "planned")),
])
def test_a_bloc_deciding_planning_or_working_on_something_is_its_act(text, expected):
    assert acts(text) == {expected}


@pytest.mark.parametrize("text, parties", [
    ("Ghana and Togo signed a statement on digital trade in Lome.", {"GHA", "TGO"}),
    ("Forty countries, including Ghana, Togo and Chile, have signed a Statement on Inclusive AI.", {"CHL", "GHA", "TGO"}),
    ("Ghana and Togo endorsed a statement on cyber norms.", {"GHA", "TGO"}),
])
def test_a_statement_the_parties_sign_or_endorse_is_a_joint_statement(text, parties):
    assert acts(text) == {(frozenset(parties), "joint-statement", "signed")}


def test_a_summit_as_setting_and_said_in_a_statement_are_not_acts_of_their_own():
    assert acts("At the APEC summit, Chile and Peru signed a memorandum on lithium.") == {
        (frozenset({"CHL", "PER"}), "mou", "signed")}
    assert {a.kind for a in facts_of("Peru said in a statement that Chile and Peru agreed to cooperate on lithium.").agreements} == {"initiative"}


def test_signatories_listed_office_first_each_keep_their_own_office_and_state():
    text = ("Chile and Peru signed a declaration on lithium. The declaration was signed by Chilean President Ana Soto, "
            "President of Peru Luis Ramos, President of Bolivia Juan Quispe on May 3, 2031.")
    people = {p.name: (p.role, p.acts_for) for a in facts_of(text).agreements for p in a.signatories}
    assert people["Luis Ramos"] == ("President of Peru", "PER")
    assert people["Juan Quispe"] == ("President of Bolivia", "BOL")
    assert people["Ana Soto"][1] == "CHL"


def test_a_headline_naming_the_parties_gives_its_sectors_to_their_act():
    text = "The two governments decided to set up a framework for talks, officials said. Chile and Peru agreed to cooperate closely."
    doc = Document(text=text, source="t.txt", title="Chile, Peru to set up cyber talks framework", url=None, issued=None,
                   media_type="text/plain")
    [act] = extract_facts(doc).agreements
    assert "cybersecurity" in act.sectors
    other = Document(text=text, source="t.txt", title="Chile sets up cyber talks", url=None, issued=None,
                     media_type="text/plain")
    assert all("cybersecurity" not in a.sectors for a in extract_facts(other).agreements)


@pytest.mark.parametrize("text, expected", [
    ("Ghana and Togo, along with Benin, launched a solar alliance.", {(frozenset({"GHA", "TGO", "BEN"}), "partnership", "signed")}),
    ("Ghana, together with Togo and Benin, signed a memorandum on solar power.", {(frozenset({"GHA", "TGO", "BEN"}), "mou", "signed")}),
    ("Ghana partnered with Togo on solar power.", {(frozenset({"GHA", "TGO"}), "partnership", "signed")}),
    ("Ghana has partnered with Togo on solar power since 2019.", {(frozenset({"GHA", "TGO"}), "partnership", "in-force")}),
    ("Ghana is to help Togo build a nuclear reactor.", {(frozenset({"GHA", "TGO"}), "initiative", "planned")}),
    ("Ghana and Togo have deepened their cooperation on semiconductors.", {(frozenset({"GHA", "TGO"}), "partnership", "in-force")}),
])
def test_along_with_adds_a_party_partnering_and_helping_to_build(text, expected):
    assert acts(text) == expected


def test_the_ministers_right_after_two_ministers_met_are_their_states():
    text = "Ghana's foreign minister met her Togolese counterpart in Lome. The ministers signed a memorandum on solar power."
    assert acts(text) == {(frozenset({"GHA", "TGO"}), "mou", "signed")}


@pytest.mark.parametrize("text, expected", [
    ("Ghana and Togo initialled a data-protection agreement.", {(frozenset({"GHA", "TGO"}), "agreement", "signed")}),
    ("Ghana and Togo reached consensus on a digital payments link.", {(frozenset({"GHA", "TGO"}), "initiative", "signed")}),
])
def test_initialling_and_reaching_consensus_conclude_an_act(text, expected):
    assert acts(text) == expected


@pytest.mark.parametrize("words, sector", [
    ("machine-learning", "ai"), ("a fighter jet", "defense"), ("information-security", "cybersecurity"), ("an SMR", "nuclear"),
    ("quantum technology", "quantum"), ("smart-city pilots", "smart-cities"), ("carbon-capture", "clean-energy"),
    ("distributed-ledger pilots", "blockchain"), ("a data-centre campus", "data"), ("rare-earth-magnet", "critical-minerals"),
])
def test_sector_labels_match_hyphenated_singular_and_plural_forms(words, sector):
    [act] = facts_of(f"Ghana and Kenya signed a memorandum on {words}.").agreements
    assert sector in act.sectors


@pytest.mark.parametrize("words, sector", [
    ("fibre networks", "telecom"), ("uranium supply", "nuclear"), ("wind farms", "clean-energy"),
    ("trade in local currencies", "fintech"), ("network security", "cybersecurity"), ("pharma supply chains", "biotech"),
    ("battery supply chains", "critical-minerals"), ("a new cosmodrome", "space"), ("artillery shells", "defense"),
    ("e-signatures", "egov"), ("hyperscale datacentres", "data"), ("factory automation", "robotics"),
    ("A.I. research", "ai"), ("interbank messaging", "fintech"), ("copper and tungsten", "critical-minerals"),
    ("ethanol blending", "clean-energy"), ("troops training", "defense"), ("rare metals", "critical-minerals"),
    ("an undersea power cable", "clean-energy"), ("rocket launchers", "defense"), ("a currency swap", "fintech"),
    ("high-speed internet access", "telecom"), ("digitising land records", "digital-economy"), ("the e-yuan", "cbdc"),
    ("smart transport", "smart-cities"), ("green technologies", "clean-energy"),
])
def test_everyday_words_of_each_sector_give_it(words, sector):
    [act] = facts_of(f"Chile and Peru signed an agreement on {words}.").agreements
    assert sector in act.sectors


@pytest.mark.parametrize("text", [
    "Ghana and Kenya signed a trade memorandum, a bargaining chip in wider talks.",
    "Ghana and Kenya signed a trade memorandum that gives fiscal space to both budgets.",
    "Under a cloud of doubt, Ghana and Kenya signed a trade memorandum.",
    "Ghana and Kenya signed a trade memorandum and welcomed investors with open arms.",
    "Ghana and Kenya signed a trade memorandum, calling it a quantum leap for the region.",
    "Ghana and Kenya signed a trade memorandum to open space for dialogue.",
    "Ghana and Kenya signed a trade memorandum, as customs data showed exports rising.",
])
def test_idioms_holding_a_sector_word_give_no_sector(text):
    assert [a.sectors for a in facts_of(text).agreements] == [[]]


@pytest.mark.parametrize("text, sector", [
    ("Amid U.S. curbs on chip exports, Ghana and Kenya signed a memorandum on tourism.", "semiconductors"),
    ("Ghana and Kenya signed a memorandum on fisheries despite tensions over undersea cables.", "telecom"),
    ("Ghana and Togo, which both export lithium, signed a tourism agreement.", "critical-minerals"),
    ("Ghana and Kenya signed a tourism pact, days after Nigeria imposed tariffs on solar panels.", "clean-energy"),
    ("Ghana and Kenya signed a tourism pact; meanwhile, Kenya's central bank is piloting a CBDC.", "cbdc"),
    ("Ghana and Kenya signed a defence pact. No agreement on solar energy was reached.", "clean-energy"),
    ("Ghana and Kenya signed a tourism pact. The visit comes weeks after Kenya announced an AI strategy.", "ai"),
    ("Ghana and Kenya vowed in a joint statement to oppose restrictions on market access for ICT products.", "digital-economy"),
    ("Ghana and Kenya signed a tourism memorandum as Nigeria moved to restrict exports of lithium ore.", "critical-minerals"),
    ("Ghana and Kenya signed a memorandum, Ghana's Minister of Electricity and Renewable Energy said.", "clean-energy"),
    ("The Defence Minister of Ghana and Kenya's trade minister signed a tourism memorandum.", "defense"),
])
def test_sectors_in_the_background_or_of_another_matter_are_not_the_acts(text, sector):
    found = facts_of(text).agreements
    assert found and all(sector not in act.sectors for act in found)


@pytest.mark.parametrize("text, sector", [
    ("Ghana and Kenya agreed to lift restrictions on chip exports.", "semiconductors"),
    ("Ghana signed an agreement with Kenya, which will build data centres in Accra.", "data"),
    ("The agreement between Ghana and Kenya, a landmark deal on AI, was signed on Monday.", "ai"),
    ("Although Ghana and Kenya signed an AI pact in 2023, work on it has lagged.", "ai"),
    ("Ghana and Kenya signed an agreement. The agreement comes as part of efforts to boost cooperation in AI.", "ai"),
])
def test_measures_lifted_and_clauses_about_the_act_keep_their_sectors(text, sector):
    [act] = facts_of(text).agreements
    assert sector in act.sectors


@pytest.mark.parametrize("follow_up, sectors", [
    ("Priorities range from lithium to solar power.", {"critical-minerals", "clean-energy"}),
    ("The sides will work on 5G and cloud services.", {"telecom", "data"}),
    ("Kenya will share its experience with mobile money.", {"fintech"}),
    ("Demand for lithium has soared this year.", set()),
    ("In a separate announcement, Kenya said it would buy drones.", set()),
    ("Kenya has long been a leader in mobile money.", set()),
    ("The plant will produce lithium batteries and solar panels.", {"critical-minerals", "clean-energy"}),
    ("About 30 million dollars will be for expanding fibre networks.", {"telecom"}),
    ("Analysts expect demand for lithium will double by 2030.", set()),
    ("Delegates will also discuss climate change and clean energy.", set()),
    ("Kenya will host a conference on AI next year.", set()),
])
def test_a_sentence_listing_areas_or_what_a_party_will_do_gives_the_act_its_sectors(follow_up, sectors):
    [act] = facts_of(f"Ghana and Kenya signed an agreement on Monday. {follow_up}").agreements
    assert set(act.sectors) == sectors


@pytest.mark.parametrize("title, text, sector", [
    ("AUKUS partners agree to cooperate on hypersonics",
     "Australia, the United Kingdom and the United States, the AUKUS partners, agreed on Wednesday to start new trilateral cooperation.",
     "defense"),
    ("APEC ministers back digital trade rules", "APEC ministers adopted a statement on Friday.", "digital-economy"),
])
def test_a_headline_naming_the_bloc_gives_its_sectors_to_the_act_under_it(title, text, sector):
    doc = Document(text=text, source="t.txt", title=title, url=None, issued=None, media_type="text/plain")
    [act] = extract_facts(doc).agreements
    assert sector in act.sectors
    one_state = Document(text="Chile and Peru agreed to cooperate on tourism.", source="t.txt",
                         title="Chile sets up lithium fund", url=None, issued=None, media_type="text/plain")
    assert [a.sectors for a in extract_facts(one_state).agreements] == [[]]


@pytest.mark.parametrize("text, parties", [
    ("Despite US pressure, Hungary and Serbia signed a deal on solar panels.", {"HUN", "SRB"}),
    ("Amid Chinese curbs on rare earths, Japan and India signed a memorandum on magnets.", {"IND", "JPN"}),
    ("Hungary and Serbia signed a deal on solar panels, despite pressure from Brussels and Washington.", {"HUN", "SRB"}),
])
def test_states_named_in_the_circumstances_of_an_act_are_not_its_parties(text, parties):
    assert [set(a.parties) for a in facts_of(text).agreements] == [parties]
