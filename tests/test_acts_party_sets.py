"""Exact party sets in shapes met in real wire copy (round 4: measured on real passages; the sentences here are our
own, written in those shapes): states named as the cause or setting of an act, the two sides of a rivalry, trade
bodies and bases, invitations to attend, instruments signed with each of several, instruments merely sought.
Each rule has sentences that must not fire."""

from __future__ import annotations

import pytest

from .extraction import acts_of, party_sets, sets


@pytest.mark.parametrize("text, expected", [
    # the cause an act answers
    ("Beijing suspended climate cooperation with Washington in response to a US senator's trip to Taiwan.",
     ["CHN+USA"]),
    ("The Quad unveiled a new initiative on rare earths on Monday, in a move read as a response to China's export "
     "curbs.", ["QUAD"]),
    ("Canada and Mexico launched a joint AI fund in reaction to Chinese subsidies, officials said.", ["CAN+MEX"]),
    # the circumstance or the state gone around
    ("Japan and the European Union agreed to build an Arctic data cable bypassing Russia.", ["EU+JPN"]),
    ("Kazakhstan and Azerbaijan signed a fibre-optic deal amid Russia's war on Ukraine.", ["AZE+KAZ"]),
    ("Japan and the United States agreed to a new framework on key minerals amid China's economic coercion.",
     ["JPN+USA"]),
    ("Washington froze space cooperation with Moscow over the Ukraine events, the ministry recalled.", ["RUS+USA"]),
    # the sides of a rivalry told beside an act
    ("A Korean chip association agreed to cooperate with its Japanese counterpart, a rare step amid tensions "
     "between Washington and Beijing.", []),
    ("Vietnam and the Philippines signed a coast guard pact, the latest sign of the rivalry between China and its "
     "neighbours.", ["PHL+VNM"]),
    # must not fire: the state acting, with these words elsewhere
    ("Japan signed a data agreement with the European Union amid a boom in AI investment.", ["EU+JPN"]),
    ("Russia and Iran signed a treaty in response to questions from both parliaments.", ["IRN+RUS"]),
    ("The agreement between India and Brazil was signed on Friday.", ["BRA+IND"]),
])
def test_a_state_named_as_cause_setting_or_rival_is_not_a_party(text, expected):
    assert party_sets(text) == sets(*expected)


@pytest.mark.parametrize("text, expected", [
    ("The India Semiconductor Association signed a memorandum with its British counterpart on chip design.", []),
    ("The Egypt Bankers Federation and a Saudi lender agreed to share fintech data.", []),
    ("The Beijing-based academy said it will set up a working group with a Seoul-based institute.", []),
    # must not fire: a ministry or the state itself
    ("India's Ministry of Electronics signed a memorandum with the United Kingdom on chip design.", ["GBR+IND"]),
    ("India and the United Kingdom signed a memorandum on chip design.", ["GBR+IND"]),
])
def test_a_trade_body_or_a_base_named_after_a_state_is_not_the_state(text, expected):
    assert party_sets(text) == sets(*expected)


@pytest.mark.parametrize("text, expected", [
    ("Apart from that, Laos, Belarus and Mongolia were invited as observers.", []),
    ("Heads of four organizations, namely ASEAN, the CIS and the EAEU, were invited.", []),
    ("The Indian prime minister will attend the summit in Kazan at the invitation of the Russian president.", []),
    ("Beijing invited Islamabad to the summit in Tianjin.", []),
    # must not fire: an invitation to do something is a proposal
    ("Moscow invited New Delhi to join its lunar station project.", ["IND+RUS"]),
    ("The Indian space agency has invited Argentina's space commission to consider India for future launches.",
     ["ARG+IND"]),
])
def test_an_invitation_to_attend_is_no_proposal(text, expected):
    assert party_sets(text) == sets(*expected)
    assert all(a.kind == "proposal" for a in acts_of(text))


