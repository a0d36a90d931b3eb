"""Acts across a passage: how one act told several times stays one act, how acts of other years, instruments
and makers stay apart, and who its parties are. Rules on short passages written for the test (news wording,
never taken from the eval passages), with passages that must not fire."""

from __future__ import annotations

import pytest

from .extraction import acts_of, party_sets, sets


@pytest.mark.parametrize("text, kind", [
    ("Leaders of the Collective Security Treaty Organization adopted a declaration on cyber threats.", "declaration"),
    ("North Atlantic Treaty Organization allies approved a strategy on quantum technologies.", "initiative"),
])
def test_a_kind_word_in_a_blocs_name_is_no_kind(text, kind):
    acts = acts_of(text)
    assert [a.kind for a in acts] == [kind]


@pytest.mark.parametrize("text, expected, framework", [
    ("Leaders of the CSTO member states adopted a declaration on information security on Friday. "
     "The declaration was adopted by the heads of state of Russia, Belarus and Tajikistan.", "BLR+RUS+TJK", "CSTO"),
    ("ASEAN adopted a digital strategy on Tuesday. The strategy was endorsed by the leaders of Vietnam, Thailand and "
     "Malaysia at a closed session.", "MYS+THA+VNM", "ASEAN"),
])
def test_states_said_to_have_made_a_blocs_act_are_its_parties_under_the_bloc(text, expected, framework):
    acts = acts_of(text)
    assert party_sets(text) == sets(expected)
    assert acts[0].framework == framework


def test_an_act_of_two_states_signed_by_their_ministers_keeps_its_parties():
    text = ("Chile and Peru signed a memorandum on lithium on Monday. The memorandum was signed by the ministers "
            "of mining of Chile and Peru in Lima.")
    assert party_sets(text) == sets("CHL+PER")


@pytest.mark.parametrize("text, expected", [
    ("Chile, Peru and Bolivia signed a memorandum on a lithium corridor on Monday. The two countries also signed an "
     "agreement on customs data, officials in Lima said.", ["BOL+CHL+PER", "CHL+PER"]),
])
def test_the_two_countries_after_a_deal_of_three_are_the_two_named_most(text, expected):
    text = "Chile and Peru deepen ties. Chile and Peru met in Lima. " + text
    assert set(party_sets(text)) >= set(sets(*expected))
    assert frozenset({"BOL", "CHL"}) not in party_sets(text)


def test_the_two_countries_after_a_pair_are_that_pair():
    text = "Kenya and Ghana signed a memorandum on digital IDs. The two countries also agreed to link their payment systems."
    assert set(party_sets(text)) == {frozenset({"GHA", "KEN"})}


def test_separately_one_state_of_the_act_in_focus_does_not_take_its_parties():
    text = ("Leaders of Japan, India, Australia and the United States launched a health initiative on Saturday. "
            "Separately, Biden and Indian Prime Minister Narendra Modi agreed to co-produce drone parts.")
    assert set(party_sets(text)) == {frozenset({"AUS", "IND", "JPN", "USA"})}


@pytest.mark.parametrize("text, expected", [
    ("Cuba, Mexico sign health pact, agree on vaccine plant with Brazil", {frozenset({"BRA", "CUB", "MEX"})}),
    ("Cuba, Mexico and Chile partnered with Brazil on vaccines.", set(sets("BRA+CUB", "BRA+MEX", "BRA+CHL"))),
])
def test_with_after_a_later_predicate_is_no_side_of_each_state_listed(text, expected):
    assert set(party_sets(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Kazakhstan, which chairs the Shanghai Cooperation Organization, signed a memorandum with Qatar on Monday.", "KAZ+QAT"),
    ("Ghana, which joined the African Union's data framework, signed an agreement with Togo on roaming.", "GHA+TGO"),
])
def test_a_bloc_named_only_in_a_which_clause_about_a_state_is_no_party(text, expected):
    assert set(party_sets(text)) == set(sets(expected))


@pytest.mark.parametrize("text", [
    "Ethiopia, which has been at odds with Somalia over a port deal, said it was studying the agreement.",
    "The ministers expressed concern over China's buildup and North Korea's launches, and reaffirmed cooperation among the G7.",
    "Beijing said it firmly opposed the move and urged The Hague to respect market principles.",
    "Mudavadi said Kenya would champion a common position on digital governance within the African Union.",
])
def test_rivalry_objection_and_a_states_stance_within_a_bloc_make_no_act(text):
    assert not [a for a in acts_of(text) if len(a.parties) >= 2]


