"""Exact party sets when a third state is named beside an act in the roles real wire copy gives it (round 5: the
classes were measured on real passages; every sentence here is our own): the state an act is aimed at, a border
or a ranking it is compared by, a state's war as the cause, the leader a bloc is described by, a protest, a city
of a state named by its possessive, a state's news agency, a source with an apposition, a bloc's meeting as the
setting; and the size of a list after "between". Each rule has sentences that must not fire."""

from __future__ import annotations

import pytest

from .extraction import party_sets, sets


@pytest.mark.parametrize("text, expected", [
    # the state an act is aimed at
    ("Japan, India and Australia launched a supply chain initiative with the aim of deterring China.", ["AUS+IND+JPN"]),
    ("The United States and the Philippines signed a pact on drones aimed at pushing back against China.",
     ["PHL+USA"]),
    ("Lithuania and Poland agreed on a cyber shield plan meant to isolate Belarus.", ["LTU+POL"]),
    # a border or a ranking the act is measured by
    ("Finland and Sweden signed a cyber defence pact that lengthens the alliance's border with Russia.", ["FIN+SWE"]),
    ("Singapore and Vietnam signed a data agreement that puts Vietnam third in the region, behind Malaysia.",
     ["SGP+VNM"]),
    ("India and Japan agreed to build a chip plant, hoping to close the gap after overtaking Germany.", ["IND+JPN"]),
    # a state's war, or the state it is waged on, as the cause
    ("Estonia and Latvia agreed on a joint power grid plan, a decision sparked by Russia's invasion of Ukraine.",
     ["EST+LVA"]),
    ("Moldova and Romania signed an energy security agreement after Russia's full-scale war against Ukraine.",
     ["MDA+ROU"]),
    # the leader a bloc is described by, and who protests
    ("Poland and Lithuania signed an agreement on air defence within the US-led alliance.", ["LTU+POL"]),
    ("Norway and Iceland agreed on an Arctic data cable and drew a sharp warning from Moscow.", ["ISL+NOR"]),
    # a capital named with its state's possessive: the venue
    ("Brazil and Argentina signed a nuclear research deal in Uruguay's capital Montevideo on Tuesday.", ["ARG+BRA"]),
    # a bloc's meeting as the setting, its acronym in brackets too
    ("Armenia will not attend the summit of the Collective Security Treaty Organization (CSTO) in Minsk next week.", []),
    # must not fire: the same words where the state acts
    ("Japan, aiming to deter cyber threats, signed a cybersecurity pact with the Philippines.", ["JPN+PHL"]),
    ("Sweden signed a border security agreement with Norway.", ["NOR+SWE"]),
    ("Ukraine and Poland signed a drone production agreement.", ["POL+UKR"]),
    ("Germany's war-time debt agreement with Greece was signed in 1953, covering data.", ["DEU+GRC"]),
    ("The Shanghai Cooperation Organisation (SCO) and Iran signed a memorandum on digital trade.", ["IRN+SCO"]),
    ("Brazil signed a nuclear research deal with Uruguay in Montevideo on Tuesday.", ["BRA+URY"]),
])
def test_a_third_state_in_a_side_role_is_not_a_party(text, expected):
    assert party_sets(text) == sets(*expected)


@pytest.mark.parametrize("text, expected", [
    # a state's news agency as the source
    ("According to the Kuwait News Agency, Qatar and Oman agreed to link their payment systems.", ["OMN+QAT"]),
    ("Qatar and Oman agreed to link their payment systems, the Emirates News Agency reported.", ["OMN+QAT"]),
    # a closing source with an apposition
    ("Iran is expected to sign a memorandum on nuclear energy with Belarus next week, according to Sergei Lavrov, "
     "the foreign minister of Russia.", ["BLR+IRN"]),
    ("Kenya and Ethiopia signed an agreement to build a fibre link, the Nation news agency, run by the Tanzanian "
     "government, reported on Monday.", ["ETH+KEN"]),
    # must not fire: a party after the source's name, and a state that tells its own act
    ("Kenya and Ethiopia signed an agreement to build a fibre link, according to officials, and Uganda will join it "
     "next year.", ["ETH+KEN+UGA"]),
    ("Vietnam said it signed a semiconductor agreement with South Korea.", ["KOR+VNM"]),
])
def test_a_source_named_with_an_apposition_or_as_a_news_agency_is_not_a_party(text, expected):
    assert party_sets(text) == sets(*expected)