@pytest.mark.parametrize("text, expected", [
    ("Russia will sign agreements on peaceful nuclear cooperation with Burundi and Zimbabwe next week.",
     ["BDI+RUS", "RUS+ZWE"]),
    ("India signed agreements in the fields of space and health with Nepal and Bhutan on Friday.",
     ["IND+NPL", "BTN+IND"]),
    ("Egypt inked contracts for grain storage technology with France, Romania and Ukraine.",
     ["EGY+FRA", "EGY+ROU", "EGY+UKR"]),
    # must not fire: one instrument of three, or no list after "with"
    ("Russia signed an agreement on nuclear cooperation with Burundi and Zimbabwe.", ["BDI+RUS+ZWE"]),
    ("Russia signed agreements on nuclear cooperation with Burundi.", ["BDI+RUS"]),
])
def test_plural_instruments_on_a_topic_with_several_states_are_one_act_with_each(text, expected):
    assert party_sets(text) == sets(*expected)


@pytest.mark.parametrize("text, expected", [
    ("Russia's nuclear ministry is building reactors in India and Iran and is actively seeking more deals abroad.", []),
    ("Seoul is pursuing further agreements with Riyadh and Abu Dhabi on hydrogen.", []),
    # an instrument only wished for
    ("Officials in Seoul and Riyadh said both sides want an agreement on hydrogen.", []),
    ("Chile and Peru hope for a deal on lithium by next year.", []),
    ("Chile and Peru signed a memorandum on lithium. Both sides want a deal on fisheries too.", ["CHL+PER"]),
    # must not fire: more instruments made
    ("Russia and India signed more agreements on nuclear energy on Friday.", ["IND+RUS"]),
    ("Russia and India signed further agreements on space on Friday.", ["IND+RUS"]),
])
def test_instruments_merely_sought_are_no_act(text, expected):
    assert party_sets(text) == sets(*expected)


@pytest.mark.parametrize("text, expected", [
    ("According to a note from the U.S. State Department, Canada, Japan and the European Union have each agreed to "
     "cooperate with the United States on rare earths.", ["CAN+USA", "JPN+USA", "EU+USA"]),
    ("Citing the Indian foreign ministry, Kyodo said Japan, Australia and South Korea will each partner with India on "
     "chip design.", ["IND+JPN", "AUS+IND", "IND+KOR"]),
    # must not fire: the list acts together, with nobody named in a source aside
    ("Canada, Japan and the United States agreed to cooperate on rare earths.", ["CAN+JPN+USA"]),
    # the speaker of a warning, a claim or a complaint about the act of others
    ("Egypt warned on Monday that Ethiopia and Sudan were taking a risk after they unveiled a dam data pact.",
     ["ETH+SDN"]),
    ("Iran claimed that Israel and Bahrain had signed a secret deal on cybersecurity.", ["BHR+ISR"]),
    # the speaker itself a side
    ("Ghana warned that it and Togo would sign a pact on fishing data.", ["GHA+TGO"]),
])
def test_a_list_acting_with_one_other_is_read_past_the_source_of_the_news(text, expected):
    assert party_sets(text) == sets(*expected)


@pytest.mark.parametrize("text, expected", [
    ("At the meeting, the Kazakh president stressed the importance of EAEU cooperation in trade and technology.", []),
    ("Lula underlined the need of Mercosur cooperation on digital payments.", []),
    # must not fire: an instrument is named
    ("The ministers stressed the importance of the agreement on nuclear energy signed by Russia and Egypt.",
     ["EGY+RUS"]),
])
def test_cooperation_talked_up_is_no_act(text, expected):
    assert party_sets(text) == sets(*expected)


@pytest.mark.parametrize("text, expected", [
    ("Cambodia became a dialogue partner in the SCO in 2015.", []),
    ("Azerbaijan was made an observer partner of the bloc, with ASEAN's backing.", []),
    # must not fire: partnering with someone
    ("Cambodia will partner with Japan in satellite design.", ["JPN+KHM"]),
])
def test_a_standing_in_a_bloc_is_no_partnership(text, expected):
    assert party_sets(text) == sets(*expected)