def test_a_statement_signed_in_which_sides_firmly_oppose_something_is_still_an_act():
    text = "China and Russia signed a joint statement on Tuesday in which they firmly opposed unilateral sanctions."
    assert set(party_sets(text)) == {frozenset({"CHN", "RUS"})}


@pytest.mark.parametrize("text", [
    "Norway and Chile signed an administrative arrangement on polar research satellites on Monday.",
    "Brazil and Peru concluded an implementing arrangement on border data exchange.",
])
def test_an_administrative_or_implementing_arrangement_is_an_instrument(text):
    assert [a.kind for a in acts_of(text)] == ["agreement"]


def test_security_arrangements_talked_about_are_no_instrument():
    assert not acts_of("Norway and Chile discussed security arrangements in the Arctic on Monday.")


@pytest.mark.parametrize("text, statuses", [
    ("Norway and Chile signed an administrative arrangement on satellites and agreed to start talks on a chip "
     "early warning mechanism at the third meeting of their joint council on Monday.", ["planned", "signed"]),
    ("Ghana and Kenya adopted a roadmap on artificial intelligence and agreed to deepen cooperation in nuclear energy.",
     ["planned", "signed"]),
])
def test_a_second_verb_of_the_parties_with_another_status_tells_another_act(text, statuses):
    assert sorted(a.status for a in acts_of(text) if a.status != "in-force") == statuses  # not the council itself


def test_a_second_verb_retelling_the_same_signing_adds_no_act():
    text = "Ghana and Kenya signed a memorandum on digital IDs and exchanged the signed copies in Accra."
    assert len(acts_of(text)) == 1


def test_a_headline_and_the_lead_that_retells_it_in_other_words_are_one_act():
    text = ("Chile, Peru sign 12 cooperation documents as Boric visits Lima\n\n"
            "LIMA, May 3 -- Chile and Peru on Friday signed 12 cooperation documents covering mining, ports and "
            "digital trade, officials said.")
    assert party_sets(text) == sets("CHL+PER")


def test_two_instruments_told_after_a_headline_stay_two():
    text = ("Chile, Peru sign pacts\n\nChile and Peru signed a memorandum on mining on Friday. "
            "They also signed a memorandum on ports.")
    assert party_sets(text) == sets("CHL+PER", "CHL+PER")


@pytest.mark.parametrize("text, expected", [
    ("The Brazilian president flew home after attending the G20 summit in Rio, where leaders adopted a declaration "
     "on hunger.", "G20"),
    ("Ministers met at the ASEAN summit in Vientiane, where leaders endorsed a digital masterplan.", "ASEAN"),
])
def test_where_leaders_adopted_at_a_blocs_summit_is_the_blocs_act(text, expected):
    assert party_sets(text) == sets(expected)


def test_where_after_a_place_that_is_no_blocs_meeting_makes_no_bloc_act():
    text = "Kenya's minister visited the ITU forum in Geneva, where leaders adopted a declaration on spectrum."
    assert not [a for a in acts_of(text) if any(len(code) != 3 for code in a.parties)]


@pytest.mark.parametrize("text, count", [
    ("Chile and Peru signed a partnership and a memorandum on AI on Tuesday. The AI memorandum, signed by the two "
     "ministers, covers data centres. Santiago and Lima first signed a defence agreement in 1977.", 3),
    ("Chile and Peru signed a memorandum on mining, officials said. Chile and Peru first signed a trade agreement in "
     "1998 and have since expanded ties.", 2),
])
def test_an_instrument_of_another_year_after_an_undated_act_is_another_act(text, count):
    assert len([a for a in acts_of(text) if set(a.parties) == {"CHL", "PER"}]) == count


def test_an_act_dated_by_its_year_then_retold_is_one_act():
    text = ("Chile and Peru signed a memorandum on mining in 2024. The memorandum was signed in Lima by the two "
            "ministers.")
    assert party_sets(text) == sets("CHL+PER")


@pytest.mark.parametrize("text, expected", [
    ("Chile, Peru and Bolivia agreed on Friday to launch a lithium council at their summit in Lima. Bolivian President "
     "Luis Arce also held bilateral talks and agreed to resume a currency swap.", "BOL+PER"),
    ("Chile, Peru and Bolivia agreed on Friday to launch a lithium council at their summit in Lima. The leaders of "
     "Chile and Peru also held bilateral talks and agreed to link their power grids.", "CHL+PER"),
])
def test_bilateral_talks_after_a_meeting_of_three_are_of_two_of_them(text, expected):
    text = "Peru hosted the summit. " + text
    assert frozenset(expected.split("+")) in party_sets(text)
    assert party_sets(text)[frozenset({"BOL", "CHL", "PER"})] == 1