@pytest.mark.parametrize("text, expected", [
    ("A new defence partnership between Japan, the Philippines and Australia will speed up work on undersea drones.",
     ["AUS+JPN+PHL"]),
    ("The trilateral pact between Brazil, India and South Africa has set up a joint fund for satellite research.",
     ["BRA+IND+ZAF"]),
    # (the standing partnership and the groups it has set up: two acts of the three, prior_acts.SUBJECT_MAKER)
    ("The AUKUS partnership between Australia, the US and Britain has set up working groups on quantum computing.",
     ["AUS+GBR+USA", "AUS+GBR+USA"]),
    # must not fire: two sides, then someone else
    ("The agreement between India and Brazil, the ministry said, covers satellite data.", ["BRA+IND"]),
    ("A free trade agreement between the EAEU and Serbia will be signed on Friday.", ["EAEU+SRB"]),
])
def test_a_list_after_between_names_every_side(text, expected):
    assert party_sets(text) == sets(*expected)


@pytest.mark.parametrize("text, expected", [
    # a state inviting others into a bloc: a step of the bloc's membership
    ("South Africa has extended invitations to Egypt, Ethiopia and Iran to join BRICS as full members.", []),
    ("Russia invited Laos to become a full member of the SCO at the summit.", []),
    # must not fire: the bloc's own offer, and an invitation into an arrangement of the inviter's
    ("BRICS invited Iran to join the bloc.", ["BRICS+IRN"]),
    ("Indonesia invited Vietnam to join its new battery alliance.", ["IDN+VNM"]),
    ("Russia invited India to join the SCO's new AI initiative.", ["IND+RUS"]),
])
def test_a_state_inviting_others_into_a_bloc_makes_no_act_with_them(text, expected):
    assert party_sets(text) == sets(*expected)


@pytest.mark.parametrize("text, expected", [
    # a list of states after "in" is no "city, state": each state stays
    ("The Fed expanded its swap lines for central banks in Australia, Brazil, South Korea and Sweden.",
     ["AUS+USA", "BRA+USA", "KOR+USA", "SWE+USA"]),
    ("The Fed said it would expand its so-called 'swap' lines for central banks in Canada and Japan.",
     ["CAN+USA", "JPN+USA"]),
    # swap lines given to several with nobody named as the giver: the maker the story named before, one line each
    ("The Bank of England expanded its swap lines with the central banks of Canada and Japan. Similar swap lines "
     "were extended to Denmark, Norway and New Zealand.",
     ["CAN+GBR", "GBR+JPN", "DNK+GBR", "GBR+NOR", "GBR+NZL"]),
    # must not fire: a city and its state, and a place set off before the subject
    ("Angola and Zambia signed a railway agreement in Luanda, Angola on Friday.", ["AGO+ZMB"]),
    ("Under the deal signed in Canberra, Australia will supply lithium to India.", ["AUS+IND"]),
    ("Denmark, Norway and New Zealand signed a joint statement on Arctic research.", ["DNK+NOR+NZL"]),
])
def test_swap_lines_to_a_list_of_states_are_one_line_each(text, expected):
    assert party_sets(text) == sets(*expected)


@pytest.mark.parametrize("text, expected", [
    # a counted group as the subject: the states last named together, not the one it helps nor the bloc
    ("The leaders of the US, Britain and Australia met in Washington. The three countries have made progress in "
     "helping Australia acquire nuclear-powered submarines through the AUKUS partnership.", ["AUS+GBR+USA"]),
    ("The leaders of Japan, India and Australia issued a joint statement on supply chains. The three countries have "
     "made progress in helping India build chip plants under the Quad.", ["AUS+IND+JPN"]),
    # must not fire: the group helps a state it does not count, or is not the subject before the names
    ("Russia and China signed a gas supply agreement. The two countries also agreed to help Laos build a railway.",
     ["CHN+RUS", "CHN+LAO+RUS"]),
    ("The presidents of Kenya, Uganda and Tanzania met in Arusha. The three nations launched a joint programme to "
     "help Uganda build a data centre.", ["KEN+TZA+UGA"]),
])
def test_a_counted_group_as_subject_stands_for_the_states_last_named_together(text, expected):
    assert party_sets(text) == sets(*expected)


