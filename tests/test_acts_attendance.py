"""A bloc's act, or an act told of nobody named, belongs to the states a passage lists as taking part ("a list of
members given as participants makes each listed one a party"); passages of our own, in shapes met in real copy."""

from __future__ import annotations

import pytest

from .extraction import acts_of, party_sets, sets


@pytest.mark.parametrize("text, expected", [
    # the list after the bloc's act
    ("Leaders of the CSTO signed nine agreements at their summit in Minsk. The meeting was attended by Armenian "
     "Prime Minister Nikol Pashinyan, Kazakh President Kassym-Jomart Tokayev and Russian President Vladimir Putin.",
     ["ARM+KAZ+RUS"]),
    # the chair attends too
    ("Members of the EAEU signed a digital trade agreement after a summit held under the chairmanship of Armenian Prime "
     "Minister Nikol Pashinyan. The meeting was attended by Belarusian President Alexander Lukashenko, Kazakh "
     "President Kassym-Jomart Tokayev and Russian President Vladimir Putin.", ["ARM+BLR+KAZ+RUS"]),
    # an act of nobody named, the list after it
    ("MANILA: Four Southeast Asian central banks signed on Friday a memorandum on linking QR payments. The four "
     "ASEAN countries are Vietnam, Laos, Cambodia and Brunei.", ["BRN+KHM+LAO+VNM"]),
    # the list before an act of nobody named
    ("The SCO leaders met by video link on Monday. The meeting was attended by the leaders of the member countries, "
     "including India, China, Russia and Kyrgyzstan. After the meeting, the statement on data security was issued.",
     ["CHN+IND+KGZ+RUS"]),
    # partners (none of them members) meeting the bloc: the bloc stays a side; the venue is no attendee
    ("Leaders of NATO and its partners in the Pacific are expected to agree to strengthen cooperation on cyber "
     "defence. Leaders of Japan, South Korea and New Zealand are set to attend the NATO summit in the United "
     "States on Thursday.", ["JPN+KOR+NATO+NZL"]),
    # the chair named before, the list in an aside, one more attendee told apart
    ("During the SCO summit held in Astana, member countries worked on trade. Kazakh President Kassym-Jomart "
     "Tokayev chaired the summit on July 4, which was also attended by Chinese President Xi Jinping, Indian Prime "
     "Minister Narendra Modi and Pakistani Prime Minister Shehbaz Sharif. Russian President Vladimir Putin "
     "participated in the summit via video link. The leaders at the summit adopted the Astana Declaration.",
     ["CHN+IND+KAZ+PAK+RUS"]),
    # "participated (in) by", a passive of taking part common in Asian copy
    ("The APEC trade ministers adopted a statement on digital trade in Lima. The meeting was participated by Chile, "
     "Peru, Mexico and Japan.", ["CHL+JPN+MEX+PER"]),
    ("OPEC ministers endorsed a plan on hydrogen. The conference was participated in by Algeria, Nigeria, Angola and "
     "Gabon.", ["AGO+DZA+GAB+NGA"]),
    # the meeting told just before gathers the list; one more state told represented there
    ("A meeting of the CSTO defence council took place in Yerevan on Friday. The meeting brought together defence "
     "ministers from Armenia, Belarus, Kazakhstan and Russia. Tajikistan was represented by its deputy minister. The "
     "ministers signed a protocol on cyber defence.", ["ARM+BLR+KAZ+RUS+TJK"]),
    # the members set off by dashes after the bloc that opens the clause and acts, told after the bloc's act
    ("The G7 digital ministers issued a statement on AI in Takasaki. The G7 - the United States, Japan, Germany, "
     "Britain, France, Italy and Canada - expressed concern over export curbs.", ["CAN+DEU+FRA+GBR+ITA+JPN+USA"]),
    # the bloc's leaders or ministers with the members set off by dashes, meeting: the bloc's acts are theirs
    ("The GCC launched a cyber defence initiative in March. On Monday, ministers of the GCC countries - Saudi Arabia, "
     "Qatar, Kuwait, Oman, Bahrain and the United Arab Emirates - met in Doha. The ministers adopted a data strategy.",
     ["ARE+BHR+KWT+OMN+QAT+SAU"] * 2),
    # must not fire: a meeting of its own gathering ("The forum brought together companies"), or a roster told with a
    # verb of being (what the bloc is, not what its members do)
    ("The SCO ministers adopted a plan on AI. The forum brought together companies from Russia, China, India and "
     "Iran in a separate hall.", ["SCO"]),
    ("BRICS leaders adopted a declaration on AI. BRICS - Brazil, Russia, India, China and South Africa - has grown "
     "since 2010.", ["BRICS"]),
    # must not fire: a membership list is no attendance; members expected to join are no list of participants
    ("The BRICS leaders adopted a declaration on AI. The BRICS countries are Brazil, Russia, India, China and "
     "South Africa.", ["BRICS"]),
    ("The SCO adopted a declaration on AI. Three countries are expected to join the bloc next year: Laos, Nepal and "
     "Cambodia.", ["SCO"]),
    # must not fire: an act with its parties named keeps them
    ("The summit was attended by the leaders of Brazil, Chile, Peru and Colombia. Brazil and Chile signed a "
     "lithium memorandum on the sidelines.", ["BRA+CHL"]),
])
def test_a_list_of_participants_makes_each_a_party_of_the_group_act(text, expected):
    assert party_sets(text) == sets(*expected)


def test_the_bloc_of_a_listed_group_act_is_its_framework():
    [act] = acts_of("Leaders of the CSTO signed nine agreements at their summit. The meeting was attended by Armenian "
                    "Prime Minister Nikol Pashinyan, Kazakh President Kassym-Jomart Tokayev and Russian President "
                    "Vladimir Putin.")
    assert act.framework == "CSTO" and sorted(act.parties) == ["ARM", "KAZ", "RUS"]


@pytest.mark.parametrize("text", [
    "The statement on cooperation in digital transformation was issued after the meeting.",
    "The joint statement on AI was adopted on Tuesday.",
])
def test_a_statement_issued_in_the_passive_is_a_joint_statement(text):
    from techpact.extract.cues import find_kind
    assert find_kind(text)[0] == "joint-statement"
