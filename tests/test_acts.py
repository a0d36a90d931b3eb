"""Acts of cooperation and their exact party sets: rules, each on sentences written for the test (invented states'
dealings in news wording, never taken from the eval passages), with sentences that must not fire."""

from __future__ import annotations

from collections import Counter

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def facts_of(text: str):
    return extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=None, media_type="text/plain"))


def party_sets(text: str) -> Counter:
    """How many acts the text tells between each set of parties."""
    return Counter(frozenset(a.parties) for a in facts_of(text).agreements)


def sets(*groups: str) -> Counter:
    return Counter(frozenset(group.split("+")) for group in groups)


@pytest.mark.parametrize("text", [
    "Papua New Guinea and Fiji signed a memorandum on undersea cables.",
    "Equatorial Guinea and Fiji signed a memorandum on undersea cables.",
])
def test_a_state_whose_whole_name_holds_another_name_is_that_state(text):
    assert len(next(iter(party_sets(text)))) == 2


@pytest.mark.parametrize("text, expected", [
    ("Egypt signed a memorandum on space cooperation with Sudan on Monday.", "EGY+SDN"),
    ("Egypt and the Sudan agreed to launch a joint satellite project.", "EGY+SDN"),
    ("Egypt signed a memorandum on space cooperation with South Sudan on Monday.", "EGY+SSD"),
    ("Morocco and Guinea signed a mining agreement covering bauxite exports.", "GIN+MAR"),
    ("Morocco and Guinea-Bissau signed a mining agreement covering cashew exports.", "GNB+MAR"),
    ("New Zealand signed a digital connectivity agreement with Samoa.", "NZL+WSM"),
])
def test_a_short_state_name_inside_a_longer_one_names_its_own_state(text, expected):
    # "Sudan", "Guinea" and "Samoa" are states of their own; the longer names are matched first
    assert party_sets(text) == sets(expected)


@pytest.mark.parametrize("text, expected", [
    ("Nigeria and Ghana agreed on a maritime security initiative for the Gulf of Guinea.", "GHA+NGA"),
    ("Australia and Indonesia signed a memorandum to protect the forests of New Guinea.", "AUS+IDN"),
    ("Australia signed a cable agreement with Papua New Guinea on Monday.", "AUS+PNG"),
])
def test_a_sea_or_an_island_named_after_a_state_is_not_that_state(text, expected):
    assert party_sets(text) == sets(expected)


@pytest.mark.parametrize("text, expected", [
    ("The U.S.-Peru initiative on lithium was launched in May.", "PER+USA"),
    ("The Thai-Malaysian agreement on QR payments came into force.", "MYS+THA"),
    ("The German-Chilean hydrogen partnership will fund two pilot plants.", "CHL+DEU"),
    ("The Peru-Chile Digital Council met for the first time in Lima.", "CHL+PER"),
])
def test_a_compound_of_two_actors_before_an_act_or_a_body_names_both_parties(text, expected):
    assert party_sets(text) == sets(expected)


@pytest.mark.parametrize("text", [
    "Thai-Malaysian tensions over the border rose again.",
    "The Peru-Chile border was closed for a day.",
])
def test_a_compound_of_two_actors_with_no_act_makes_none(text):
    assert party_sets(text) == Counter()


@pytest.mark.parametrize("text, expected", [
    ("At the APEC summit in Lima, Chile and Ghana signed a memorandum on lithium.", "CHL+GHA"),
    ("In Nairobi, Kenya and Ghana agreed to cooperate on mobile payments.", "GHA+KEN"),
])
def test_a_state_after_a_fronted_city_is_a_party_when_it_goes_on_and_another(text, expected):
    assert party_sets(text) == sets(expected)


def test_a_state_after_its_city_is_still_a_place():
    assert party_sets("Ghana and Togo leaders met in Lima, Peru, and agreed to cooperate on lithium.") == sets("GHA+TGO")


@pytest.mark.parametrize("text, expected", [
    ("Chile's National Space Directorate and Peru's space agency signed a memorandum.", "CHL+PER"),
    ("Kenya's National Treasury and Ghana's Ministry of Finance signed a protocol.", "GHA+KEN"),
])
def test_a_national_body_of_a_government_is_its_state(text, expected):
    assert party_sets(text) == sets(expected)


def test_a_states_national_company_is_still_a_company():
    assert party_sets("Ghana signed a deal with Kenya's national oil company on refining.") == Counter()