@pytest.mark.parametrize("text, expected", [
    # "bilateral" after a list of many: which two is not told
    ("The presidents of Russia, Iran, Kazakhstan, Belarus, India and Pakistan arrived in Tianjin on Saturday. Xi "
     "Jinping held bilateral meetings with each of the leaders, stressing the need to enhance cooperation on trade.",
     []),
    # "between" one side and an unnamed group: no act with the speaker who wishes it
    ("Cooperation between the Eurasian Economic Union and other countries should expand, the Russian president said.",
     []),
    ("Russian President Vladimir Putin called for expanding cooperation between the Eurasian Economic Union (EAEU) and "
     "other countries.", []),
    # must not fire: two states named together, and both sides of "between" named
    ("The leaders of China, Laos and Thailand met in Vientiane to open a railway link. China and Laos also signed a "
     "bilateral agreement on digital customs.", ["CHN+LAO"]),
    ("The deal boosts cooperation between the EAEU and Iran on digital trade.", ["EAEU+IRN"]),
])
def test_an_unnamed_side_or_an_untold_two_of_many_makes_no_act(text, expected):
    assert party_sets(text) == sets(*expected)


@pytest.mark.parametrize("text, expected", [
    # a bloc's own instrument told after today's attendees: its founding act, not theirs
    ("The leaders of Russia, Belarus, Kazakhstan, Armenia, Kyrgyzstan and Tajikistan attended the summit in Minsk. "
     "The CSTO Treaty was signed on May 15, 1992, in Tashkent.", []),
    ("The leaders of Thailand, Vietnam, Laos and Cambodia attended the summit in Jakarta. The ASEAN Charter was "
     "signed in 2007.", []),
    # a group described by some of its members, the list left open
    ("The goal is to overcome differences among the group, which includes the United States, China, Russia and "
     "others, to advance a roadmap on digital trade.", []),
    # must not fire: an instrument of nobody named told after the attendees is theirs; a closed list names members
    ("The leaders of Russia, Belarus, Kazakhstan, Armenia, Kyrgyzstan and Tajikistan attended the summit in Minsk. A "
     "declaration on information security was signed.", ["ARM+BLR+KAZ+KGZ+RUS+TJK"]),
    ("The leaders of Indonesia, Malaysia, Thailand and Vietnam attended the summit in Jakarta. The ASEAN Declaration "
     "on AI Governance was adopted.", ["IDN+MYS+THA+VNM"]),
    ("Brazil, India and South Africa, among others, signed a joint statement on digital public infrastructure.",
     ["BRA+IND+ZAF"]),
])
def test_a_blocs_own_instrument_or_an_open_member_list_gives_no_parties(text, expected):
    assert party_sets(text) == sets(*expected)


@pytest.mark.parametrize("text, expected", [
    # a dash typed as two hyphens sets off a list of states
    ("Leaders of the region--China, Japan and South Korea--signed a trilateral declaration on AI safety.",
     ["CHN+JPN+KOR"]),
    # must not fire: a hyphen inside a word is no dash
    ("Japan and South Korea signed a pact to build non-China supply chains for chips.", ["JPN+KOR"]),
])
def test_a_list_after_a_typed_double_hyphen_names_its_states(text, expected):
    assert party_sets(text) == sets(*expected)


@pytest.mark.parametrize("text, expected", [
    # a waterway named after a state is a thing, not the state acting
    ("The United States said Chinese control over the Panama Canal area represents a violation of the Treaty "
     "Concerning the Permanent Neutrality of the Canal.", []),
    ("Malaysia and Indonesia signed a maritime patrol agreement covering the South China Sea.", ["IDN+MYS"]),
    # must not fire: the state itself beside its canal
    ("The United States and Panama signed an agreement on security of the Panama Canal.", ["PAN+USA"]),
    ("Japan and South Korea agreed to lay a data cable across the Korea Strait.", ["JPN+KOR"]),
])
def test_a_waterway_named_after_a_state_is_not_the_state(text, expected):
    assert party_sets(text) == sets(*expected)