def test_what_a_deal_builds_on_is_an_earlier_act_of_the_same_parties():
    text = ("Ghana and Togo have signed an agreement on space cooperation, officials said on Tuesday. The deal builds "
            "on a defence and economic framework agreement signed by the two countries in February.")
    assert party_sets(text) == sets("GHA+TGO", "GHA+TGO")


def test_building_a_plant_is_no_earlier_act():
    text = "Ghana and Togo signed an agreement on Tuesday. Ghana will build on the site of an old plant."
    assert party_sets(text) == sets("GHA+TGO")


def test_the_other_side_of_a_lone_signing_is_the_state_after_with():
    text = ("Ghana's ministry of communications signed a memorandum on data centres on Monday. The document was signed "
            "with Togo's digital agency.")
    assert party_sets(text) == sets("GHA+TGO")


def test_a_state_that_only_talks_about_the_agreement_is_no_other_side():
    text = ("Separately, Somalia's government signed a production-sharing agreement on Monday. Ethiopia, which has been "
            "at odds with Mogadishu over a port, said it was studying the agreement.")
    assert not [a for a in acts_of(text) if len(a.parties) >= 2]


@pytest.mark.parametrize("text, status", [
    ("Myanmar's government declined an earlier offer from India to build a satellite ground station.", "rejected"),
    ("Laos welcomed an offer from Vietnam to train its railway engineers.", "proposed"),
])
def test_an_offer_from_a_state_is_a_proposal_between_the_two(text, status):
    acts = acts_of(text)
    assert [(a.kind, a.status) for a in acts] == [("proposal", status)] and len(acts[0].parties) == 2


def test_special_offers_from_companies_are_no_act():
    assert not acts_of("Shoppers in Vietnam snapped up special offers from retailers on Friday.")


@pytest.mark.parametrize("text, expected", [
    ("The leaders welcomed the work of the Ghana-Togo Digital Skills Centre in Lome.", "GHA+TGO"),
    ("The Chile-Peru Lithium Research Fund will finance six projects this year.", "CHL+PER"),
])
def test_a_joint_project_named_by_two_actors_compound_is_their_act(text, expected):
    assert [(set(a.parties), a.kind) for a in acts_of(text)] == [(set(expected.split("+")), "initiative")]


@pytest.mark.parametrize("text", [
    "Troops patrolled the Ghana-Togo border on Monday.",
    "The Chile-Peru match drew a record crowd to the National Stadium.",
])
def test_a_compound_of_two_actors_naming_no_body_or_project_is_no_act(text):
    assert not acts_of(text)


def test_free_trade_negotiations_between_two_sides_are_an_agreement_in_the_making():
    text = "Free trade negotiations between Chile and Peru, relaunched in 2022, remain stuck over farm goods."
    assert [(set(a.parties), a.kind) for a in acts_of(text)] == [({"CHL", "PER"}, "agreement")]


def test_a_free_trade_zone_is_no_agreement():
    assert not acts_of("Chile opened a free trade zone near the border with Peru on Monday.")


@pytest.mark.parametrize("text", [
    "Ethiopia, which joined BRICS alongside the UAE last year, is seeking investment to build data centres.",
    "Kenya, a member of the AU along with Ghana, is seeking investment in data centres.",
])
def test_states_named_in_a_membership_aside_are_no_parties(text):
    assert not [a for a in acts_of(text) if len(a.parties) >= 2]


def test_a_states_own_strategy_after_an_offer_takes_no_parties_from_it():
    text = ("The UAE has offered to help Ethiopia build a national data centre. Ethiopia is seeking investment to "
            "build digital infrastructure under its Digital Ethiopia 2025 strategy.")
    assert party_sets(text) == sets("ARE+ETH")


def test_a_treaty_in_a_which_clause_between_two_states_named_there_is_still_found():
    text = "The treaty, which Chile and Peru signed on Friday, covers lithium mining."
    assert party_sets(text) == sets("CHL+PER")


def test_instruments_listed_after_include_are_each_an_act():
    text = ("Chile and Peru signed 12 cooperation documents on Friday. The documents include a memorandum on "
            "satellites, a project the two countries have run since 1998, and an agreement on artificial intelligence.")
    assert party_sets(text)[frozenset({"CHL", "PER"})] >= 2


def test_one_instrument_including_two_topics_is_one_act():
    text = "Chile and Peru signed a memorandum on Friday including a section on satellites and data."
    assert party_sets(text) == sets("CHL+PER")


