"""An ending or refusal is an act's status only when the act (or the offer of it) is what ends or is refused: a meeting,
visit, summit or talks cancelled, an idea that fell through, a domestic party's opposition tell nothing of the act; nor do
a tax scrapped, exports suspended, a ruling not accepted, or a state's stance to a regime told as background (in an aside
of the state, of a class of states, against other states)."""

from collections import Counter

import pytest

from techpact.extract import extract_facts
from techpact.extract.status import find_status
from techpact.loaders.document import Document


def acts(text: str) -> Counter:
    facts = extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=None,
                                   media_type="text/plain"))
    return Counter((frozenset(a.parties), a.kind, a.status) for a in facts.agreements)


@pytest.mark.parametrize("text, kind", [
    # an occasion ended: the act told beside it keeps its own status
    ("Ghana and Togo signed a data-sharing agreement on Monday, after an earlier visit by the Togolese minister was "
     "cancelled.", "agreement"),
    ("The talks between Ghana and Togo were long and ended with the signing of a memorandum on data.", "mou"),
    ("The visit ended with the signing of a memorandum on data sharing between Ghana and Togo.", "mou"),
    ("Togo refused to take part in the summit at which Ghana and Togo signed a memorandum on fibre links.", "mou"),
    # a domestic party's stance
    ("Ghana and Togo signed a memorandum on data; the opposition party in Togo, which opposed the memorandum, walked "
     "out of parliament.", "mou"),
])
def test_an_end_of_another_thing_leaves_the_act_signed(text, kind):
    assert acts(text)[(frozenset({"GHA", "TGO"}), kind, "signed")] == 1


@pytest.mark.parametrize("text", [
    "Ghana and Togo agreed to resume work on the joint satellite, a project delayed by Accra's suspended payments.",
    "Ghana and Togo agreed to revive their joint data programme, which had stalled after donors froze funding.",
])
def test_a_joint_project_held_up_by_money_stopped_is_not_ended(text):
    assert [status for (parties, _, status) in acts(text)] == ["planned"]


@pytest.mark.parametrize("text", [
    "Officials said Togo would postpone or even cancel the meeting amid anger over the Ghana-Kenya data pact.",
    "Togo's president cancelled his trip to Accra.",
    "Now that the idea has fallen through, officials are looking at smaller projects.",
    "The critics, who opposed the ratification of the treaty, lost the vote.",
])
def test_an_end_of_an_occasion_an_idea_or_a_stance_is_no_status(text):
    assert find_status(text) not in ("ended", "rejected")


@pytest.mark.parametrize("text, status", [
    ("Ghana cancelled its data-sharing agreement with Togo.", "ended"),
    ("The data deal between Ghana and Togo fell through.", "ended"),
    ("Ghana suspended the agreement with Togo after the talks.", "ended"),
    ("The agreement signed during the visit to Accra was cancelled in 2020 by Togo.", "ended"),
    ("Ghana withdrew from the data partnership with Togo during the visit.", "ended"),
    # an occasion held under the act is the act at work
    ("Ghana suspended all meetings under the data partnership with Togo.", "ended"),
    ("Togo rejected Ghana's proposal for a joint data centre.", "rejected"),
    ("Togo declined to sign the summit declaration with Ghana.", "rejected"),
    ("Ghana opposed Togo's proposal for a joint data centre.", "rejected"),
])
def test_an_end_or_refusal_of_the_act_itself_stays(text, status):
    assert find_status(text) == status


# the end or refusal of a thing no state concludes with another: a measure, a flow of trade, others' decisions, an occasion
@pytest.mark.parametrize("text", [
    'The previous government scrapped a tax on imported chips.',
    "China's decision to suspend exports of rare earths rattled carmakers.",
    'Sales of reactors to India were cut off after the 1974 test.',
    'The ruling ended months of uncertainty over the port.',
    'The president has suspended his reciprocal tariffs on Vietnam and Japan.',
    'Tokyo scrapped its export curbs on Seoul in 2023.',
    'Seoul cancelled all flights to Tokyo during the typhoon.',
    'The memorandum covers civilian uses only and does not extend to governmental services.',
    'The memorandum does not extend to military matters, the ministry said.',
    'The minister ended his term in 2019 and joined a bank.',
    'Washington ended the waiver for buyers of Iranian oil.',
    'Flights between the two capitals were suspended in 2020.',
    'Beijing did not accept the ruling of the arbitration tribunal.',
    'Seoul did not support the resolution at the UN General Assembly.',
    'Tokyo has not joined the sanctions against Russia.',
    'Turkey refused to join Western sanctions on Moscow.',
    'China has not endorsed the candidate.',
    'Talks on the free trade deal collapsed last year.',
    'Negotiations over the pipeline deal were suspended in March.',
    'The visit, which was cancelled in May, was rescheduled for the autumn.',
    'The election was cancelled after the coup.',
    # money and goods a state stops sending
    'Togo suspended payments to the regional fund in 2020.',
    'The donors froze funding for the dam after the coup.',
    'Washington halted aid to the junta in July.',
    'Russia suspended gas deliveries to Poland in April.',
    'Under its former president, Tashkent did not accept investment from Moscow.',
    'Accra refused investments from Beijing in its ports.',
])
def test_an_end_or_refusal_of_a_thing_that_is_no_act_is_no_status(text):
    assert find_status(text) not in ("ended", "rejected")