@pytest.mark.parametrize("text, expected", [
    # the state an act serves, is a model for, or deals a blow to
    ("Japan and India signed a memorandum on a satellite network that will provide internet for Sri Lanka.",
     ["IND+JPN"]),
    ("Saudi Arabia and the UAE agreed to fund a data centre for Egypt under a new initiative.", ["ARE+SAU"]),
    ("The Singaporean and Australian governments signed a green economy agreement, a model for Indonesia.",
     ["AUS+SGP"]),
    ("Australia and the US signed a critical minerals deal, a blow to China's dominance of the sector.", ["AUS+USA"]),
    # the chair or host of the meeting where two others act
    ("Uzbekistan and Kazakhstan signed a water-sharing agreement at a meeting chaired by Turkmenistan.",
     ["KAZ+UZB"]),
    # the matter an instrument is on
    ("Germany and France signed a declaration on Ukraine's reconstruction and digital infrastructure.", ["DEU+FRA"]),
    ("Brazil and Argentina agreed on a joint statement on China's rare earth export curbs.", ["ARG+BRA"]),
    # a third state taking part in the act: one act of all three, not one with each
    ("Chile and Peru signed a lithium agreement with the participation of Bolivia.", ["BOL+CHL+PER"]),
    # must not fire: the state after "for" or "on" that acts
    ("Japan signed a deal with India for a satellite network.", ["IND+JPN"]),
    ("Ukraine signed a declaration on reconstruction with Germany.", ["DEU+UKR"]),
    ("Chile, Peru and Bolivia signed a lithium agreement with Argentina.", ["ARG+CHL", "ARG+PER", "ARG+BOL"]),
])
def test_a_state_served_or_told_about_is_not_a_party(text, expected):
    assert party_sets(text) == sets(*expected)


@pytest.mark.parametrize("text, expected", [
    # where a line leads or a flow passes
    ("Iran and Russia signed an agreement on a north-south transport corridor to India.", ["IRN+RUS"]),
    ("Nepal and Bangladesh signed a power trade deal allowing electricity to flow through India.", ["BGD+NPL"]),
    # the other side of an earlier act, and a list after a side role shares it
    ("Thailand and Cambodia agreed on a cross-border QR payment link, following similar links with Malaysia and "
     "Singapore.", ["KHM+THA"]),
    ("Turkey and Azerbaijan signed an energy deal in Nakhchivan, near the border with Armenia and Iran.",
     ["AZE+TUR"]),
    # who funds it, and a third state's official quoted in an aside
    ("Singapore and Indonesia signed an agreement on carbon capture, with funding from the Asian Development Bank "
     "and Japan.", ["IDN+SGP"]),
    ("Canada and Germany signed a hydrogen pact that the US ambassador called a model for the alliance.",
     ["CAN+DEU"]),
    ("Georgia and Azerbaijan signed a cable deal bypassing Russia, Armenia and Iran.", ["AZE+GEO"]),
    # must not fire: a list after a side role that starts a clause of its own, a bloc as the way, the funder as a side
    ("Unlike Vietnam, Thailand and Malaysia signed the digital trade pact.", ["MYS+THA"]),
    ("Kazakhstan and Uzbekistan signed an agreement to route their exports through Turkey.", ["KAZ+UZB"]),
    ("Japan and India agreed to cooperate on chips through the Quad.", ["IND+JPN"]),
    ("Japan signed a loan agreement with Indonesia for a data centre.", ["IDN+JPN"]),
    ("Laos signed a railway agreement with China and Thailand.", ["CHN+LAO+THA"]),
])
def test_where_a_line_leads_who_funds_and_earlier_partners_are_not_parties(text, expected):
    assert party_sets(text) == sets(*expected)


@pytest.mark.parametrize("text, expected", [
    # a role that may hold a side keeps the state when it is the only other party
    ("Russia will build a nuclear power plant for Egypt under an agreement signed on Monday.", ["EGY+RUS"]),
    ("Russia signed an agreement to build a gas pipeline to China.", ["CHN+RUS"]),
    ("Laos signed a railway agreement with funding from China.", ["CHN+LAO"]),
    ("Iran signed a cyber security agreement at a ceremony hosted by Russia.", ["IRN+RUS"]),
    # and leaves it out beside two others
    ("Russia signed a deal to supply gas to China via Mongolia.", ["CHN+RUS"]),
    ("Kazakhstan and Uzbekistan signed a water agreement at a ceremony hosted by Russia.", ["KAZ+UZB"]),
])
def test_a_state_served_hosting_or_funding_is_a_party_only_without_two_others(text, expected):
    assert party_sets(text) == sets(*expected)


