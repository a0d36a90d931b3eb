"""A state that holds a bloc's rotating chair or presidency is one of its members (membership_chair_rules.py): "Malaysia,
as the current chair of ASEAN", "As SCO chair, India ...", "Brazil, which holds the grouping's presidency", "South Africa
chairs the G20", "Ramaphosa, whose country chairs the group". Sentences written for these tests, each shape with
look-alikes that must not fire: co-chairs, bodies and meetings of a bloc, summits of two blocs, chairs only hoped for,
several states before one chair, and the states the chair invites."""

from __future__ import annotations

import pytest

from .extraction import members


@pytest.mark.parametrize(("text", "expected"), [
    # a state set beside the chair in an apposition
    ("Malaysia, as the current chair of ASEAN, urged member states to finish the talks.", {("MYS", "ASEAN")}),
    ("Kenya's envoy said Laos, this year's ASEAN chair, would host the talks.", {("LAO", "ASEAN")}),
    ("In addition to the premier of Uzbekistan, this year's CIS chair, ministers of five states attended.", {("UZB", "CIS")}),
    ("Italy, the G7 presidency in 2024, put AI on the agenda.", {("ITA", "G7")}),
    ("Kyrgyzstan, in its capacity as chair of the CSTO, opened the session.", {("KGZ", "CSTO")}),
    # the chair fronted, the state its subject
    ("As ASEAN chair, the Philippines has pressed for a code of conduct.", {("PHL", "ASEAN")}),
    ("As the current chair of the SCO, Kazakhstan hosted the summit in Astana.", {("KAZ", "SCO")}),
    ("As the G20 presidency for 2025, South Africa set the agenda.", {("ZAF", "G20")}),
    # holding, taking over, assuming the chair
    ("Brazil, which holds the BRICS presidency this year, announced the decision.", {("BRA", "BRICS")}),
    ("BRICS met in Rio. Brazil, which currently holds the grouping's rotating presidency, hosted the talks.",
     {("BRA", "BRICS")}),
    ("Japan holds the G7 presidency this year.", {("JPN", "G7")}),
    ("Malaysia holds the ASEAN chair this year.", {("MYS", "ASEAN")}),
    ("South Africa assumed the G20 presidency on December 1.", {("ZAF", "G20")}),
    ("Laos took over the ASEAN chairmanship from Indonesia in January.", {("LAO", "ASEAN")}),
    ("Russia will take over the rotating chairmanship of BRICS in 2024.", {("RUS", "BRICS")}),
    ("Spain, which is set to assume the rotating presidency of the EU in July, backed the plan.", {("ESP", "EU")}),
    # the chair said with a copula
    ("Kyrgyzstan is the current chair of the EAEU.", {("KGZ", "EAEU")}),
    ("Brazil, which is this year's BRICS chair, hosted the meeting.", {("BRA", "BRICS")}),
    ("Italy became the G7 presidency in January.", {("ITA", "G7")}),
    # chairing the bloc itself
    ("India, which chairs the SCO this year, hosted the meeting of foreign ministers.", {("IND", "SCO")}),
    ("Kyrgyzstan currently chairs the EAEU.", {("KGZ", "EAEU")}),
    # the chair as a title before its state
    ("In March, then BRICS chairman Russia said the partner status would start for Malaysia and Thailand.",
     {("RUS", "BRICS")}),
    ("ASEAN chair Malaysia said the talks would end this year.", {("MYS", "ASEAN")}),
    ("The G20's current chair, India, proposed a digital agenda.", {("IND", "G20")}),
    # the state that chairs the bloc's summit
    ("The SCO summit, chaired by Kazakhstan, adopted the Astana declaration.", {("KAZ", "SCO")}),
    ("The BRICS leaders' summit opens on Tuesday in Kazan and will be chaired by Russia.", {("RUS", "BRICS")}),
    ("Deals were signed at a summit of CIS leaders on Friday, chaired by Kazakh President Kassym-Jomart Tokayev.",
     {("KAZ", "CIS")}),
    ("The SCO summit was chaired by Indian PM Narendra Modi and held online.", {("IND", "SCO")}),
    # the leader's state
    ("South African President Cyril Ramaphosa, whose country presently chairs the group, spoke at the BRICS summit.",
     {("ZAF", "BRICS")}),
    ("Indonesian President Joko Widodo, whose country holds the ASEAN chair, opened the meeting.", {("IDN", "ASEAN")}),
    ("Philippine President Ferdinand Marcos Jr. faces calls, as the current chair of ASEAN, to broker a deal.",
     {("PHL", "ASEAN")}),
    ("The forum was co-hosted by the Emir of Qatar and Prabowo Subianto, President of Indonesia, in his capacity as ASEAN "
     "chair, on Monday.", {("IDN", "ASEAN")}),
])
def test_the_state_holding_a_blocs_chair_is_a_member(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize("text", [
    # a body or a meeting of the bloc, or a summit of two blocs
    "Thailand chairs the ASEAN negotiations committee, which includes experts from the region.",
    "Kenya, which chairs the AU Commission's digital task force, hosted the talks.",
    "India, which chaired the G20 working group on the digital economy, presented the paper.",
    "India, which chairs the SCO summit this year, invited Iran as an observer.",
    "Kazakhstan assumed the chairmanship of the SCO business council.",
    "Saudi Crown Prince Mohammed bin Salman chaired the first GCC-ASEAN summit in Riyadh.",
    "France, as chair of the EU-Japan dialogue, opened the session.",
    "Australia, as chair of the Quad foreign ministers meeting, welcomed the others.",
    # co-chairs, often a partner beside a member
    "Saudi Arabia co-chaired the summit with ASEAN's chair.",
    "Japan, which co-chairs the ASEAN Regional Forum session, spoke first.",
    # a chair hoped for, talked of, denied or only possible
    "Ukraine hopes to hold the EU presidency one day.",
    "Vietnam could take over the ASEAN chair if Myanmar is skipped again.",
    "Germany, which had hoped to take over the G7 presidency, said nothing.",
    "India will not hold the SCO presidency next year.",
    "Myanmar was passed over for the ASEAN chair in 2026.",
    # several states before one chair, a chair's guests, a person who chairs
    "The US and Japan, which holds the G7 presidency, issued a statement.",
    "Chad's Moussa Faki Mahamat, chairperson of the AU Commission, welcomed the accord.",
    "The chair of the G7 summit invited Kenya and Algeria as guests.",
    "As ASEAN chair, the Philippines' foreign minister said the bloc would act.",
    "ASEAN chair Anwar Ibrahim said the talks would end.",
    "ASEAN chair Malaysia's prime minister said the talks would end.",
    "G20 chair India and Brazil spoke.",
    "Saudi Crown Prince Mohammed bin Salman welcomed Widodo, as ASEAN chair, to Riyadh.",
    "Indonesian President Joko Widodo said he hoped to serve as the next chair of ASEAN.",
    "Vietnam hopes to become the ASEAN chair in 2030.",
    "Vietnam would be the ASEAN chair if Myanmar is skipped.",
    "Myanmar is not the ASEAN chair this year.",
    "Malaysia is the current chair of ASEAN's digital ministers meeting.",
    # a summit of two blocs, a co-chaired summit, a session or dinner beside the summit
    "The ASEAN-GCC summit, chaired by Saudi Arabia, adopted a statement.",
    "The summit of ASEAN and the GCC, chaired by Saudi Arabia, adopted a statement.",
    "The G20 summit was co-chaired by Brazil and South Africa.",
    "The SCO summit took place in Astana, and a dinner chaired by Turkey followed.",
    "The BRICS summit opened with a session chaired by Egypt.",
])
def test_chairs_of_a_blocs_bodies_co_chairs_and_hoped_for_chairs_are_not_memberships(text):
    assert members(text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("Japan, which holds the G7 presidency, invited India, Australia and Brazil to the summit.", {("JPN", "G7")}),
    ("Britain, which held the EU presidency in 2005, left the bloc in 2020.", set()),
])
def test_only_the_chairs_own_state_is_made_a_member(text, expected):
    assert members(text) == expected