# a state's stance to a regime told as background: in an aside, of a class of states, against other states
@pytest.mark.parametrize("text", [
    'Israel, a country that has not signed the treaty, is believed to hold nuclear weapons.',
    'Brazil, which has not joined the Belt and Road, signed a port deal with China on Monday.',
    'Mexico did not sign the 2019 declaration, unlike its neighbours.',
    'Unlike Ghana, Togo has not signed the Malabo Convention.',
    'India is one of the few countries that have not signed the Budapest Convention.',
    'Togo is the only ECOWAS state that has refused to join the convention.',
    'India, which has never signed the NPT, concluded a civil nuclear deal with France in 2008.',
    'Washington, which did not join the Trans-Pacific Partnership, signed a digital trade pact with Tokyo.',
    'Like many Gulf states, Oman has not ratified the convention.',
    'The US, which withdrew from the Paris accord in 2017, signed a climate memorandum with India.',
    'Turkey, a NATO member that has refused to join Western sanctions, signed a gas deal with Russia.',
    'Hungary — the only EU state not to have signed the declaration — inked a rail deal with China.',
    'India, which walked away from RCEP in 2019, signed a trade deal with Australia.',
    'New Delhi, which opted out of the RCEP, is now courting Canberra.',
    'NEW DELHI, May 4 (Reuters) - India, which has not signed the NPT, signed a nuclear deal with Japan.',
    "Prime Minister Narendra Modi's government, which has refused to join RCEP, is negotiating a trade deal with the EU.",
    'Pakistan is among the handful of states that have not ratified the test-ban treaty.',
    'Most EU members have not signed the convention.',
    'Ghana, like most of its neighbours, has not ratified the Budapest Convention.',
    'Vietnam has stayed out of the Belt and Road Initiative, as have most of its neighbours.',
    'India (which never ratified the convention) signed a maritime pact with Manila.',
])
def test_a_stance_to_a_regime_told_as_background_is_no_status(text):
    assert find_status(text) not in ("ended", "rejected")