@pytest.mark.parametrize("text, expected", [
    ("Mali, Niger and Burkina Faso agreed to deepen partnerships among themselves, including lobbying to be "
     "returned to the AU.", ["BFA+MLI+NER"]),
    ("Mali and Senegal signed a digital identity pact while pressing for readmission to the AU.", ["MLI+SEN"]),
    ("Chile and Peru launched a lithium initiative, a sign of overdependence on China's refiners.", ["CHL+PER"]),
    # must not fire: the bloc acting
    ("Mali signed a memorandum with the AU on digital identity.", ["AU+MLI"]),
])
def test_a_bloc_returned_to_or_a_state_depended_on_is_not_a_party(text, expected):
    assert party_sets(text) == sets(*expected)


@pytest.mark.parametrize("text, expected", [
    ("In June, the SCO members, China, Russia and India among them, extended invitations to four more states to join "
     "their ranks.", []),
    ("Several states, including Laos, have expressed interest in joining as BRICS partners, with reports naming "
     "candidates like Cuba, Bolivia and Nigeria.", []),
    ("About twenty countries have expressed interest in establishing ties with the SCO, the Russian minister said.", []),
    # must not fire: interest in a joint project is an offer
    ("Japan has expressed interest in joint satellite projects with India.", ["IND+JPN"]),
])
def test_joining_a_bloc_wished_or_invited_is_no_act_among_the_named(text, expected):
    assert party_sets(text) == sets(*expected)


@pytest.mark.parametrize("text, expected", [
    ("The Eurasian Economic Union (EAEU) is an economic bloc founded by Russia, Kazakhstan and Belarus to ease trade.",
     []),
    ("The CSTO is a military alliance of six post-Soviet states, including Russia and Armenia.", []),
    # must not fire: an act told in the description
    ("The SCO is a grouping whose members signed a pact on AI in 2024.", ["SCO"]),
])
def test_a_bloc_described_is_no_act(text, expected):
    assert party_sets(text) == sets(*expected)


@pytest.mark.parametrize("text, expected", [
    ("India's IT ministry briefed the press on Friday. The Union Cabinet approved four memoranda of understanding "
     "(MoUs) on digital technology with Saudi Arabia, the United States, Italy and Tanzania.",
     ["IND+SAU", "IND+USA", "IND+ITA", "IND+TZA"]),
    ("Kenya's cabinet met on Tuesday. It approved three agreements on satellite data with Rwanda, Uganda and Tanzania.",
     ["KEN+RWA", "KEN+UGA", "KEN+TZA"]),
    # must not fire: one instrument, not one with each; its maker ("It") is left unnamed in the sentence, and the
    # three after "with" are never its only sides (unnamed_subject.py): no act rather than a wrong one
    ("Kenya's cabinet met on Tuesday. It approved an agreement on satellite data with Rwanda, Uganda and Tanzania.",
     []),
])
def test_instruments_with_each_of_a_list_are_made_by_the_state_the_story_is_about(text, expected):
    assert party_sets(text) == sets(*expected)


@pytest.mark.parametrize("text, expected", [
    ("Russia will sign agreements on nuclear medicine with Ghana and Zambia next month, the Russian government said "
     "in a decree published on Monday.", ["GHA+RUS", "RUS+ZMB"]),
    ("India will sign deals with Oman and Qatar on data centres, Indian officials said on Tuesday.",
     ["IND+OMN", "IND+QAT"]),
])
def test_instruments_with_each_are_read_past_a_closing_attribution(text, expected):
    assert party_sets(text) == sets(*expected)