@pytest.mark.parametrize("text", [
    "The Shanghai Cooperation Organisation groups Peru, Chile and Ghana in this story.",
    "The Gulf Cooperation Council, founded in 1981, includes Oman and Qatar.",
])
def test_cooperation_in_a_blocs_name_is_no_cooperation(text):
    assert party_sets(text) == Counter()


@pytest.mark.parametrize("text, expected", [
    ("Japan will assist Peru in developing a national cyber centre.", "JPN+PER"),
    ("Chile is helping Ghana build its first satellite.", "CHL+GHA"),
    ("Kenya will support Togo in setting up a data exchange.", "KEN+TGO"),
])
def test_helping_assisting_or_supporting_another_build_is_cooperation(text, expected):
    assert party_sets(text) == sets(expected)


def test_supporting_a_position_is_no_cooperation():
    assert party_sets("Kenya supports Togo's position on the border.") == Counter()


@pytest.mark.parametrize("text, expected", [
    ("Finland and Estonia will build a second data cable under the sea.", "EST+FIN"),
    ("Ghana and Togo plan to lay a new fibre link.", "GHA+TGO"),
])
def test_two_actors_as_one_subject_of_a_verb_of_making_is_cooperation(text, expected):
    assert party_sets(text) == sets(expected)


@pytest.mark.parametrize("text", [
    "Chile and Peru are developing their own AI models.",
    "Chile and Peru build roads every year.",
    "Chile develops a new satellite and Peru builds a new port.",
])
def test_actors_each_making_their_own_thing_is_no_cooperation(text):
    assert party_sets(text) == Counter()


@pytest.mark.parametrize("text, expected", [
    ("China signed separate agreements with Laos and Cambodia on satellites.", ("CHN+LAO", "CHN+KHM")),
    ("India signed MoUs with Nepal, Bhutan and Bangladesh on payments.", ("IND+NPL", "BTN+IND", "BGD+IND")),
    ("Japan signed an agreement with Peru and Chile to fund a cable.", ("CHL+JPN+PER",)),
    ("Kenya will sign agreements on cooperation in solar power with Ghana and Togo next month.", ("GHA+KEN", "KEN+TGO")),
    ("Chile signed memoranda on lithium processing with Peru, Bolivia and Ecuador.", ("CHL+PER", "BOL+CHL", "CHL+ECU")),
    ("Kenya signed an agreement on cooperation in solar power with Ghana and Togo.", ("GHA+KEN+TGO",)),
    ("Kenya will sign agreements on solar power with Ghana and Togo, the Kenyan government said on Monday.",
     ("GHA+KEN", "KEN+TGO")),
    ("The EU suspended its cooperation programmes with Peru and Bolivia on Friday.", ("EU+PER", "BOL+EU")),
    ("Japan launched digital partnerships with Kenya and Ghana.", ("JPN+KEN", "GHA+JPN")),
    ("Japan launched a digital partnership with Kenya and Ghana.", ("GHA+JPN+KEN",)),
])
def test_instruments_with_each_of_several_are_bilateral_one_instrument_is_one_act(text, expected):
    assert party_sets(text) == sets(*expected)


@pytest.mark.parametrize("text, expected", [
    ("Chinese President Li Wei arrived in Lima on Monday. During the visit, the sides signed a memorandum on space.",
     "CHN+PER"),
    ("Ghana's minister visited Nairobi this week. A memorandum on data was signed during the visit.", "GHA+KEN"),
    ("The Chilean foreign minister met Peruvian officials in Lima. The two sides agreed to cooperate on lithium.",
     "CHL+PER"),
])
def test_what_is_signed_during_a_visit_is_an_act_of_the_guest_and_the_host(text, expected):
    assert party_sets(text) == sets(expected)


def test_a_visit_long_before_gives_no_parties():
    text = ("Ghana's minister visited Nairobi in May. Officials discussed the weather. Markets rose. "
            "A memorandum on data was signed during the visit of a trade delegation.")
    assert party_sets(text) == Counter()


def test_an_act_signed_by_the_two_countries_with_one_named_as_a_place():
    text = "Qatar will invest in a data centre in Peru under a framework agreement signed by the two countries."
    assert party_sets(text) == sets("PER+QAT")


@pytest.mark.parametrize("text", [
    "Analysts expect Chile and Peru to sign a lithium deal next year.",
    "Experts say Ghana and Kenya should cooperate more closely on chips.",
    "Observers believe Chile and Peru will launch a joint satellite programme.",
])
def test_what_onlookers_expect_or_recommend_is_no_act(text):
    assert party_sets(text) == Counter()


