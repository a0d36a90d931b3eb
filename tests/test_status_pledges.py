"""A pledge made is an act made (extract/status_pledges.py): parties who pledged, vowed, committed, declared their
commitment, announced their intent, or agreed to raise their relations, made a declaration or an upgrade, signed,
whatever the pledge holds for later. Guards: a pledge told ahead, negated or as a stance, a pledge to bring a new thing
into being, a pledge beside an instrument just concluded, and one side's promise keep their reading. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from techpact.extract.status import find_status
from tests.extraction import acts_of


def acts(text: str) -> set[tuple[frozenset[str], str, str]]:
    return {(frozenset(a.parties), a.kind, a.status) for a in acts_of(text)}


def statuses(text: str, parties: set[str]) -> set[str]:
    return {a.status for a in acts_of(text) if set(a.parties) == parties}


@pytest.mark.parametrize("text, parties", [
    ("At their summit in Lima, the leaders of Peru and Chile pledged to hold annual consultations on lithium policy.",
     {"PER", "CHL"}),
    ("Ghana and Togo vowed on Friday to restore cross-border power supplies for their data centres, the presidency "
     "said.", {"GHA", "TGO"}),
    ("Mongolia and Kazakhstan have committed to modernising their cooperation on satellite data.", {"KAZ", "MNG"}),
    ("Oman and Jordan announced their intent to advance collaboration on cybersecurity research.", {"JOR", "OMN"}),
    ("At the close of the meeting, Egypt and Kenya declared their commitment to secure undersea data cables.",
     {"EGY", "KEN"}),
    ("Laos and Cambodia agreed to elevate their relations to a comprehensive strategic partnership.", {"KHM", "LAO"}),
    ("Namibia, Botswana pledge to coordinate their satellite data policies", {"BWA", "NAM"}),
    ("Uruguay and Paraguay held talks in Asuncion. The two presidents vowed to strengthen cooperation in "
     "cybersecurity.", {"URY", "PRY"}),
])
def test_a_joint_pledge_made_is_signed(text, parties):
    assert statuses(text, parties) == {"signed"}


@pytest.mark.parametrize("text, parties", [
    ("Peru and Chile will pledge to hold annual consultations on lithium policy.", {"CHL", "PER"}),
    ("Peru and Chile are committed to the development of a regional lithium market.", {"CHL", "PER"}),
    ("Peru and Chile remain firmly committed to stabilising lithium prices in their cooperation.", {"CHL", "PER"}),
    ("Ghana and Togo pledged to launch a joint fund for solar projects.", {"GHA", "TGO"}),
    ("Ghana and Togo committed today to commence joint research on batteries.", {"GHA", "TGO"}),
    ("Ghana and Togo vowed to sign a treaty on power trade next year.", {"GHA", "TGO"}),
    ("Ghana and Togo did not commit to restore cooperation on power supplies.", {"GHA", "TGO"}),
    ("Japan pledged to help Vietnam build a semiconductor workforce.", {"JPN", "VNM"}),
])
def test_a_pledge_ahead_a_stance_a_new_thing_or_one_sides_promise_is_no_pledge_made(text, parties):
    assert "signed" not in statuses(text, parties)


def test_a_joint_pledge_with_no_instrument_is_a_signed_declaration():
    text = ("Uruguay and Paraguay held talks in Asuncion on Monday. The two presidents vowed to strengthen "
            "cooperation in cybersecurity and data protection.")
    assert (frozenset({"URY", "PRY"}), "declaration", "signed") in acts(text)


def test_a_state_named_in_what_is_pledged_is_no_side_of_it():
    text = "Ghana and Togo pledged to curb the influence of Nigeria over regional power trade."
    assert not any("NGA" in parties for parties, _, _ in acts(text))


def test_relations_raised_in_a_headline_make_the_partnership():
    assert find_status("Vietnam, Indonesia partnership raised to comprehensive level during state visit") == "signed"


def test_a_pledge_beside_an_instrument_just_concluded_stays_a_plan():
    text = ("Ghana and Togo signed a memorandum of understanding on power trade on Monday. "
            "Both sides pledged to expand cooperation in space research.")
    found = acts(text)
    assert (frozenset({"GHA", "TGO"}), "mou", "signed") in found
    assert not any(kind == "declaration" for _, kind, _ in found)


# The wordings news uses for a joint pledge made (sentences written for these tests): the noun of undertaking stated
# or made ("reaffirmed their commitment to", "underscored their resolve to", "made a joint commitment to", "signed off
# on a pledge to"), a phrase between the verb and "to", a participle, two verbs joined, long subjects with titles, a
# bloc's leaders, "the countries" just named, headlines, and relations raised in other words.
WIDER_PLEDGES = [
    ("India and Japan reaffirmed their commitment to strengthen cooperation in semiconductors and quantum "
     "computing.", {"IND", "JPN"}),
    ("Brazil and Argentina expressed their shared commitment to expanding cooperation on satellite "
     "data.", {"ARG", "BRA"}),
    ("The leaders of Kenya and Ethiopia underscored their resolve to protect undersea data cables from "
     "sabotage.", {"ETH", "KEN"}),
    ("Vietnam and Laos held talks in Vientiane on Monday. The two leaders resolved to boost cooperation in "
     "cybersecurity.", {"LAO", "VNM"}),
    ("Japan and the Netherlands held talks in The Hague. In a joint statement, the countries pledged to "
     "coordinate export controls on advanced chips.", {"JPN", "NLD"}),
    ("Morocco and Senegal vowed on Tuesday to secure supply chains for critical minerals.", {"MAR", "SEN"}),
    ("Leaders of the G7 committed to harmonise their rules on artificial intelligence at the summit in "
     "Apulia.", {"G7"}),
    ("Chile and Peru signed off on a pledge to share seismic data from their satellites.", {"CHL", "PER"}),
    ("Egypt and Jordan made a joint commitment to protect their power grids against cyberattacks.", {"EGY", "JOR"}),
    ("Vietnam and Australia upgraded ties to a comprehensive strategic partnership during the visit.", {"AUS", "VNM"}),
    ("Brazil and Indonesia held talks in Brasilia. Ties were elevated to a strategic partnership, the two "
     "governments said.", {"BRA", "IDN"}),
    ("South Korea, Japan pledge to deepen chip cooperation", {"JPN", "KOR"}),
    ("President Luiz Inacio Lula da Silva of Brazil and Prime Minister Narendra Modi of India pledged to "
     "cooperate on digital public infrastructure.", {"BRA", "IND"}),
    ("Indonesian President Prabowo Subianto and Malaysian Prime Minister Anwar Ibrahim vowed to jointly "
     "promote the palm oil industry's digital traceability.", {"IDN", "MYS"}),
    ("The foreign ministers of Poland and Ukraine on Wednesday pledged to jointly counter Russian "
     "cyberattacks.", {"POL", "UKR"}),
    ("Saudi Arabia and the United Arab Emirates, in a joint communique, committed themselves to coordinate "
     "their regulation of artificial intelligence.", {"ARE", "SAU"}),
    ("Speaking after the talks, the presidents of Ghana and Senegal promised to integrate their electricity "
     "markets.", {"GHA", "SEN"}),
    ("Turkey and Azerbaijan reiterated their commitment to expand cooperation in the defence "
     "industry.", {"AZE", "TUR"}),
    ("Canada and Mexico renewed their pledge to secure supply chains for electric vehicle batteries.", {"CAN", "MEX"}),
    ("France and Germany gave a joint pledge to coordinate their investments in artificial "
     "intelligence.", {"DEU", "FRA"}),
    ("The two nations, Vietnam and Singapore, elevated their ties to a comprehensive strategic "
     "partnership.", {"SGP", "VNM"}),
    ("Japan and the Philippines raised their relationship to a comprehensive strategic partnership on "
     "Monday.", {"JPN", "PHL"}),
    ("Egypt and Greece have upgraded their relations to the level of a strategic partnership.", {"EGY", "GRC"}),
    ("The relationship between Vietnam and Malaysia was upgraded to a comprehensive strategic "
     "partnership.", {"MYS", "VNM"}),
    ("Kenya and Rwanda, whose leaders met in Kigali on Monday, pledged to harmonise their data protection "
     "rules.", {"KEN", "RWA"}),
    ("NAIROBI, March 3 (Reuters) - Kenya and Tanzania vowed on Tuesday to link their national fibre optic "
     "networks.", {"KEN", "TZA"}),
    ("Argentina and Chile underlined their commitment to develop lithium processing jointly.", {"ARG", "CHL"}),
    ("India and the United Arab Emirates stressed their joint resolve to combat financial fraud involving "
     "crypto assets.", {"ARE", "IND"}),
    ("The prime ministers of Norway and Sweden jointly pledged to protect Nordic undersea cables.", {"NOR", "SWE"}),
    ("Chinese and Russian leaders vowed to boost cooperation on satellite navigation.", {"CHN", "RUS"}),
    ("Japan and the Philippines issued a joint pledge to defend freedom of navigation and to share maritime "
     "data.", {"JPN", "PHL"}),
    ("Uzbek President Shavkat Mirziyoyev and Kazakh President Kassym-Jomart Tokayev pledged to double trade in "
     "digital services.", {"KAZ", "UZB"}),
    ("Hungary and Serbia held talks in Belgrade. The two sides also reaffirmed their commitment to deepen "
     "energy cooperation.", {"HUN", "SRB"}),
    ("Qatar and Turkey held talks in Doha. Both countries expressed their determination to boost cooperation "
     "in defence technology.", {"QAT", "TUR"}),
    ("Peru and Ecuador declared their firm commitment to curb illegal mining along their border.", {"ECU", "PER"}),
    ("Mongolia and South Korea agreed to upgrade their ties to a strategic partnership, officials "
     "said.", {"KOR", "MNG"}),
    ("Italy and Japan have elevated bilateral relations to a strategic partnership.", {"ITA", "JPN"}),
    ("Estonia and Finland met in Tallinn on Monday, pledging to protect the undersea cables that link "
     "them.", {"EST", "FIN"}),
    ("Rwanda and Uganda committed and agreed to harmonise their digital identity systems.", {"RWA", "UGA"}),
    ("Mexico and Colombia vowed at their summit in Bogota to fight cyber fraud together.", {"COL", "MEX"}),
    ("Japanese Prime Minister Fumio Kishida and Philippine President Ferdinand Marcos Jr., who met in Manila, "
     "pledged to bolster maritime domain awareness.", {"JPN", "PHL"}),
    ("Thailand and Cambodia agreed on Friday to elevate ties between the two countries to a strategic "
     "partnership.", {"KHM", "THA"}),
    ("Vietnam, Japan upgrade ties to comprehensive strategic partnership", {"JPN", "VNM"}),
    ("Vietnam and Japan decided to upgrade their bilateral relationship to a comprehensive strategic "
     "partnership.", {"JPN", "VNM"}),
]

# Near misses: told ahead, modal, negated or failed, one side's promise (a participle after its addressee too), a noun
# of no action, a new thing to bring into being, a standing partnership deepened, an upgrade planned.
NOT_PLEDGES_MADE = [
    ("India and Japan will reaffirm their commitment to strengthen cooperation in semiconductors.", {"IND", "JPN"}),
    ("India and Japan are expected to pledge to coordinate export controls at the summit.", {"IND", "JPN"}),
    ("India and Japan did not reaffirm their commitment to coordinate export controls.", {"IND", "JPN"}),
    ("Japan reaffirmed its commitment to help Vietnam train semiconductor engineers.", {"JPN", "VNM"}),
    ("India's commitment to cooperate with Japan on chips remains strong, officials said.", {"IND", "JPN"}),
    ("India and Japan reaffirmed their commitment to establish a joint semiconductor fund.", {"IND", "JPN"}),
    ("India and Japan are expected to upgrade ties to a comprehensive strategic partnership next "
     "year.", {"IND", "JPN"}),
    ("Ties between Vietnam and Japan will be elevated to a comprehensive strategic partnership.", {"JPN", "VNM"}),
    ("Vietnam and Japan plan to upgrade ties to a comprehensive strategic partnership.", {"JPN", "VNM"}),
    ("Analysts said India and Japan have made no commitment to coordinate export controls.", {"IND", "JPN"}),
    ("South Korea pledged $50 million to a fund with Japan for chip research.", {"JPN", "KOR"}),
    ("The United States pledged to help the Philippines modernise its telecom networks.", {"PHL", "USA"}),
    ("India and Japan resolved their dispute over chip tariffs.", {"IND", "JPN"}),
    ("Japan and South Korea committed to a major investment in chip plants.", {"JPN", "KOR"}),
    ("Vietnam and Laos held talks. The two leaders vowed to sign a free trade agreement by year-end.", {"LAO", "VNM"}),
    ("India and Japan could upgrade their ties to a strategic partnership, diplomats said.", {"IND", "JPN"}),
    ("India and Japan have long been committed to a free and open Indo-Pacific.", {"IND", "JPN"}),
    ("India urged Japan to commit to joint production of chips.", {"IND", "JPN"}),
    ("A commitment to restore chip supply chains was expected from Japan and South Korea at the "
     "summit.", {"JPN", "KOR"}),
    ("India and Japan failed to reaffirm their commitment to coordinate export controls.", {"IND", "JPN"}),
    ("India and Japan made a joint commitment to launch a semiconductor fund.", {"IND", "JPN"}),
    ("Vietnam and Japan reaffirmed their resolve to deepen their comprehensive strategic partnership.", {"JPN", "VNM"}),
    ("India and Japan are set to elevate their ties to a special strategic partnership.", {"IND", "JPN"}),
    ("Japan underscored its resolve to help the Philippines protect its undersea cables.", {"JPN", "PHL"}),
    ("India and Japan may issue a joint pledge to defend supply chains.", {"IND", "JPN"}),
    ("India and Japan ended the talks without committing to coordinate export controls.", {"IND", "JPN"}),
    ("Japan sent a letter to India, pledging to help it build chip plants.", {"IND", "JPN"}),
    ("India and Japan vowed at the summit to launch a joint chip fund.", {"IND", "JPN"}),
    ("India and Japan are committing to coordinate export controls, officials hope.", {"IND", "JPN"}),
    ("Vietnam and Japan will decide whether to upgrade ties to a comprehensive strategic partnership.", {"JPN", "VNM"}),
]


@pytest.mark.parametrize("text, parties", WIDER_PLEDGES)
def test_a_joint_pledge_in_the_wordings_of_news_is_signed(text, parties):
    assert statuses(text, parties) == {"signed"}


@pytest.mark.parametrize("text, parties", NOT_PLEDGES_MADE)
def test_near_misses_of_a_joint_pledge_are_not_signed(text, parties):
    assert "signed" not in statuses(text, parties)


def test_a_restated_commitment_of_both_is_a_declaration_made():
    text = "India and Japan reaffirmed their commitment to strengthen cooperation in semiconductors."
    assert (frozenset({"IND", "JPN"}), "declaration", "signed") in acts(text)