@pytest.mark.parametrize("text, expected", [
    ("Brazil's minister handed India a proposal for a working group on AI in the BRICS (Brazil, Russia, India, China "
     "and South Africa) grouping.", ["BRA+IND"]),
    ("Kazakhstan proposed a data hub to Uzbekistan within a forum of the SCO (China, Russia, Kazakhstan, Uzbekistan "
     "and others).", ["KAZ+UZB"]),
    # must not fire: the bloc glossed by its members is the subject
    ("The BRICS (Brazil, Russia, India, China and South Africa) adopted a declaration on AI.",
     ["BRA+CHN+IND+RUS+ZAF"]),
])
def test_the_members_glossing_a_bloc_named_as_the_setting_are_not_parties(text, expected):
    assert party_sets(text) == sets(*expected)


@pytest.mark.parametrize("text, expected", [
    ("The central banks of Malaysia and Thailand will link their digital payment systems by next June.",
     ["MYS+THA"]),
    ("Nepal and Bangladesh agreed to integrate their respective fast payment systems.", ["BGD+NPL"]),
    # must not fire: one side's own systems
    ("Kenya's central bank will connect the payment systems of its commercial lenders.", []),
])
def test_two_payment_systems_linked_are_an_act(text, expected):
    assert party_sets(text) == sets(*expected)


@pytest.mark.parametrize("text, expected", [
    ("Under the deal signed in Canberra, Australia will supply lithium to India for five years.", ["AUS+IND"]),
    ("Under the accord signed in Tokyo, Japan will help Vietnam build satellites.", ["JPN+VNM"]),
    # must not fire: the state names the city's country
    ("India signed a pact with a firm in Luanda, Angola, officials said.", []),
    ("India and Brazil signed a deal on a refinery in Luanda, Angola.", ["BRA+IND"]),
])
def test_a_state_after_its_capital_as_venue_that_starts_a_clause_is_a_party(text, expected):
    assert party_sets(text) == sets(*expected)


@pytest.mark.parametrize("text, status", [
    ("Indonesia declined a Chinese demand to share satellite data.", "rejected"),
    ("Malaysia rejected an American request to host a radar station.", "rejected"),
    ("Kenya asked China to fund a new data centre.", "proposed"),
    ("Pakistan asked the United States to finance its nuclear plant.", "proposed"),
])
def test_demands_refused_and_requests_to_fund_are_offers(text, status):
    [act] = acts_of(text)
    assert act.kind == "proposal" and act.status == status


@pytest.mark.parametrize("text, kind", [
    ("Japan has agreed to a U.S. proposal to conclude a new agreement on chip trade.", "agreement"),
    ("Vietnam accepted a South Korean offer to set up a joint semiconductor training centre.", "initiative"),
])
def test_an_offer_taken_up_is_a_plan(text, kind):
    [act] = acts_of(text)
    assert act.kind == kind and act.status == "planned"


@pytest.mark.parametrize("text", [
    "India refused to comment on reports about Pakistan.",
    "France did not say whether Germany would sign.",
])
def test_refusing_to_comment_is_no_refusal_of_an_offer(text):
    assert acts_of(text) == []


@pytest.mark.parametrize("text, expected", [
    ("India welcomed the idea of Russia to take initiative among BRICS nations to form a group on ICT.", []),
    ("Brazil took the initiative to convene the meeting.", []),
    # must not fire: an initiative launched
    ("China and Laos launched an initiative on digital trade.", ["CHN+LAO"]),
])
def test_taking_the_initiative_is_no_initiative(text, expected):
    assert party_sets(text) == sets(*expected)