@pytest.mark.parametrize("text", [
    "Ghana and Togo agreed to restrict exports of chip tools to Peru.",
    "Ghana and Togo signed a pact aimed at countering Peru's dominance of lithium.",
    "Ghana and Togo, which both border Peru, signed an agreement on power trade.",
    "Unlike Peru, Ghana and Togo signed an agreement on power trade.",
    "Ghana and Togo signed an accord brokered by Peru on power trade.",
])
def test_a_destination_a_rival_a_neighbour_a_comparison_or_a_broker_is_not_a_party(text):
    assert all("PER" not in group for group in party_sets(text))


@pytest.mark.parametrize("text, expected", [
    ("Chile and Peru signed an MoU on AI and agreed to set up a working group on cyber security.", ("CHL+PER",) * 2),
    ("Chile and Peru signed an agreement on visas and a memorandum on the digital economy.", ("CHL+PER",) * 2),
    ("Chile and Peru signed a memorandum on 5G. The two countries also signed an agreement on satellites.",
     ("CHL+PER",) * 2),
    ("Chile and Peru signed a memorandum on cyber security, and Chile offered Peru help in building a data centre.",
     ("CHL+PER",) * 2),
    ("Chile and Peru signed a pact on ports. Separately, Chile offered Peru coastal radars.", ("CHL+PER",) * 2),
    ("Chile and Peru adopted a roadmap on AI. The leaders also launched the Year of Innovation.", ("CHL+PER",) * 2),
    # a clause of its own after "even as they"
    ("Chile and Peru unveiled agreements on lithium and digital trade even as they elevated their relations to a "
     "comprehensive strategic partnership.", ("CHL+PER",) * 2),
    ("Chile and Peru signed a lithium pact even as they remain rivals in copper.", ("CHL+PER",)),
])
def test_each_instrument_or_undertaking_told_beside_another_is_an_act_of_its_own(text, expected):
    assert party_sets(text) == sets(*expected)


@pytest.mark.parametrize("text, expected", [
    ("The leaders adopted a joint statement in which Kenya and Ghana pledged to expand cooperation in AI.", "GHA+KEN"),
    ("A declaration was issued whereby Chile and Peru agreed to share satellite data.", "CHL+PER"),
])
def test_two_names_opening_a_relative_clause_are_one_subject_not_a_second_act(text, expected):
    assert party_sets(text) == sets(expected)


@pytest.mark.parametrize("text", [
    "Chile and Peru signed a memorandum on AI and agreed to cooperate on it closely.",
    "Chile, Peru, and Ghana signed a memorandum on lithium.",
    "Chile and Peru signed a memorandum on 5G. The two countries also signed the memorandum's annex on data.",
])
def test_one_instrument_told_with_more_words_stays_one_act(text):
    assert sum(party_sets(text).values()) == 1


def test_a_proposal_that_a_bloc_acts_is_a_proposal_to_the_bloc():
    [act] = facts_of("The Peruvian president proposed that BRICS countries set up a grain exchange.").agreements
    assert (set(act.parties), act.kind, act.status) == ({"PER", "BRICS"}, "proposal", "proposed")


@pytest.mark.parametrize("text, expected", [
    ("ASEAN member states adopted a joint vision statement on AI.", "ASEAN"),
    ("The SCO summit in Lima ended with the adoption of the Lima Declaration.", "SCO"),
])
def test_a_blocs_members_together_or_its_summit_adopting_are_the_bloc_acting(text, expected):
    assert party_sets(text) == sets(expected)


def test_an_asean_member_state_alone_is_a_circle_not_the_bloc():
    assert party_sets("Laos, an ASEAN member state, signed a memorandum with Japan on cables.") == sets("JPN+LAO")


@pytest.mark.parametrize("text, expected", [
    ("Chinese President Li Wei met Peruvian President Ana Soto in Lima. Li and Soto signed a joint statement on AI.",
     "CHN+PER"),
])
def test_leaders_named_family_name_first_are_their_states_by_family_name(text, expected):
    assert party_sets(text) == sets(expected)