@pytest.mark.parametrize("text, status", [
    # the clause's own verb tells the status, the aside only the state's background
    ("Brazil, which has not joined the Belt and Road, signed a port deal with China on Monday.", "signed"),
    ("India (which never ratified the convention) signed a maritime pact with Manila.", "signed"),
    ("Hungary — the only EU state not to have signed the declaration — inked a rail deal with China.", "signed"),
    ("Prime Minister Narendra Modi's government, which has refused to join RCEP, is negotiating a trade deal with the EU.",
     "planned"),
    # the verb a background negation holds tells no signing either
    ("Israel, a country that has not signed the treaty, is believed to hold nuclear weapons.", None),
    ("Mexico did not sign the 2019 declaration, unlike its neighbours.", None),
    ("Like many Gulf states, Oman has not ratified the convention.", None),
])
def test_a_background_stance_leaves_the_clause_its_own_status(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize("text, pair, kind", [
    ("Brazil, which has not joined the Belt and Road, signed a port deal with China on Monday.", {"BRA", "CHN"}, "agreement"),
    ("Brazil and China signed a port deal on Monday. Brazil has not joined the Belt and Road Initiative, unlike most of "
     "its neighbours.", {"BRA", "CHN"}, "agreement"),
    ("Ghana and Togo signed a data-sharing agreement. Togo is one of the few countries that have not signed the Budapest "
     "Convention.", {"GHA", "TGO"}, "agreement"),
    ("Ghana and Togo signed a data-sharing agreement. The previous government scrapped a tax on imported phones.",
     {"GHA", "TGO"}, "agreement"),
    ("Ghana and Togo signed a data-sharing agreement. Talks on a free trade deal between Ghana and Togo collapsed in 2019.",
     {"GHA", "TGO"}, "agreement"),
])
def test_a_passage_keeps_its_act_signed_and_no_act_of_the_pair_refused(text, pair, kind):
    found = acts(text)
    assert found[(frozenset(pair), kind, "signed")] == 1
    assert not any(parties == frozenset(pair) and status in ("ended", "rejected") for parties, _, status in found)


# near misses: the act itself (or the offer of it) ended or refused, with an aside, a class, a contrast or a thing's name near
@pytest.mark.parametrize("text, status", [
    ("Togo refused to sign the data pact with Ghana.", "rejected"),
    ("Togo, unlike Benin, refused to sign the data pact with Ghana.", "rejected"),
    ("Unlike Benin, Togo did not sign the fibre agreement with Ghana.", "rejected"),
    ("Unlike Benin, Togo did not sign it.", "rejected"),
    ("Togo is the only state that has not signed the data pact with Ghana.", "rejected"),
    ("Togo is the only country that rejected the proposal.", "rejected"),
    ("Togo did not agree to the deal with Ghana, unlike its neighbours.", "rejected"),
    ("The pact, which Togo refused to sign, was drafted in Accra.", "rejected"),
    ("Ghana offered a data pact to Togo, which refused to sign it.", "rejected"),
    ("Togo, which rejected the deal, has now changed course.", "rejected"),
    ("The two countries have not signed the agreement.", "rejected"),
    ("Seoul did not accept Tokyo's proposal for a currency swap.", "rejected"),
    ("Unlike neighbours, India shuns China's Belt and Road Initiative", "rejected"),
    ("The 2019 agreement, which was scrapped by Togo in 2021, covered data.", "ended"),
    ("Togo, which signed the pact in 2019, withdrew from it last week.", "ended"),
    ("Italy has withdrawn from China's Belt and Road Initiative.", "ended"),
    ("Ghana scrapped the tax-sharing agreement with Togo.", "ended"),
    ("Ghana suspended the services agreement with Togo.", "ended"),
    ("Ghana suspended flights under the aviation agreement with Togo.", "ended"),
    ("The agreement signed during the visit, which was cancelled in 2020, covered data.", "ended"),
    ("Togo said it would not extend the memorandum.", "ended"),
])
def test_the_act_itself_ended_or_refused_near_another_thing_stays(text, status):
    assert find_status(text) == status


@pytest.mark.parametrize("text, status", [
    ("Ghana will sign a deal with Togo on the use of transponders of the proposed satellite.", "planned"),
    ("Ghana will sign an agreement with Togo on the proposed power line next week.", "planned"),
    ("Ghana and Togo will sign a memorandum on Accra's proposed data centre.", "planned"),
])
def test_a_thing_proposed_as_the_acts_matter_makes_no_offer_of_the_act(text, status):
    assert [found for (_, _, found) in acts(text)] == [status]


@pytest.mark.parametrize("text", [
    "Ghana and Togo discussed the proposed pipeline deal.",
    "Under the proposed deal, Ghana would sell power to Togo.",
    "Ghana proposed a power line to Togo.",
])
def test_an_act_proposed_stays_proposed(text):
    assert [found for (_, _, found) in acts(text)] == ["proposed"]


@pytest.mark.parametrize("text, status", [
    ("Benin and Niger signed a trade agreement covering Niger's exit from the customs union.", "signed"),
    ("Benin and Niger signed a protocol on the withdrawal of old radio equipment.", "signed"),
    ("Benin and Niger signed an accord governing the termination of their power contracts.", "signed"),
])
def test_an_ending_named_as_the_acts_matter_is_no_end_of_the_act(text, status):
    assert {found for (_, _, found) in acts(text)} == {status}


@pytest.mark.parametrize("text", [
    "Niger announced its withdrawal from the solar pact with Benin.",
    "The termination of the solar pact between Benin and Niger was announced on Monday.",
])
def test_an_ending_of_the_act_itself_stays_an_end(text):
    assert {found for (_, _, found) in acts(text)} == {"ended"}


@pytest.mark.parametrize("text", [
    "Peru has sought ways to cooperate with Chile on nuclear energy, in line with the president's pledge to scrap the "
    "previous government's nuclear phase-out drive.",
    "Ghana has sought ways to cooperate with Brazil on satellites, in line with the minister's promise to drop the former "
    "government's launch moratorium.",
])
def test_a_states_own_course_ended_is_no_end_of_the_act(text):
    assert "ended" not in {status for _, _, status in acts(text)}


def test_an_act_scrapped_still_ends():
    assert {status for _, _, status in acts("Lima decided to scrap the nuclear cooperation agreement with Santiago.")} == {"ended"}