@pytest.mark.parametrize("text, expected", [
    ("Iran on Sunday rejected an offer from Russia to enrich uranium on Russian soil. Russia on Saturday had said its "
     "proposal to create a joint uranium venture with Iran still stands.", [("proposal", "rejected")]),
    ("Egypt on Monday turned down an offer from China to build a data hub. The Chinese embassy had put the suggestion "
     "to the Egyptian government on Friday.", [("proposal", "rejected")]),
    # must not fire: a new offer is another act
    ("Iran on Sunday rejected an offer from Russia to enrich uranium. On Monday Russia made Iran a new proposal to "
     "build reactors.", [("proposal", "rejected"), ("proposal", "proposed")]),
])
def test_an_offer_told_again_at_another_time_is_one_offer(text, expected):
    assert sorted((a.kind, a.status) for a in acts_of(text)) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("Japan and Australia adopted new national security strategies late last year that stress cyber defence.", []),
    ("Korea's and Canada's own AI strategies were unveiled in March.", []),
    ("Poland will sign a nuclear agreement with the U.S. on Monday. The U.S. energy secretary will sign the document "
     "in Tallinn on the sidelines of a Three Seas Initiative conference.", ["POL+USA"]),
    # must not fire: a strategy the two adopt together
    ("Japan and Australia adopted a joint strategy on cyber defence.", ["AUS+JPN"]),
])
def test_strategies_of_ones_own_and_an_initiative_named_as_the_event_are_no_joint_initiative(text, expected):
    assert party_sets(text) == sets(*expected)


@pytest.mark.parametrize("text, expected", [
    ("The Quad ministers said in a joint statement, that did not name China, that they would diversify supply.",
     ["QUAD"]),
    ("The G7 launched an initiative on minerals without naming Russia.", ["G7"]),
    ("Japan and India signed a pact on chips, citing China as a risk.", ["IND+JPN"]),
    # must not fire: a state named as a party
    ("India signed a chip pact with Japan, officials said without naming the firms.", ["IND+JPN"]),
])
def test_a_state_left_unnamed_or_cited_as_a_reason_is_not_a_party(text, expected):
    assert party_sets(text) == sets(*expected)


@pytest.mark.parametrize("text, expected", [
    ("Egypt, Ethiopia and Iran have formally joined the bloc, after being invited last year.", []),
    ("Laos and Nepal were invited last month, the secretariat said.", []),
    # must not fire: the inviter named
    ("Egypt was invited by Russia to help build a lunar station.", ["EGY+RUS"]),
])
def test_an_invitation_with_no_inviter_named_is_no_offer_among_the_invited(text, expected):
    assert party_sets(text) == sets(*expected)


@pytest.mark.parametrize("text, expected", [
    ("The AU Executive Council approved a continental AI strategy, which calls for the use of AI among member "
     "states, including Kenya.", ["AU"]),
    ("ECOWAS ministers adopted a cyber plan for member countries like Ghana.", []),
    # must not fire: the members listed as those who attend
    ("The summit was attended by the heads of state of the member countries, including India, China and Russia. "
     "The SCO adopted a declaration on AI.", ["CHN+IND+RUS"]),
])
def test_a_member_a_blocs_measure_is_for_is_not_a_party(text, expected):
    assert party_sets(text) == sets(*expected)


@pytest.mark.parametrize("text, expected", [
    ("China, Japan, Australia and all ten members of ASEAN signed the regional trade pact.",
     ["ASEAN+AUS+CHN+JPN"]),
    ("The European Union, Japan and Mexico agreed to work on price floors for minerals.", ["EU+JPN+MEX"]),
    # must not fire: members acting under the bloc's roof
    ("Russia and China signed a treaty on AI within the SCO framework, alongside the SCO itself.", ["CHN+RUS"]),
])
def test_a_bloc_named_with_states_none_of_them_members_is_a_side(text, expected):
    assert party_sets(text) == sets(*expected)


def test_a_bloc_named_with_its_members_is_the_framework():
    [act] = acts_of("Kazakhstan, Uzbekistan and the SCO signed a memorandum on digital trade.")
    assert sorted(act.parties) == ["KAZ", "UZB"] and act.framework == "SCO"


@pytest.mark.parametrize("text, expected", [
    ("Qatar is Japan's largest trading partner in the Gulf.", []),
    ("Vietnam remains China's biggest business partner in Southeast Asia.", []),
    # must not fire: partnering
    ("Qatar will partner with Japan in hydrogen.", ["JPN+QAT"]),
])
def test_a_trade_statistic_is_no_partnership(text, expected):
    assert party_sets(text) == sets(*expected)