@pytest.mark.parametrize("text, expected", [
    ("Chile, EU conclude free trade talks after a decade", "CHL+EU"),
    ("Chile and Peru renewed their currency swap line.", "CHL+PER"),
    ("Chilean and Peruvian foreign ministers signed a plan of action on space.", "CHL+PER"),
    ("Argentine and Chilean authorities signed a protocol on nuclear safeguards.", "ARG+CHL"),
    ("Ghana, Togo to set up joint AI research centre", "GHA+TGO"),
])
def test_everyday_names_of_instruments_and_of_states(text, expected):
    assert party_sets(text) == sets(expected)


def test_the_african_union_by_its_acronym_and_not_a_currency():
    from techpact.extract.gazetteer import gazetteer

    assert [m.code for m in gazetteer().find_actors("The AU Commission met; Canberra pledged AU$50 million.")] == ["AU", "AUS"]


@pytest.mark.parametrize("text, expected", [
    ("The African Union adopted an AI strategy. AU member states also endorsed a data framework.", ("AU", "AU")),
    ("BRICS countries have been working on a common payment system since 2015.", ("BRICS",)),
])
def test_a_bloc_acting_again_and_a_bloc_at_work_are_its_acts(text, expected):
    assert party_sets(text) == sets(*expected)


@pytest.mark.parametrize("text, expected", [
    ("Chile and Peru signed a lithium pact, similar to the one Chile signed with Japan last year.", "CHL+PER"),
    ("Ghana and Togo signed a radar deal, as Washington seeks to counter Beijing in the region.", "GHA+TGO"),
    ("Chile, Peru and Japan will jointly fund an undersea cable to Fiji.", "CHL+JPN+PER"),
    # the places a line joins up, told in the next sentence or in the same one
    ("Chile and Japan signed an agreement on a subsea cable. The project involves laying a 4,000-kilometre line to "
     "connect Tonga, Samoa and Fiji.", "CHL+JPN"),
    ("Norway and Iceland agreed to lay a fibre-optic cable to connect Greenland and the Faroe Islands.", "ISL+NOR"),
])
def test_a_clause_of_its_own_or_where_a_cable_goes_adds_no_party(text, expected):
    assert party_sets(text) == sets(expected)


def test_actors_listed_as_one_subject_each_partner_with_one_other():
    assert party_sets("Chile's president and Peru's premier signed deals with Japan on lithium.") == sets("CHL+JPN", "JPN+PER")


def test_the_other_side_of_an_instrument_one_state_signed_told_in_the_next_sentence():
    text = ("Chile's Ministry of Science signed a memorandum of understanding on Friday. "
            "The document was signed with Peru's Ministry of Energy and covers satellites.")
    assert party_sets(text) == sets("CHL+PER")
    assert party_sets("Chile signed a memorandum on Friday. The document was signed with Acme Holdings.") == Counter()


@pytest.mark.parametrize("text", [
    "Ghana and Togo agreed to cooperate on AI as Ghana prepares to deploy police to Peru under a UN mission.",
    "Ghana and Togo agreed to cooperate on space to reduce their independence on Peru for satellites.",
    "Ghana and Togo, partners in projects such as Lima-Quito-Bogota, agreed to cooperate on cables.",
])
def test_where_forces_go_what_a_state_depends_on_and_cities_of_a_route_are_not_parties(text):
    assert set().union(*party_sets(text)) == {"GHA", "TGO"}


@pytest.mark.parametrize("text", [
    "According to Peru's state news agency, Ghana and Togo signed an agreement on power exports.",
    "Peruvian state media reported that Ghana and Togo signed an agreement on power exports.",
    "The Peruvian foreign ministry said Ghana and Togo had signed a pact on data.",
    "Ghana and Togo signed a memorandum on AI in the presence of the Peruvian president, who hosted the summit.",
    "Ghana and Togo signed an agreement on a Peru-built power line.",
    "Ghana and Togo signed a deal on power exports, which Peru has criticised.",
    "Ghana and Togo signed a satellite agreement that Lima says violates the rules.",
    "Ghana and Togo signed a pact on ports, drawing a protest from Peru.",
    "Ghana and Togo agreed to build a data cable despite objections from Peru.",
    "Ghana and Togo signed 15 agreements, more than with any other partner except Peru.",
    "Ghana and Togo signed a memorandum on a nuclear plant similar to Peru's project.",
])
def test_who_tells_witnesses_reacts_to_or_is_compared_with_an_act_is_not_its_party(text):
    assert party_sets(text) == sets("GHA+TGO")