@pytest.mark.parametrize("text, expected", [
    # words between the count and the noun, or another noun for states: still the group last named together
    ("The presidents of Kazakhstan and Uzbekistan met in Astana. The two Central Asian neighbours signed an agreement "
     "on water and energy data.", ["KAZ+UZB"]),
    ("The leaders of France and Germany met in Berlin on Monday. The two allies agreed to build a joint AI research "
     "centre.", ["DEU+FRA"]),
    ("Foreign ministers of Chile, Peru and Colombia met in Lima. The three Andean nations launched a Pacific Alliance "
     "programme on digital customs.", ["CHL+COL+PER"]),
    # a name in a fronted phrase does not join the group; "the two other countries" is not the pair just named
    ("Foreign ministers of Chile, Peru and Colombia met in Lima. After talks hosted by Peru's foreign minister, the "
     "three nations launched a Pacific Alliance programme on digital customs.", ["CHL+COL+PER"]),
    ("The presidents of Kazakhstan and Uzbekistan met in Astana. The two other countries signed an agreement on water.",
     []),
])
def test_a_counted_group_with_words_before_its_noun_stands_for_the_states_last_named_together(text, expected):
    assert party_sets(text) == sets(*expected)


@pytest.mark.parametrize("text, expected", [
    # the state that dominates or controls the field an act is about is told about, not a side
    ("Canada and Japan agreed to cooperate on rare earth processing, a sector dominated by China.", ["CAN+JPN"]),
    ("India and France signed a pact on gallium supply chains, a market largely controlled by China.", ["FRA+IND"]),
    ("Chile and South Korea signed a lithium accord — a trade long monopolised by China — in Santiago.", ["CHL+KOR"]),
    # must not fire: a state that leads or hosts the act with one other is a side
    ("A cable partnership led by the United States was signed with Fiji on Monday.", ["FJI+USA"]),
])
def test_a_state_dominating_the_field_of_an_act_is_not_a_party(text, expected):
    assert party_sets(text) == sets(*expected)


@pytest.mark.parametrize("text, expected", [
    # a closing attribution with its verb first, as wire copy writes it: the source's state is no side
    ("Georgia and Armenia have drafted a roadmap on digital customs, said Russian official Anna Ivanova.",
     ["ARM+GEO"]),
    ("Laos has prepared its ASEAN digital accession roadmap, stated a Thai commerce ministry official.", ["ASEAN+LAO"]),
    ("Kenya and Ethiopia will sign a data-sharing pact in May, said Anna Ivanova, the spokeswoman of the Russian "
     "foreign ministry, reported the TASS agency.", ["ETH+KEN"]),
    # must not fire: the act's own sides named before the attribution
    ("Georgia signed a digital customs roadmap with Russia, said Armenian official Anna Ivanova.", ["GEO+RUS"]),
    ("Russia signed a nuclear deal with Iran, said Putin.", ["IRN+RUS"]),
    # the source's city told with its state as an apposition without an article
    ("Georgia and Armenia signed a roadmap on digital customs, according to news reaching here from Tashkent, capital of"
     " Uzbekistan.", ["ARM+GEO"]),
])
def test_a_closing_attribution_with_its_verb_first_names_no_side(text, expected):
    assert party_sets(text) == sets(*expected)


@pytest.mark.parametrize("text, expected", [
    # "said" followed by a clause of its own (a verb in it) is reported speech, not a closing attribution
    ("Chile has a new space policy. On Monday, its adviser, a former minister, said the country would not be joining "
     "China's lunar programme.", ["CHL+CHN"]),
    ("Peru wants closer ties. Its envoy, an economist, said the country will sign a fisheries pact with Japan.",
     ["JPN+PER"]),
])
def test_said_before_a_clause_of_its_own_is_no_closing_attribution(text, expected):
    assert party_sets(text) == sets(*expected)



@pytest.mark.parametrize("text, matter", [
    # a state's matter among the issues of a meeting is no member of the pair "the two countries" means next
    ("Brazil's president will arrive in Argentina on Friday for a summit with President Milei on a range of issues, "
     "including Venezuela's oil exports. The two countries will sign agreements on small reactors.", "VEN"),
    ("Japan's premier is set to arrive in Manila for talks on several matters, such as China's coast guard. The two "
     "countries will sign a memorandum on satellites.", "CHN"),
])
def test_a_states_matter_among_the_issues_talked_over_is_no_side(text, matter):
    assert not any(matter in parties for parties in party_sets(text))