@pytest.mark.parametrize("text, expected", [
    ("ASEAN ministers reaffirmed in a joint statement their support for Timor-Leste's integration into the bloc.",
     ["ASEAN"]),
    ("The SCO leaders agreed in principle to admit Laos as a member, the joint statement read.", ["SCO"]),
    ("The leaders backed Belarus's full membership in a declaration adopted by the SCO.", ["SCO"]),
    # must not fire: the state acting with the bloc
    ("Belarus signed a memorandum on digital trade with the SCO.", ["BLR+SCO"]),
])
def test_a_state_whose_joining_is_the_matter_is_not_a_party(text, expected):
    assert party_sets(text) == sets(*expected)


@pytest.mark.parametrize("text, expected", [
    ("Armenia will freeze its CSTO role, Pashinyan told France 24 TV channel.", []),
    ("Serbia signed a chip deal with China, the minister said on Russia TV.", ["CHN+SRB"]),
    # must not fire: the state itself
    ("Armenia signed a deal with France on satellites.", ["ARM+FRA"]),
])
def test_a_broadcaster_named_after_a_state_is_not_the_state(text, expected):
    assert party_sets(text) == sets(*expected)


@pytest.mark.parametrize("text, expected", [
    ("G7 industry ministers agreed on Thursday to align rules on artificial intelligence.", ["G7"]),
    ("EU technology officials signed a memorandum with Japan on quantum computing.", ["EU+JPN"]),
    # must not fire: the state's industry, a thing of the state's, is no side
    ("Japan signed a chip deal with U.S. industry on Friday.", []),
])
def test_a_states_officials_named_by_their_field_act_for_it(text, expected):
    assert party_sets(text) == sets(*expected)


@pytest.mark.parametrize("text, expected", [
    ("The EU and China issued a joint statement on climate, as the US pulled out of the Paris accord.", ["CHN+EU"]),
    ("Russia and Ukraine signed the Minsk agreements in 2015.", ["RUS+UKR"]),
    ("Kenya and Ghana invoked the Abuja declaration when they signed a data agreement.", ["GHA+KEN"]),
    # must not fire: the capital standing for its state
    ("Beijing and Moscow signed an agreement on satellites.", ["CHN+RUS"]),
    ("Paris signed an agreement on AI with Berlin.", ["DEU+FRA"]),
])
def test_a_city_naming_an_instrument_is_not_a_side_of_it(text, expected):
    assert party_sets(text) == sets(*expected)


@pytest.mark.parametrize("text, expected", [
    ("The United States and Japan signed an agreement on minerals on Monday, a deal aimed at cutting reliance on China.",
     ["JPN+USA"]),
    ("Chile and Peru signed a memorandum on AI, a pact that officials hailed as historic.", ["CHL+PER"]),
    # must not fire: a list of instruments, one described
    ("India and Ghana signed an MoU on AI, an agreement that covers health, and a treaty on space.",
     ["GHA+IND", "GHA+IND", "GHA+IND"]),
    ("India and Ghana signed an MoU on AI, a pact on clean energy and a treaty on space.", ["GHA+IND", "GHA+IND", "GHA+IND"]),
])
def test_an_instrument_described_again_after_a_comma_is_the_same_act(text, expected):
    assert party_sets(text) == sets(*expected)


@pytest.mark.parametrize("text, expected", [
    ("Australia and the United States signed an agreement on quantum computing, US officials said, adding that China "
     "was not consulted.", ["AUS+USA"]),
    ("Kenya and Ghana signed a data agreement, the ministry said, noting that Nigeria had signed a similar one.",
     ["GHA+KEN"]),
    # must not fire: a state the statement itself names
    ("Kenya, Ghana and Nigeria signed a data agreement, the ministry said, adding that it takes effect in May.",
     ["GHA+KEN+NGA"]),
])
def test_a_state_named_only_in_what_a_source_adds_is_not_a_party(text, expected):
    assert party_sets(text) == sets(*expected)