@pytest.mark.parametrize("text, expected", [
    ("Peru said it had signed a deal with Ghana on satellites.", "GHA+PER"),
    ("Togo, which signed a partnership with Peru last year, is seeking investment.", "PER+TGO"),
])
def test_the_speaker_or_the_subject_of_a_relative_clause_stays_a_party_when_no_two_others_act(text, expected):
    assert party_sets(text) == sets(expected)


def test_an_unverified_report_is_no_act():
    assert party_sets("The agency could not independently verify the report that Ghana and Togo signed a deal.") == Counter()


def test_documents_signed_within_the_framework_of_a_visit_are_acts_of_the_two_sides():
    text = ("Talks between Chilean President Ana Soto and Peruvian President Luis Ramos took place in Lima. "
            "Within the framework of the visit, a package of documents was signed, including agreements on lithium.")
    assert party_sets(text) == sets("CHL+PER")


@pytest.mark.parametrize("text, expected", [
    ("At the CSTO summit in Minsk, the member states adopted a declaration on information security.", sets("CSTO")),
    ("At the CSTO summit, Chile and Peru signed a memorandum on data.", sets("CHL+PER")),
    ("The member states adopted a declaration on data.", Counter()),
])
def test_a_blocs_members_as_subject_at_its_summit_are_the_bloc_acting(text, expected):
    assert party_sets(text) == expected


@pytest.mark.parametrize("text, status", [
    ("Ghana has suspended its data-sharing agreement with Nigeria, citing concerns over privacy.", "ended"),
    ("Peru scrapped a satellite deal with Chile amid concerns about cost overruns.", "ended"),
    ("Vietnam signed a cable pact with Laos despite concerns over costs.", "signed"),
])
def test_an_instrument_ended_or_signed_for_reasons_of_concern_is_still_the_act(text, status):
    acts = facts_of(text).agreements
    assert len(acts) == 1 and len(acts[0].parties) == 2 and acts[0].status == status


def test_concern_over_a_rival_with_no_instrument_is_no_act():
    assert not facts_of("Ghana voiced concerns over Nigeria's new cable plans.").agreements


@pytest.mark.parametrize("text", [
    "Ghana and Togo signed a cable memorandum on Monday as Accra distances itself from Nigeria.",
    "Ghana and Togo signed a cable memorandum, pivoting away from Nigeria.",
    "Ghana and Togo signed a cable memorandum as Lome moves away from Nigeria.",
])
def test_the_state_turned_away_from_is_no_party(text):
    assert party_sets(text) == sets("GHA+TGO")


def test_the_ministers_are_those_named_with_that_noun_not_the_last_states_named():
    text = ("Trade ministers from Peru, Chile and Colombia met in Lima on Monday to prepare a regional summit. "
            "Officials said Ecuador and Bolivia had asked to take part in the talks next year. "
            "The ministers issued a joint statement on cross-border payments.")
    assert sets("CHL+COL+PER") <= party_sets(text)
    assert frozenset({"BOL", "ECU"}) not in party_sets(text)


def test_the_ministers_too_far_back_are_not_recalled():
    text = ("Trade ministers from Peru, Chile and Colombia met in Lima on Monday. " + "Officials spoke of progress. " * 5
            + "The ministers issued a joint statement on cross-border payments.")
    assert frozenset({"CHL", "COL", "PER"}) not in party_sets(text)


@pytest.mark.parametrize("text, expected", [
    ("Peru took part in Chile's Pacific Data Initiative until 2023.", ("CHL+PER",)),
    ("Peru signed a deal with Chile on participation in Ecuador's trade fair.", ("CHL+PER",)),
])
def test_the_state_whose_act_another_takes_part_in_is_a_party_not_a_place(text, expected):
    assert party_sets(text) == sets(*expected)


def test_a_place_named_with_a_possessive_stays_a_place():
    assert party_sets("Peru built a plant in Chile's north.") == Counter()


@pytest.mark.parametrize("text, expected", [
    ("Ghana and Togo to link their instant payment systems, says central bank", ("GHA+TGO",)),
    ("Peru and Chile agreed to interconnect their respective power grids by 2030.", ("CHL+PER",)),
])
def test_two_states_joining_up_their_systems_is_an_act(text, expected):
    assert party_sets(text) == sets(*expected)


@pytest.mark.parametrize("text", [
    "Ghana linked its payment system to a global card network.",
    "Peru and Chile criticised plans to link their railways to the port.",
])
def test_one_state_linking_its_own_system_or_criticising_links_is_no_act(text):
    assert party_sets(text) == Counter()