def test_the_broader_agreement_an_act_is_part_of_is_another_act():
    text = ("The interim trade agreement between Chile and Peru entered into force on Saturday. The agreement is part "
            "of the broader Chile-Peru Framework Agreement signed in Lima in December 2023.")
    assert party_sets(text) == sets("CHL+PER", "CHL+PER")


def test_a_bloc_whose_members_a_which_clause_lists_deals_as_the_bloc():
    text = ("Separately, Chile said it was close to finalising its trade agreement with the Mercosur bloc, which groups "
            "Brazil, Argentina, Paraguay and Uruguay.")
    assert party_sets(text) == sets("CHL+MERCOSUR")


def test_what_the_two_also_signed_at_the_time_just_named_is_another_act():
    text = ("Chile and Peru elevated their ties to a comprehensive strategic partnership in September 2023, when the "
            "two countries also signed a memorandum of understanding on semiconductor supply chains.")
    assert party_sets(text) == sets("CHL+PER", "CHL+PER")


def test_when_of_a_condition_splits_no_act():
    text = "Chile and Peru will sign a memorandum on chips next year, when the two countries hold elections."
    assert party_sets(text) == sets("CHL+PER")


def test_an_initiative_a_blocs_declaration_welcomed_by_name_is_another_act_of_the_bloc():
    text = ("BRICS leaders on Wednesday adopted the Kazan Declaration on digital cooperation. The declaration "
            "welcomed the BRICS Cross-Border Payments Initiative and tasked ministers to study a grain exchange.")
    acts = acts_of(text)
    assert [set(a.parties) for a in acts] == [{"BRICS"}, {"BRICS"}]
    assert {a.kind for a in acts} == {"declaration", "initiative"}


def test_welcoming_by_name_the_act_in_focus_adds_no_act():
    text = ("Chile and Peru launched the Andean Lithium Initiative on Monday. Ministers welcomed the Andean Lithium "
            "Initiative as a model for the region.")
    assert party_sets(text) == sets("CHL+PER")


def test_a_state_in_the_name_of_a_forum_is_no_party():
    text = ("Ruto will attend the Forum on China-Africa Cooperation summit in September, where African Union officials "
            "are set to push for more technology transfer.")
    assert not [a for a in acts_of(text) if len(a.parties) >= 2]


def test_cooperation_on_a_state_named_after_for_still_counts():
    text = "Japan signed a memorandum with India on Monday on funding for India's chip plants."
    assert party_sets(text) == sets("IND+JPN")


def test_the_state_the_parties_are_wary_of_is_no_party():
    text = ("Chile and Peru on Monday signed a defence agreement, as both countries grow wary of China's maritime "
            "assertiveness.")
    assert party_sets(text) == sets("CHL+PER")


def test_instruments_one_state_has_with_each_of_two_others_are_two_acts():
    text = "Peru has a similar agreement with Chile and a visiting forces agreement with Ecuador, dating back to 1998."
    assert party_sets(text) == sets("CHL+PER", "ECU+PER")


def test_a_pair_named_after_and_with_its_own_verb_tells_its_own_act():
    text = ("Russia and China signed a joint statement on Thursday, and Russia and Kazakhstan agreed to set up a "
            "working group on artificial intelligence.")
    assert party_sets(text) == sets("CHN+RUS", "KAZ+RUS")


def test_a_headlines_second_clause_about_joining_is_no_party_of_the_first():
    text = ("SCO leaders adopt Astana Declaration, Belarus joins\n\n"
            "The heads of state of the SCO adopted the Astana Declaration and a strategy on energy on Thursday.")
    assert party_sets(text) == sets("SCO", "SCO")


def test_a_pact_with_the_participation_of_a_third_state_is_an_act_of_all_three():
    text = ("India and Sri Lanka on Saturday signed seven agreements, including a defence memorandum and a pact to "
            "develop an energy hub with the participation of the United Arab Emirates.")
    assert frozenset({"ARE", "IND", "LKA"}) in party_sets(text) and frozenset({"ARE", "IND"}) not in party_sets(text)


def test_the_leads_instrument_is_the_headlines_act_even_told_as_a_second_one():
    text = ("Chile, Peru sign mining pact, agree on port hub with Bolivia\n\n"
            "Chile and Peru on Friday signed a mining memorandum and a pact on a port hub with the participation of "
            "Bolivia.")
    assert party_sets(text)[frozenset({"BOL", "CHL", "PER"})] == 1
