"""Memberships that general news about technology deals tells in passing (round 5): the bloc described as a body made
of its states, a later joiner after "and which", a long participle aside, "other countries such as", a quoted bloc name,
the bloc's own partnership between its states, states added to a plural subject, an apposition under a condition on
its clause, and a counted set whose list goes on with other items. Sentences written for these tests, each shape with
look-alikes that must not fire."""

from __future__ import annotations

import pytest

from .extraction import each, members


@pytest.mark.parametrize(("text", "expected"), [
    ("The EAEU is an economic union that brings together Russia, Belarus, Kazakhstan, Armenia and Kyrgyzstan.",
     each("EAEU", "RUS", "BLR", "KAZ", "ARM", "KGZ")),
    ("Mercosur is a South American trade bloc which currently comprises Argentina, Brazil, Paraguay and Uruguay.",
     each("MERCOSUR", "ARG", "BRA", "PRY", "URY")),
    ("BRICS held talks. The grouping is an intergovernmental body which originally consisted of Brazil, Russia and India.",
     each("BRICS", "BRA", "RUS", "IND")),
    ("BRICS is a forum which includes Malaysia and Thailand as partner countries.", set()),
    ("The SCO is an organisation that brings together officials from Turkey and Egypt.", set()),
    ("The EU is a large market for goods which come from Kenya and Ghana.", set()),
])
def test_bloc_described_as_a_body_made_of_its_states(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya signed with the EAEU, which was created by Russia and Belarus and which was later joined by Armenia.",
     each("EAEU", "RUS", "BLR", "ARM")),
    ("The SCO, which was founded in 2001 and which was later joined by observers such as Mongolia, met in Astana.", set()),
])
def test_a_later_joiner_after_and_which(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("NATO, set up in 1949 to counter the threat posed by the Soviet Union to Western Europe, groups Canada, Norway and Italy.",
     each("NATO", "CAN", "NOR", "ITA")),
    ("The GCC, formed in 1981, signed a deal with Japan and India.", set()),
])
def test_a_long_participle_aside_between_the_bloc_and_its_members(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("BRICS met in Kazan. It has since grown to include other countries such as Egypt and Iran.", each("BRICS", "EGY", "IRN")),
    ("BRICS met in Kazan. The group has expanded to include new members like Ethiopia.", each("BRICS", "ETH")),
    ("BRICS met in Kazan. It has grown to include partner countries such as Cuba and Bolivia.", set()),
    ("BRICS met in Kazan. The forum has grown to include observers such as Mongolia.", set()),
])
def test_grown_to_include_other_countries_such_as(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('Envoys from "the Quad" nations of India, Japan, Australia and the United States met in Delhi.',
     each("QUAD", "IND", "JPN", "AUS", "USA")),
    ("Ministers of the ‘BRICS’ countries of Brazil and India spoke.", each("BRICS", "BRA", "IND")),
    ('The "EU" label was seen on goods from Kenya and Ghana.', set()),
])
def test_a_bloc_name_in_quotation_marks(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Canberra reviewed the AUKUS partnership between Australia, Britain and the United States.", each("AUKUS", "AUS", "GBR", "USA")),
    ("The Quad grouping among India, Japan, Australia and the US has a new agenda.", each("QUAD", "IND", "JPN", "AUS", "USA")),
    ("The EU partnership between Kenya and Ghana covers hydrogen.", set()),
    ("The EU partnership with Japan, Korea and Canada covers chips.", set()),
    ("The OPEC deal between Saudi Arabia, Russia and Kazakhstan holds.", set()),
])
def test_the_blocs_own_partnership_between_its_states(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("These countries, together with Spain and Portugal, are the only EU countries that banned the vendor.", each("EU", "ESP", "PRT")),
    ("Both states, along with Chile, are APEC members.", each("APEC", "CHL")),
    ("These countries, together with Norway, are the only European countries to do so.", set()),
    ("These countries, together with Turkey, are EU candidate countries.", set()),
])
def test_states_added_to_a_plural_subject_the_predicate_calls_bloc_countries(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The EU has a plan. If member states, including Poland and Italy, delay, Brussels will act.", each("EU", "POL", "ITA")),
    ("Should ASEAN members such as Vietnam object, the deal would fail.", each("ASEAN", "VNM")),
    ("If Ukraine joined NATO, Moscow would respond.", set()),
    ("Should Serbia become a member of the EU, it would adopt the rules.", set()),
])
def test_a_condition_on_the_clause_is_no_condition_on_a_named_membership(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The rules apply in the 27 EU member states, Iceland, Liechtenstein and Norway.", set()),
    ("The study covers all ten ASEAN members, Japan and Korea.", set()),
    ("The five BRICS countries, Brazil, Russia, India, China and South Africa, met in Goa.",
     each("BRICS", "BRA", "RUS", "IND", "CHN", "ZAF")),
    ("All 27 EU member states, including France and Italy, agreed.", each("EU", "FRA", "ITA")),
    ("EU member states Poland and Hungary objected.", each("EU", "POL", "HUN")),
])
def test_a_counted_set_of_members_is_not_continued_by_other_items(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Latvia and Finland were added to the list. These countries, together with Spain, are the only EU countries that did so.",
     each("EU", "LVA", "FIN", "ESP")),
    ("Poland and Lithuania signed a deal. Those states are members of NATO.", each("NATO", "POL", "LTU")),
    ("Chile and Peru were added. According to the ministry, these countries are APEC members.", each("APEC", "CHL", "PER")),
    ("Chile and Peru were added. According to Brazil and the EU, these countries are the only EU countries in it.", set()),
    ("Poland and Lithuania signed a deal with Ukraine. These countries are NATO members.", set()),
    ("Germany's minister met Japan and Korea. These countries are not EU members.", set()),
    ("Serbia and Albania want to join. These countries are EU candidates.", set()),
])
def test_these_countries_are_bloc_members_names_the_one_list_before(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Bank of Japan and the central banks of three ASEAN member nations signed a pact. It links Vietnam, Laos and Cambodia "
     "with Japan's network.", each("ASEAN", "VNM", "LAO", "KHM")),
    ("Officials of four Asean (Association of Southeast Asian Nations) nations met. Malaysia, Singapore, Thailand and Vietnam "
     "sent ministers.", each("ASEAN", "MYS", "SGP", "THA", "VNM")),
    ("Japan and three ASEAN nations signed a pact. It links Japan, Vietnam and Laos.", set()),
    ("Four ASEAN nations signed a pact. It links Vietnam, Laos, Cambodia and Thailand, but not Myanmar.", set()),
])
def test_counted_members_named_in_the_next_sentence_beside_other_states(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The 27-member EU signed a deal with Japan; Germany, a member of the bloc, pushed for it.", each("EU", "DEU")),
    ("The SCO met Turkey; Iran, an SCO member since 2023, stayed away.", each("SCO", "IRN")),
    ("BRICS members are Brazil; Russia; India and China.", each("BRICS", "BRA", "RUS", "IND", "CHN")),
])
def test_one_semicolon_parts_two_clauses_and_never_joins_a_list(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Thailand, Vietnam and Indonesia were among the ASEAN member states that signed the pact.",
     each("ASEAN", "THA", "VNM", "IDN")),
    ("BRICS met. Brazil and Mexico were among the member states that voted at the UN.", set()),
    ("Peru was among the APEC members at the table.", each("APEC", "PER")),
    ("Japan was among the members of the G7 that backed it.", each("G7", "JPN")),
    ("Kenya and Ghana were among the members present at the ITU council.", set()),
    ("Brazil was among the non-member states invited.", set()),
    ("Norway was among the countries that signed with EU member states.", set()),
    ("Serbia is one of the countries that trade with EU member states.", set()),
])
def test_among_the_member_states(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The launch makes Egypt the first BRICS member to use the platform.", each("BRICS", "EGY")),
    ("The vote made Sweden NATO's newest member.", each("NATO", "SWE")),
    ("Joining would make Ukraine the first NATO member to border Russia and Belarus.", set()),
    ("The plan is to make Georgia the first EU member in the Caucasus.", set()),
    ("The pact makes Japan a partner of the EU.", set()),
    ("The deal made Kenya the first African state to join the EU scheme.", set()),
])
def test_made_a_bloc_member_as_a_small_clause(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Brazil's fellow BRICS members China and Egypt abstained.", each("BRICS", "BRA", "CHN", "EGY")),
    ("Canada's fellow G7 leaders backed the plan.", each("G7", "CAN")),
    ("France and its EU peers backed the chip act.", each("EU", "FRA")),
    ("Australia and its Quad counterparts launched the initiative.", each("QUAD", "AUS")),
    ("Ukraine and its NATO allies met in Brussels.", set()),
    ("Japan and its G7 partners agreed.", set()),
    ("Brazil's former BRICS peers met.", set()),
])
def test_a_state_with_its_fellows_or_peers_in_a_bloc(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Officials said Greece - like other EU countries - agreed.", each("EU", "GRC")),
    ("Officials said Turkey - and other non-EU countries - refused.", set()),
    ("The Quad – a grouping of the US, India, Japan and Australia – met in Tokyo.", each("QUAD", "USA", "IND", "JPN", "AUS")),
    ("The EU – a partner of Japan and Korea – met in Tokyo.", set()),
])
def test_the_dash_sets_off_an_aside_as_the_comma_does(text, expected):
    assert members(text) == expected
