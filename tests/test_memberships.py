"""Memberships as the text states them: each construction on sentences written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from techpact.cli import main
from techpact.extract.facts import Span
from techpact.extract.gazetteer import gazetteer
from techpact.extract.gates import folded
from techpact.extract.membership_rules import RULES
from techpact.extract.memberships import member_lists, passage_bloc, sentence_skeleton
from techpact.extract.sentences import split_sentences

from .extraction import members



def lists(text: str, default_bloc: str | None = None):
    [span] = split_sentences(text)
    return member_lists(span, gazetteer().find_actors(text), default_bloc)


@pytest.mark.parametrize(("text", "expected"), [
    # bloc + member noun + list
    ("Ministers from SCO members Kazakhstan, Pakistan and Uzbekistan met on Tuesday.",
     {("KAZ", "SCO"), ("PAK", "SCO"), ("UZB", "SCO")}),
    ("The BRICS countries Brazil, India and South Africa issued a statement on data.",
     {("BRA", "BRICS"), ("IND", "BRICS"), ("ZAF", "BRICS")}),
    ("Fellow OPEC member Nigeria backed the plan.", {("NGA", "OPEC")}),
    ("EU member states such as Spain and Portugal want faster payments.", {("ESP", "EU"), ("PRT", "EU")}),
    ("Brics members Brazil and India called for new rules.", {("BRA", "BRICS"), ("IND", "BRICS")}),
    # members of + bloc + list
    ("All members of the G7 -- Canada, France, Germany, Italy, Japan, the UK and the US -- endorsed the code.",
     {(s, "G7") for s in ("CAN", "FRA", "DEU", "ITA", "JPN", "GBR", "USA")}),
    ("The member states of the Eurasian Economic Union: Armenia, Belarus and Kazakhstan, adopted a plan.",
     {("ARM", "EAEU"), ("BLR", "EAEU"), ("KAZ", "EAEU")}),
    # list + apposition naming the bloc
    ("Envoys of Germany, France and Poland – the three members of NATO that border the region – met in Riga.",
     {("DEU", "NATO"), ("FRA", "NATO"), ("POL", "NATO")}),
    ("Greece, a member of the European Union, signed the accord.", {("GRC", "EU")}),
    ("Chile, a founding APEC member, hosted the forum.", {("CHL", "APEC")}),
    ("Talks between Brunei, Myanmar and Cambodia (ASEAN) ended on Monday.",
     {("BRN", "ASEAN"), ("MMR", "ASEAN"), ("KHM", "ASEAN")}),
    ("Leaders of the Australia-UK-US (AUKUS) pact met again.", {("AUS", "AUKUS"), ("GBR", "AUKUS"), ("USA", "AUKUS")}),
    # bloc + relative clause or participle
    ("The Gulf Cooperation Council, which includes Kuwait, Oman and Qatar, set up a cyber centre.",
     {("KWT", "GCC"), ("OMN", "GCC"), ("QAT", "GCC")}),
    ("MERCOSUR was founded in 1991 by Argentina, Brazil, Paraguay and Uruguay.",
     {("ARG", "MERCOSUR"), ("BRA", "MERCOSUR"), ("PRY", "MERCOSUR"), ("URY", "MERCOSUR")}),
    ("BRICS has since expanded to include Egypt and Iran.", {("EGY", "BRICS"), ("IRN", "BRICS")}),
    # joining and being a member
    ("Egypt and Ethiopia joined BRICS at the start of the year.", {("EGY", "BRICS"), ("ETH", "BRICS")}),
    ("Iran became a full member of the SCO last summer.", {("IRN", "SCO")}),
    ("Finland and Sweden are members of NATO.", {("FIN", "NATO"), ("SWE", "NATO")}),
    ("Norway was the first NATO country to test the system.", {("NOR", "NATO")}),
    ("Ghana voted against the text, becoming the only African Union member state to do so.", {("GHA", "AU")}),
    ("Laos and other ASEAN countries will benefit from the grid.", {("LAO", "ASEAN")}),
    ("Kenya and other members of the African Union met.", {("KEN", "AU")}),
    ("the Kazakh and Kyrgyz members of the CSTO objected.", {("KAZ", "CSTO"), ("KGZ", "CSTO")}),
    ("Iran, which joined the SCO in 2023, hosted the talks.", {("IRN", "SCO")}),
    ("Armenia, which chaired the talks as a member of the CSTO, said little.", {("ARM", "CSTO")}),
    ("Peru took part as a full APEC member.", {("PER", "APEC")}),
    ("Jordan (a NATO member) was not mentioned.", {("JOR", "NATO")}),
    ("Algeria, one of the founding members of OPEC, hosted it.", {("DZA", "OPEC")}),
    ("Chad became BRICS’ newest member last week.", {("TCD", "BRICS")}),
    ("The SCO met in Minsk. Belarus became a full member on Thursday.", {("BLR", "SCO")}),
    ("The SCO met. Belarus became a full member of the Union State long ago.", set()),
    ("NATO met in Oslo. Denmark, Norway and Iceland, the three founding members from the north, spoke.",
     {("DNK", "NATO"), ("NOR", "NATO"), ("ISL", "NATO")}),
    ("Kenya and Uganda founded the East African body, not the AU.", set()),
    ("China and Russia founded the SCO in 2001.", {("CHN", "SCO"), ("RUS", "SCO")}),
    ("Iran is part of the SCO.", {("IRN", "SCO")}),
    ("Pakistan, which became a member of the SCO in 2017, signed.", {("PAK", "SCO")}),
    ("Oman, Qatar and Kuwait are among the members of the GCC.", {("OMN", "GCC"), ("QAT", "GCC"), ("KWT", "GCC")}),
    ("BRICS (Brazil, Russia, India, China and South Africa) met.", {(c, "BRICS") for c in ["BRA", "RUS", "IND", "CHN", "ZAF"]}),
    ("BRICS met in Kazan. New members Egypt and Iran attended.", {("EGY", "BRICS"), ("IRN", "BRICS")}),
    ("China and Russia, both members of the SCO, agreed.", {("CHN", "SCO"), ("RUS", "SCO")}),
    ("China, Russia, India and Pakistan, all SCO members, agreed.", {(c, "SCO") for c in ["CHN", "RUS", "IND", "PAK"]}),
    ("The SCO's full members are China, Russia and India.", {(c, "SCO") for c in ["CHN", "RUS", "IND"]}),
    ("The bloc's newest member, Indonesia, joined talks. BRICS met.", {("IDN", "BRICS")}),
    ("NATO allies Poland and Romania host the radars.", {("POL", "NATO"), ("ROU", "NATO")}),
    ("Iran joined the SCO as a full member.", {("IRN", "SCO")}),
    ("The SCO, whose members include China and Russia, met.", {("CHN", "SCO"), ("RUS", "SCO")}),
    ("Indonesia became the tenth member of BRICS.", {("IDN", "BRICS")}),
    ("Japan is one of the founding members of the G7.", {("JPN", "G7")}),
    ("Russia said the SCO members, including Iran, back the plan.", {("IRN", "SCO")}),
    ("ASEAN countries such as Vietnam and Thailand are seeking chips.", {("VNM", "ASEAN"), ("THA", "ASEAN")}),
    ("The EU and its member states, including France, have pledged funds.", {("FRA", "EU")}),
    ("Australia, India, Japan and the United States, known as the Quad, met.", {(c, "QUAD") for c in ["AUS", "IND", "JPN", "USA"]}),
    ("The Quad grouping of Australia, India, Japan and the United States met.", {(c, "QUAD") for c in ["AUS", "IND", "JPN", "USA"]}),
])
def test_memberships_stated_constructions(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize("text", [
    "Turkey has applied to join the SCO.",
    "Saudi Arabia was invited to join BRICS last year.",
    "Mongolia, an observer of the SCO, sent a delegation.",
    "Serbia is not a member of the EU.",
    "Ukraine is seeking to join NATO.",
    "Britain, a former member of the EU, signed the accord.",
    "Bolivia joined BRICS as a partner country.",
    "Belarus joined the SCO summit as a guest.",
    "Mongolia attended as an observer of the SCO.",
    "Japan and the EU signed a deal on chips.",
    "China's proposal to SCO members drew little interest.",
    "Prospective members of the bloc, such as Algeria and Bolivia, watched closely. BRICS met in Kazan.",
    "The EU (Brussels) said.",
    "The EU–China summit ended.",
    "Turkey, which is not a member of the EU, signed.",
    "BRICS members and partner countries such as Cuba and Bolivia met.",
    "Algeria, Bolivia and Cuba, which have applied for membership of BRICS, attended.",
    "Venezuela wants to become a member of BRICS.",
    "India and Japan signed a deal at the G20 summit in Delhi.",
    "China proposed an AI centre to SCO member states.",
    "Russia and China, who lead the SCO, signed a deal.",
    "Mexico and Canada are not members of the EU.",
])
def test_memberships_not_stated_by_applications_invitations_observers_or_former_members(text):
    assert members(text) == set()


def test_memberships_the_bloc_and_the_group_refer_back_to_the_passage_bloc():
    text = ("The Eurasian Economic Union met in Minsk. The bloc, which includes Armenia and Kyrgyzstan, "
            "set up a digital office. Tunisia has said it has joined the group.")
    assert members(text) == {("ARM", "EAEU"), ("KGZ", "EAEU"), ("TUN", "EAEU")}


def test_memberships_members_of_something_else_are_not_bloc_members():
    text = "ASEAN ministers met in Hanoi. The platform's members include India and Singapore."
    assert members(text) == set()


def test_memberships_partner_countries_of_the_bloc_are_not_members():
    text = "BRICS leaders met in Kazan. The bloc's partner countries include Bolivia and Cuba."
    assert members(text) == set()


def test_memberships_capital_as_sentence_subject():
    text = "Ankara has backed a common fund for the OSCE, of which it is a member, along with Austria."
    assert members(text) == {("TUR", "OSCE"), ("AUT", "OSCE")}


def test_member_lists_gives_listed_participants_of_the_blocs_act():
    [listed] = lists("All G7 members -- the US, Japan, Germany and France -- agreed on an AI code.")
    assert (listed.bloc, listed.states, listed.participants) == ("G7", ("USA", "JPN", "DEU", "FRA"), True)


def test_member_lists_joining_is_a_membership_not_a_participant_list():
    [listed] = lists("Egypt joined BRICS in January.")
    assert (listed.bloc, listed.states, listed.participants) == ("BRICS", ("EGY",), False)


def test_member_lists_members_resolved_to_the_default_bloc():
    [listed] = lists("All other members backed the plan, including Kenya and Ghana.", default_bloc="AU")
    assert (listed.bloc, listed.states) == ("AU", ("KEN", "GHA"))


def test_passage_bloc_is_the_most_named_bloc():
    text = "BRICS met. The EU watched. BRICS agreed."
    assert passage_bloc(gazetteer().find_actors(text)) == "BRICS"
    assert passage_bloc([]) is None


def test_member_lists_offsets_point_at_the_list():
    text = "SCO members China and Russia met."
    span = Span(0, len(text), text)
    [listed] = member_lists(span, gazetteer().find_actors(text))
    assert text[listed.start:listed.end] == "China and Russia"


@pytest.mark.parametrize(("text", "expected"), [
    ("Oman and Qatar are GCC members.", {("OMN", "GCC"), ("QAT", "GCC")}),
    ("Chile and Peru, as APEC members, backed the plan.", {("CHL", "APEC"), ("PER", "APEC")}),
    ("Armenia and Belarus, as CSTO allies, held talks.", {("ARM", "CSTO"), ("BLR", "CSTO")}),
    ("The enlarged OPEC now includes Gabon and Nigeria.", {("GAB", "OPEC"), ("NGA", "OPEC")}),
    ("Oman and Qatar are not GCC members.", set()),
    ("Chile and Peru, as APEC partners, backed the plan.", set()),
])
def test_plural_memberships_without_an_article_and_includes_with_now(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Chile, an APEC economy, hosted the talks.", {("CHL", "APEC")}),
    ("Brazil and India, the two largest BRICS powers, signed a memorandum.", {("BRA", "BRICS"), ("IND", "BRICS")}),
    ("France, the EU's second largest economy, signed a deal.", {("FRA", "EU")}),
    ("Armenia is also an EAEU member state.", {("ARM", "EAEU")}),
    ("Oman and Qatar are among the GCC members.", {("OMN", "GCC"), ("QAT", "GCC")}),
    ("Laos, which is part of ASEAN, signed a deal.", {("LAO", "ASEAN")}),
    ("Norway, the EU's largest gas supplier, signed a deal.", set()),
    ("Britain, a former EU member, signed a deal.", set()),
])
def test_appositions_and_predicates_of_membership(text, expected):
    assert members(text) == expected


def _challenge_cases():
    path = Path(__file__).parent / "data" / "challenge_memberships.txt"
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        known_miss = line.startswith("? ")
        expected, text = line.removeprefix("? ").split(" | ", 1)
        pairs = set() if expected.strip() == "-" else {tuple(pair.split(":")) for pair in expected.split()}
        yield pytest.param(text, pairs, known_miss, id=f"line{number}")


@pytest.mark.parametrize(("text", "expected", "known_miss"), list(_challenge_cases()))
def test_challenge_set_memberships_are_read_and_nothing_else(text, expected, known_miss):
    found = members(text)
    assert found <= expected  # never a membership the text does not state
    if not known_miss:
        assert found == expected


@pytest.mark.parametrize(("text", "expected"), [
    # appositions: "also an", a possessive determiner, a bracket without article, a co-founder, a share of the members
    ("Kyrgyzstan, also an EAEU member, signed.", {("KGZ", "EAEU")}),
    ("Qatar, the Gulf's richest GCC state, signed.", {("QAT", "GCC")}),
    ("Kazakhstan, Russia's fellow EAEU member, signed.", {("KAZ", "EAEU")}),
    ("Oman (GCC member since 1981) signed.", {("OMN", "GCC")}),
    ("Russia, a co-founder of BRICS, signed.", {("RUS", "BRICS")}),
    ("Brazil and Chile, two of APEC's Latin American economies, signed.", {("BRA", "APEC"), ("CHL", "APEC")}),
    ("Angola, OPEC's smallest and newest African member, signed.", {("AGO", "OPEC")}),
    ("Portugal, a member of the 27-nation EU, signed.", {("PRT", "EU")}),
    ("Japan, the EU's biggest trading partner in Asia, signed.", set()),
    ("Japan, the Quad's biggest trading partner, signed.", set()),
    ("Moldova, an EU candidate, signed.", set()),
])
def test_appositions_with_more_determiners(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the list is the bloc, the bloc is a pact between the list, the list continues after "along with"
    ("Brazil, Russia, India and China, the original BRIC, were joined later.", set()),
    ("Russia, Belarus and Kazakhstan, the founding EAEU, met.", {(c, "EAEU") for c in ("RUS", "BLR", "KAZ")}),
    ("AUKUS, the trilateral pact between Australia, Britain and the US, met.", {(c, "AUKUS") for c in ("AUS", "GBR", "USA")}),
    ("The G7 forum of Japan and Italy met.", set()),
    ("The G20 pact between India and Brazil was signed.", set()),
    ("The GCC comprises Saudi Arabia and Kuwait, along with Oman.", {(c, "GCC") for c in ("SAU", "KWT", "OMN")}),
    ("GCC members Saudi Arabia and Kuwait, along with Iraq, met.", {("SAU", "GCC"), ("KWT", "GCC")}),
    ("CSTO (originally Russia, Armenia and Kazakhstan) met.", {(c, "CSTO") for c in ("RUS", "ARM", "KAZ")}),
    ("The Brics group of big emerging economies — Brazil, India and China — met.", {(c, "BRICS") for c in ("BRA", "IND", "CHN")}),
    ("The bloc, which initially comprised Brazil and Argentina, met. Mercosur grew.", {("BRA", "MERCOSUR"), ("ARG", "MERCOSUR")}),
    ("Members of the EU and Japan met in Tokyo.", set()),
    ("OPEC+ members Russia and Kazakhstan agreed.", set()),
])
def test_lists_that_are_the_bloc_or_continue_it(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # joining, admission and accession that happened
    ("Brunei, Laos join ASEAN", {("BRN", "ASEAN"), ("LAO", "ASEAN")}),
    ("Croatia was formally admitted into the EU in 2013.", {("HRV", "EU")}),
    ("Montenegro admitted as NATO's 29th member", {("MNE", "NATO")}),
    ("The EAEU admitted Armenia as a full member in 2015.", {("ARM", "EAEU")}),
    ("The SCO formally admitted Iran on Tuesday.", {("IRN", "SCO")}),
    ("BRICS welcomed Iran and Egypt as new members.", {("IRN", "BRICS"), ("EGY", "BRICS")}),
    ("Finland completed its accession to NATO in April.", {("FIN", "NATO")}),
    ("Bolivia gained full membership of Mercosur.", {("BOL", "MERCOSUR")}),
    ("Uzbekistan secured full SCO membership in 2001.", {("UZB", "SCO")}),
    ("Croatia, the latest country to join the EU, signed.", {("HRV", "EU")}),
    ("Montenegro became the 29th state to join NATO.", {("MNE", "NATO")}),
    ("The CSTO, which Armenia joined in 2002, met.", {("ARM", "CSTO")}),
    ("NATO has grown since the accession of Finland and Sweden.", {("FIN", "NATO"), ("SWE", "NATO")}),
    ("Following Croatia's accession to the EU, trade rose.", {("HRV", "EU")}),
    ("Mercosur expanded in 2024, admitting Bolivia.", {("BOL", "MERCOSUR")}),
    ("The SCO met. Pakistan and India became members in 2017.", {("PAK", "SCO"), ("IND", "SCO")}),
    ("The SCO met. Belarus joined as a full member in 2024.", {("BLR", "SCO")}),
    ("Croatia has officially become a member of the EU.", {("HRV", "EU")}),
    ("Croatia becomes 28th EU member", {("HRV", "EU")}),
    ("Angola joined fellow OPEC members in cutting output.", {("AGO", "OPEC")}),
    # joining that did not happen, or joining something else
    ("Serbia hopes to join the EU.", set()),
    ("If Serbia joined the EU, trade would rise.", set()),
    ("Should Georgia join NATO, Moscow would respond.", set()),
    ("Colombia joined the OPEC talks in Vienna.", set()),
    ("India joined the G20 declaration on AI.", set()),
    ("Brazil joined the BRICS bank in 2015.", set()),
    ("Ukraine joined NATO's innovation fund.", set()),
    ("Mexico joined the EU in calling for restraint.", set()),
    ("Vietnam joins ASEAN partner list", set()),
    ("BRICS welcomed Cuba and Bolivia as partner countries.", set()),
    ("NATO admitted Russia had tested its defences.", set()),
    ("The EU accepted Ukraine as a candidate in 2022.", set()),
    ("The SCO added Qatar as a dialogue partner.", set()),
    ("Ukraine will secure NATO membership one day, Kyiv said.", set()),
])
def test_joining_admission_and_accession(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # predicates: one of N, among the bloc's members, part of, a seat in, of which L is a member, coordinated blocs
    ("Malaysia is one of 10 members of ASEAN.", {("MYS", "ASEAN")}),
    ("Kuwait is one of the GCC's six members.", {("KWT", "GCC")}),
    ("Chile and Peru are among APEC's members.", {("CHL", "APEC"), ("PER", "APEC")}),
    ("Armenia has long been part of the CSTO.", {("ARM", "CSTO")}),
    ("Canada has a seat in the G7.", {("CAN", "G7")}),
    ("The GCC, of which Bahrain is a founding member, met.", {("BHR", "GCC")}),
    ("Japan is a member of the G7, as is Italy.", {("JPN", "G7"), ("ITA", "G7")}),
    ("Kazakhstan is a member of both the SCO and the CSTO.", {("KAZ", "SCO"), ("KAZ", "CSTO")}),
    ("Russia and Belarus are members of the EAEU, the CSTO and the CIS.",
     {(s, b) for s in ("RUS", "BLR") for b in ("EAEU", "CSTO", "CIS")}),
    ("Kazakhstan is a member of the SCO and BRICS partner countries met.", {("KAZ", "SCO")}),
    ("Turkey is a member of NATO and the EU's candidate.", {("TUR", "NATO")}),
    ("Among ASEAN members, Vietnam and Thailand export the most chips.", {("VNM", "ASEAN"), ("THA", "ASEAN")}),
    ("Vietnam, like fellow ASEAN members, signed.", {("VNM", "ASEAN")}),
    ("Chile, unlike other APEC economies, signed.", {("CHL", "APEC")}),
    ("Peru and its fellow APEC members met.", {("PER", "APEC")}),
    ("Fellow EU ally Spain signed.", {("ESP", "EU")}),
    ("The G7 democracies, including Canada and Italy, signed.", {("CAN", "G7"), ("ITA", "G7")}),
    ("Sweden is not one of the members of the EAEU.", set()),
    ("Georgia left the CIS in 2009.", set()),
    ("Italy holds the G7 presidency this year.", {("ITA", "G7")}),
])
def test_predicates_of_membership(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # bloc names as news prints them
    ("Kenya, an AU member state, signed.", {("KEN", "AU")}),
    ("Canada, a Group of 7 member, signed.", {("CAN", "G7")}),
    ("Indonesia and Mexico, both Group of 20 members, signed.", {("IDN", "G20"), ("MEX", "G20")}),
    ("Gabon, a member of the Organisation of the Petroleum Exporting Countries, signed.", {("GAB", "OPEC")}),
    ("Oman, a Gulf Co-operation Council member, signed.", {("OMN", "GCC")}),
    ("Ethiopia joined BRICS+ last year.", {("ETH", "BRICS")}),
    ("Egypt joined Brics+ last year.", {("EGY", "BRICS")}),
    ("Kazakhstan joined OPEC+ in 2016.", set()),
    ("Russia, an OPEC+ member, cut output.", set()),
])
def test_bloc_names_as_news_prints_them(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Hungary is also in the EU.", {("HUN", "EU")}),
    ("Kenya is in the AU and Nigeria is in OPEC.", {("KEN", "AU"), ("NGA", "OPEC")}),
    ("Iran is in talks with the EAEU.", set()),
    ("Laos is in the ASEAN chair this year.", set()),
    ("Iran is part of the SCO's outreach plan.", set()),
    ("Croatia's membership of the EU took effect in July 2013.", {("HRV", "EU")}),
    ("Sweden's accession to NATO was completed in March.", {("SWE", "NATO")}),
    ("March 7 marked Sweden's entry into NATO.", {("SWE", "NATO")}),
    ("Sweden's accession to NATO was approved by Turkey's parliament.", set()),
    ("Ukraine's accession to the EU could take years.", set()),
    ("Albania joined NATO in 2009 and Montenegro in 2017.", {("ALB", "NATO"), ("MNE", "NATO")}),
    ("The EAEU is made up of Russia, Belarus and Kazakhstan.", {(c, "EAEU") for c in ("RUS", "BLR", "KAZ")}),
    ("The GCC, whose members also include Oman, met.", {("OMN", "GCC")}),
    ("Cambodia and Laos were welcomed into ASEAN in the 1990s.", {("KHM", "ASEAN"), ("LAO", "ASEAN")}),
    ("China and Japan were welcomed to the ASEAN summit.", set()),
    ("The PRC, an SCO founding member, signed.", {("CHN", "SCO")}),
])
def test_being_in_a_bloc_and_an_accession_that_took_effect(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("EU member states, in particular Spain, objected.", {("ESP", "EU")}),
    ("Of the G7 members, only Italy signed.", {("ITA", "G7")}),
    ("Of the G7 summit guests, India and Brazil spoke first.", set()),
    ("Peru, alone among APEC economies, objected.", {("PER", "APEC")}),
    ("Peru, alone among APEC guests, objected.", set()),
    # a membership the clause goes on to end
    ("Greece, which joined the EU in 1981 and later left, signed.", set()),
    ("Portugal, a member of OPEC until 2019, signed.", set()),
    ("Qatar, which had joined OPEC in 1961, quit it in 2019.", set()),
    ("Mali, which joined the AU in 2002, was suspended in 2021.", set()),
    ("Ecuador, which had joined OPEC, suspended its membership in 1992.", set()),
    ("Greece, an EU member, left the talks early.", {("GRC", "EU")}),
])
def test_among_members_and_memberships_the_clause_ends(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a bloc named with modifiers and referred back to
    ("ASEAN met. The 10-nation regional bloc, which includes Laos and Brunei, agreed.", {("LAO", "ASEAN"), ("BRN", "ASEAN")}),
    ("The CSTO met. The Russia-led alliance, which includes Armenia, agreed.", {("ARM", "CSTO")}),
    ("ASEAN met. The working group, which includes Japan and Korea, agreed.", set()),
    # the bloc admits with adverbials in between; the bloc later added
    ("NATO leaders on Tuesday admitted Albania as the alliance's newest member.", {("ALB", "NATO")}),
    ("The EAEU, set up in 2015 by Russia, Belarus and Kazakhstan, later added Armenia.",
     {(c, "EAEU") for c in ("RUS", "BLR", "KAZ", "ARM")}),
    ("The GCC, founded in 1981, later took in no one.", set()),
    ("At the ASEAN meeting, Vietnam later welcomed Japan.", set()),
    ("The EU, which first met in 1958, later added Greece and, in 1986, Spain.", {("GRC", "EU"), ("ESP", "EU")}),
    # lists the new member joins or joins with
    ("Finland became a member of NATO in April, joining Norway and Denmark.", {(c, "NATO") for c in ("FIN", "NOR", "DNK")}),
    ("Bolivia joined Mercosur in July, alongside Argentina and Brazil.", {(c, "MERCOSUR") for c in ("BOL", "ARG", "BRA")}),
    ("Bolivia joined Mercosur in July, alongside Chile's observers.", {("BOL", "MERCOSUR")}),
    ("Iran joined the SCO as its ninth member. The SCO met.", {("IRN", "SCO")}),
    ("Indonesia joined a year later as the group's tenth member. BRICS met.", {("IDN", "BRICS")}),
    # a relative clause between subject and verb, blocs coordinated before the member noun
    ("Qatar, which was invited to the BRICS summit, is a member of the GCC.", {("QAT", "GCC")}),
    ("Qatar, which was invited to the summit, is not a member of the GCC.", set()),
    ("Brazil, a G20 and BRICS member, signed.", {("BRA", "G20"), ("BRA", "BRICS")}),
    ("Brazil, a G20 and BRICS partner, signed.", set()),
])
def test_passage_shapes_referents_later_additions_and_asides(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Morocco rejoined the AU in 2017.", {("MAR", "AU")}),
    ("The remaining members - Oman and Qatar - agreed. The GCC met.", {("OMN", "GCC"), ("QAT", "GCC")}),
    ("ASEAN met. The Southeast Asian regional bloc, which includes Laos, agreed.", {("LAO", "ASEAN")}),
    ("TOKYO (Kyodo) -- Japan hosted the Quad, the grouping it forms with India and Australia.",
     {("JPN", "QUAD"), ("IND", "QUAD"), ("AUS", "QUAD")}),
    ("Britain hosted AUKUS, the partnership it leads with Australia and the US.",
     {("GBR", "AUKUS"), ("AUS", "AUKUS"), ("USA", "AUKUS")}),
    ("Japan hosted the Quad, the summit it holds with India.", set()),
    ("Chile is a member of APEC, where it sits alongside Peru and Mexico.", {("CHL", "APEC"), ("PER", "APEC"), ("MEX", "APEC")}),
])
def test_rejoining_spaced_dashes_regional_referents_and_the_grouping_it_forms_with(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya and Ghana signed a data pact. Both countries are members of the AU.", {("KEN", "AU"), ("GHA", "AU")}),
    ("Kenya and Ghana signed a data pact. The two sides, both AU members, will meet again.", {("KEN", "AU"), ("GHA", "AU")}),
    ("Peru and Chile signed the accord; both are APEC members.", {("PER", "APEC"), ("CHL", "APEC")}),
    ("Norway, Denmark and Iceland signed. All three are founding members of NATO.", {(c, "NATO") for c in ("NOR", "DNK", "ISL")}),
    ("ACCRA (AFP) -- Kenya and Ghana signed a pact. They are both members of the AU.", {("KEN", "AU"), ("GHA", "AU")}),
    ("Kenya and Ghana signed a pact. They are both members of the AU and OPEC.",
     {("KEN", "AU"), ("GHA", "AU"), ("KEN", "OPEC"), ("GHA", "OPEC")}),
    # too many states named before, or not members
    ("Kenya and Ghana signed a pact. Nigeria objected. Both are AU members.", set()),
    ("Norway and Iceland signed a pact. Both countries are not members of the EU.", set()),
    ("Egypt and Turkey signed. Both countries are observers of the SCO.", set()),
    ("Serbia and Georgia signed. Both hope to become members of the EU.", set()),
])
def test_both_countries_are_members_of_the_states_named_just_before(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Croatia, which officially became a member of the EU in 2013, signed.", {("HRV", "EU")}),
    ("Chile, a member of APEC, joined the CSTO in 2020.", {("CHL", "APEC"), ("CHL", "CSTO")}),
    ("Serbia, a candidate for EU membership, joined the CSTO summit.", set()),
    ("Serbia, which applied to join the EU, is a member of the OSCE.", {("SRB", "OSCE")}),
    ("Peru and Chile signed. The two Andean neighbours, both APEC members, met.", {("PER", "APEC"), ("CHL", "APEC")}),
])
def test_appositions_before_the_verb_and_described_pairs(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("GCC members the Kingdom of Bahrain (Bahrain), Oman and Kuwait met.", {(c, "GCC") for c in ("BHR", "OMN", "KWT")}),
    ("NATO's newer members are Finland (2023) and Sweden (2024).", {("FIN", "NATO"), ("SWE", "NATO")}),
    ("EU members France (Paris) and Spain (Madrid) met.", {("FRA", "EU"), ("ESP", "EU")}),
])
def test_lists_keep_a_states_echo_or_a_short_bracket(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Japan, a G7 member alongside Italy and Canada, signed.", {("JPN", "G7"), ("ITA", "G7"), ("CAN", "G7")}),
    ("Japan, a G7 member, alongside Italy, signed a deal with India.", {("JPN", "G7")}),
    ("Oman, its closest neighbour, became a GCC member long ago.", {("OMN", "GCC")}),
    # a list ends where a new clause starts
    ("The GCC includes Oman and Qatar, and Iran objected.", {("OMN", "GCC"), ("QAT", "GCC")}),
    ("Peru joined APEC in 1998 alongside Vietnam, and China objected.", {("PER", "APEC"), ("VNM", "APEC")}),
    ("The GCC includes Oman, Qatar, and Kuwait.", {(c, "GCC") for c in ("OMN", "QAT", "KWT")}),
    ("The GCC includes Oman and Qatar as well as Kuwait and Bahrain.", {(c, "GCC") for c in ("OMN", "QAT", "KWT", "BHR")}),
    ("The GCC includes Oman and Qatar, and since 1981, Kuwait.", {(c, "GCC") for c in ("OMN", "QAT", "KWT")}),
])
def test_members_alongside_and_where_a_list_ends(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The EAEU met. Armenia and Belarus, which make up the union with others, agreed.", {("ARM", "EAEU"), ("BLR", "EAEU")}),
    ("The GCC met. Oman and Qatar, which founded the council, agreed.", {("OMN", "GCC"), ("QAT", "GCC")}),
    ("The SCO met. Oman and Qatar, which founded the council, agreed.", set()),
    ("The SCO met. The Republic of Belarus was admitted as a member state of the Organization.", {("BLR", "SCO")}),
])
def test_a_blocs_head_noun_points_back_to_it(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The EU expanded sanctions, adding Iran and Belarus.", set()),
    ("The EU expanded its blacklist to include Iran.", set()),
    ("The EU expanded eastward in 2004, adding Poland and Hungary.", {("POL", "EU"), ("HUN", "EU")}),
    ("The EU expanded its membership to include Poland.", {("POL", "EU")}),
    ("The expansion of NATO to include Finland angered Moscow.", {("FIN", "NATO")}),
])
def test_expanding_is_the_blocs_own_growth(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("BRICS met. Egypt and Iran, now full members, attended.", {("EGY", "BRICS"), ("IRN", "BRICS")}),
    ("BRICS met. Egypt and Iran, now partner countries, attended.", set()),
    ("Poland and Hungary were among the countries that joined NATO in 1999.", {("POL", "NATO"), ("HUN", "NATO")}),
    ("Poland and Hungary were among the countries invited to join NATO.", set()),
    ("Austria has been in the EU since 1995.", {("AUT", "EU")}),
    ("OPEC met. Algeria, a founding member of the cartel, signed.", {("DZA", "OPEC")}),
    ("Gabon, a timber exporter and an OPEC member, signed.", {("GAB", "OPEC")}),
    ("Gabon, a timber exporter and an OPEC partner, signed.", set()),
])
def test_now_full_members_among_those_who_joined_and_double_appositions(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Uzbekistan belongs only to the SCO and the CIS.", {("UZB", "SCO"), ("UZB", "CIS")}),
    ("The BRICS group of emerging economies, which includes partner Bolivia, met.", set()),
    ("The BRICS group of emerging economies, which includes Brazil, met.", {("BRA", "BRICS")}),
    ("Germany, Europe's largest economy, is a member of the G7.", {("DEU", "G7")}),
    ("Kenya, a founding member of the AU and a member of OPEC since 2020, signed.", {("KEN", "AU"), ("KEN", "OPEC")}),
    ("Kenya, a member of the AU and a former member of OPEC, signed.", {("KEN", "AU")}),
    ("Kenya, a member of the AU and a partner member of BRICS, signed.", {("KEN", "AU")}),
])
def test_only_belonging_a_blocs_description_and_a_second_membership(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The five-member bloc, founded in 1991, has since been joined by Bolivia. Mercosur met.", {("BOL", "MERCOSUR")}),
    ("At the Mercosur summit, Brazil was later joined by Chile for dinner.", set()),
    ("As Mercosur founding members, Brazil and Argentina agreed.", {("BRA", "MERCOSUR"), ("ARG", "MERCOSUR")}),
    ("As members of the GCC, Oman and Qatar agreed.", {("OMN", "GCC"), ("QAT", "GCC")}),
    ("As GCC observers, Iraq and Yemen attended.", set()),
    ("Chile and Peru, neighbours with long ties to Bolivia, are members of APEC.", {("CHL", "APEC"), ("PER", "APEC")}),
    ("Chile, unlike Bolivia, is a member of APEC.", {("CHL", "APEC")}),
    ("Bolivia, unlike Chile, is not a member of APEC.", set()),
])
def test_joined_by_as_members_and_asides_of_any_kind(text, expected):
    assert members(text) == expected


def test_rule_gate_words_stand_in_every_match_of_the_challenge_set():
    """A rule is only run on sentences holding one of its words: over every case of the challenge set, each
    match of each gated pattern holds one of them."""
    checked = 0
    for case in _challenge_cases():
        text = case.values[0]
        mentions = gazetteer().find_actors(text)
        bloc = passage_bloc(mentions)
        for span in split_sentences(text):
            skeleton = sentence_skeleton(span, [m for m in mentions if span.start <= m.start < span.end], bloc)
            for rule in RULES:
                for match in rule.pattern.finditer(skeleton.text) if rule.words else ():
                    assert any(word in folded(match.group()) for word in rule.words), (rule.name, skeleton.text)
                    checked += 1
    assert checked > 100


@pytest.mark.parametrize(("text", "expected"), [
    ("Ministers of Peru, Chile and Mexico met in Lima. The three countries, which belong to APEC, agreed on a plan.",
     {(c, "APEC") for c in ("PER", "CHL", "MEX")}),
    ("Leaders of Norway, Denmark, Iceland and Canada met. The four nations, which together form the core of NATO's north, "
     "talked.", set()),  # the core of NATO's north is not NATO
    ("Ministers from Ghana, Kenya, Nigeria, Egypt and Ethiopia met on Monday. The five countries, which make up the AU group "
     "on data, agreed.", {(c, "AU") for c in ("GHA", "KEN", "NGA", "EGY", "ETH")}),
    ("Leaders of Peru and Chile met in Santiago. The neighbours, which both belong to APEC and OPEC, signed a pact.",
     {(c, b) for c in ("PER", "CHL") for b in ("APEC", "OPEC")}),
    ("Uruguay and Paraguay signed a data pact. The two countries founded Mercosur with Brazil and Argentina.",
     {("URY", "MERCOSUR"), ("PRY", "MERCOSUR")}),
    ("Kenya and Rwanda signed the pact at the AU summit in Addis Ababa. Both countries are members of the 55-member bloc.",
     {("KEN", "AU"), ("RWA", "AU")}),
    # the count must match the states named just before; a summit or a bank of the bloc is no membership
    ("Ministers of Peru, Chile and Mexico met in Lima. The two countries, which belong to APEC, agreed.", set()),
    ("Peru and Chile signed a pact. The two countries attended the APEC summit.", set()),
    ("Egypt and Ethiopia signed. The two countries, which belong to the BRICS bank, agreed.", set()),
    ("Serbia and Georgia signed a pact. The two countries hope to form part of the EU.", set()),
])
def test_counted_states_that_make_up_or_belong_to_a_bloc_are_those_named_just_before(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Nineteen countries had formally asked to join the BRICS grouping, including Saudi Arabia, Iran and Argentina.", set()),
    ("Several states are keen on membership of the SCO, such as Turkey and Azerbaijan.", set()),
    ("Countries that want to join NATO, including Ukraine and Georgia, were not invited.", set()),
    ("More states are expected to join BRICS, including Malaysia and Thailand.", set()),
    # joining done, or a bloc named for itself, still lists members
    ("Argentina declined an invitation to join BRICS, which includes Brazil and India.", {("BRA", "BRICS"), ("IND", "BRICS")}),
    ("The talks in the SCO, including China and Russia, went on.", {("CHN", "SCO"), ("RUS", "SCO")}),
])
def test_a_list_after_a_bloc_others_wish_or_ask_to_join_names_hopefuls(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a regional word says which bloc "the bloc" is, whatever bloc the passage names most
    ("BRICS partners met. BRICS will meet again. Vietnam, another member of the Southeast Asian bloc, waits.", {("VNM", "ASEAN")}),
    ("NATO met. Bolivia became the South American group's fifth full member.", {("BOL", "MERCOSUR")}),
    ("The Shanghai bloc now counts China and Russia among its members, and Iran is a member of the Shanghai bloc.",
     {("IRN", "SCO"), ("CHN", "SCO"), ("RUS", "SCO")}),
    ("Oman, a member of the six-nation Gulf bloc, signed with Japan.", {("OMN", "GCC")}),
    # the bloc the passage calls a bloc or a group by name is the one "the bloc" points back to
    ("The European Union and the Mercosur trade bloc concluded talks. EU ministers met. The EU said so. The presidents of "
     "Brazil, Argentina, Uruguay and Paraguay, the bloc's founding members, attended.",
     {(c, "MERCOSUR") for c in ("BRA", "ARG", "URY", "PRY")}),
    ("The EU and the EU again and BRICS. Brazil and India, the bloc's founding members, met.", {("BRA", "EU"), ("IND", "EU")}),
    ("The SCO met. The SCO spoke. The SCO agreed. The BRICS group met too. Brazil and India, the bloc's founding members, "
     "spoke.", {("BRA", "BRICS"), ("IND", "BRICS")}),
])
def test_regional_words_and_a_bloc_called_a_bloc_say_what_the_bloc_refers_to(text, expected):
    assert members(text) == expected


def test_passage_bloc_is_the_last_bloc_called_a_bloc_by_name_before_the_words():
    text = "The EU and the EU and the EU met the Mercosur trade bloc. Later the SCO and the BRICS group met."
    mentions = gazetteer().find_actors(text)
    assert passage_bloc(mentions, text, before=text.index("Later")) == "MERCOSUR"
    assert passage_bloc(mentions, text, before=len(text)) == "BRICS"
    assert passage_bloc(mentions, text, before=10) == "EU"  # none called a bloc yet: the most named
    assert passage_bloc(mentions) == "EU"


@pytest.mark.parametrize(("text", "expected"), [
    ("Iran on Tuesday officially became the ninth member state of the SCO.", {("IRN", "SCO")}),
    ("Chile and New Zealand, fellow APEC members, urged others to join.", {("CHL", "APEC"), ("NZL", "APEC")}),
    ("The SCO met. Analysts said the bloc is divided, while India, also a member, kept its distance.", {("IND", "SCO")}),
    ("NATO ministers met amid a row between two of its members, Greece and Turkey, over airspace.", {("GRC", "NATO"), ("TUR", "NATO")}),
    ("The bloc, set up in 1967 as ASEAN, now counts Vietnam and Laos among its members.", {("VNM", "ASEAN"), ("LAO", "ASEAN")}),
    ("The three partners of the AUKUS pact -- Australia, Britain and the US -- met.", {(c, "AUKUS") for c in ("AUS", "GBR", "USA")}),
    ("Founded in 1967 by Indonesia, Malaysia, the Philippines, Singapore and Thailand, ASEAN now has ten members.",
     {(c, "ASEAN") for c in ("IDN", "MYS", "PHL", "SGP", "THA")}),
    ("BRICS was founded by Brazil, Russia, India and China, with South Africa added in 2010.",
     {(c, "BRICS") for c in ("BRA", "RUS", "IND", "CHN", "ZAF")}),
    ("Malaysia's Prime Minister Anwar Ibrahim urged fellow ASEAN members to speed up the grid.", {("MYS", "ASEAN")}),
    ("Japan on Monday urged fellow G7 members to act on chips.", {("JPN", "G7")}),
    # no bloc, a pronoun of something else, partners that are not counted members, fellows that are not members
    ("Kenya, also a member, said the plan was sound.", set()),
    ("The UN Security Council met; two of its members, Russia and China, objected.", set()),
    ("The three partners of the joint venture -- Japan, India and the US -- met.", set()),
    ("The two dialogue partners of ASEAN, Japan and China, sent envoys.", set()),
    ("Funded in 2010 by Japan and Korea, the ASEAN centre trains engineers.", set()),
    ("Russia's foreign minister urged fellow BRICS partners to trade in roubles.", set()),
    ("Japan urged fellow democracies to act on chips.", set()),
])
def test_time_adverbs_fellows_its_members_counted_partners_and_founders(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Brazil and South Africa, the other two original members, have been cautious about BRICS.",
     {("BRA", "BRICS"), ("ZAF", "BRICS")}),
    ("Saudi Arabia and the UAE, the two largest economies in the Gulf Cooperation Council, signed a pact.",
     {("SAU", "GCC"), ("ARE", "GCC")}),
    ("Indonesia, the most populous country in ASEAN, hosted the talks.", {("IDN", "ASEAN")}),
    ("India, like China, is a founding member of BRICS.", {("IND", "BRICS"), ("CHN", "BRICS")}),
    ("Finland marked the first anniversary of its NATO membership on Thursday.", {("FIN", "NATO")}),
    ("Algeria and Nigeria signed deals on hydrogen. The two African Union members also agreed on a working group.",
     {("DZA", "AU"), ("NGA", "AU")}),
    ("The EAEU met in Moscow with Russia, Belarus, Kazakhstan, Kyrgyzstan and Armenia. The five union members agreed on a plan.",
     {(c, "EAEU") for c in ("RUS", "BLR", "KAZ", "KGZ", "ARM")}),
    # not members: investors and partners of a bloc, a membership wished for, counts that do not match
    ("Japan, the largest investor in ASEAN, pledged funds.", set()),
    ("China, the biggest trading partner of ASEAN, sent a minister.", set()),
    ("Ukraine marked a year since its NATO membership bid was filed.", set()),
    ("Algeria, Nigeria and Niger signed deals. The two African Union members also agreed on a working group.", set()),
])
def test_superlatives_in_a_bloc_likened_states_anniversaries_and_counted_bloc_members(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Kazakhstan and Uzbekistan, the two largest economies in Central Asia and both members of the SCO, agreed.",
     {("KAZ", "SCO"), ("UZB", "SCO")}),
    ("BRICS met in Kazan. The association's full members, Brazil, Russia and India, agreed by consensus.",
     {("BRA", "BRICS"), ("RUS", "BRICS"), ("IND", "BRICS")}),
    ("Hungarian Prime Minister Viktor Orban, whose country is a member of both the EU and NATO, hosted talks.",
     {("HUN", "EU"), ("HUN", "NATO")}),
    ("Poland's president, whose country is a NATO member, spoke.", {("POL", "NATO")}),
    # a wish, an observer, a country whose membership is not said
    ("Georgian Prime Minister Irakli Kobakhidze, whose country wants to join the EU, visited Budapest.", set()),
    ("Uzbek officials, whose country is an observer of the EAEU, attended.", set()),
    ("Kazakhstan and Uzbekistan, the two largest economies in Central Asia and observers of the EAEU, met.", set()),
])
def test_appositions_after_a_first_description_the_association_and_whose_country(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The EAEU turned ten. Armenia and Kyrgyzstan joined in 2015, bringing the union to five members.",
     {("ARM", "EAEU"), ("KGZ", "EAEU")}),
    ("Iran joined BRICS in January alongside Egypt, Ethiopia and the United Arab Emirates.",
     {(c, "BRICS") for c in ("IRN", "EGY", "ETH", "ARE")}),
    ("India and Australia are in the Quad. The US and Japan round out the grouping.",
     {(c, "QUAD") for c in ("IND", "AUS", "USA", "JPN")}),
    # joining something else, a bare year with no bloc in view, a statement of the bloc
    ("Sweden joined in the talks on 2015 budgets, NATO said.", set()),
    ("Egypt joined in March 2024 talks with Iran.", set()),
    ("Japan joined the G7 statement alongside Korea.", set()),
])
def test_joined_alongside_joined_in_a_year_and_rounding_out_a_bloc(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Brazil and China, two BRICS heavyweights, agreed to study a payments link.", {("BRA", "BRICS"), ("CHN", "BRICS")}),
    ("Japan, a member of the Quad with the United States, Australia and India, stepped up ties.",
     {(c, "QUAD") for c in ("JPN", "USA", "AUS", "IND")}),
    # "with" that names no fellow member
    ("Japan, a member of the G20 with India as a partner, spoke.", {("JPN", "G20")}),
    ("Japan, a Quad member with a strong navy, spoke with India.", {("JPN", "QUAD")}),
])
def test_counted_appositions_and_members_with_the_others(text, expected):
    assert members(text) == expected


def test_challenge_passages_memberships_score_at_or_above_their_floor():
    """The wire-style passages of our own (tests/data/challenge_passages_memberships/), scored by `techpact eval`
    like the dev set: no membership the gold does not hold, and nearly all it holds."""
    folder = Path(__file__).parent / "data" / "challenge_passages_memberships"
    files = sorted(folder.glob("*.txt"))
    result = CliRunner().invoke(main, ["eval", str(folder / "gold.json"), *map(str, files), "--format", "json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["passages"] == len(files) >= 59
    assert scores["memberships"]["precision"] == 1.0
    assert scores["memberships"]["recall"] >= 0.95


@pytest.mark.parametrize(("text", "expected"), [
    ("Indonesia remains committed to ASEAN, of which it is the largest economy, the minister added.", {("IDN", "ASEAN")}),
    ("Uruguay, one of Mercosur's four founders, pressed its partners.", {("URY", "MERCOSUR")}),
    ("Indonesia remains close to ASEAN, of which it is a partner.", set()),
    ("Japan, one of ASEAN's largest investors, spoke.", set()),
])
def test_founders_of_a_bloc_and_its_largest_economy(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the pair named in the lead, "both countries" two paragraphs on
    ("Peru and Ecuador signed a memorandum on satellite data sharing on Monday, Peru's foreign ministry said. "
     "The memorandum covers joint monitoring of the Amazon basin, training for engineers and the exchange of "
     "imagery from each side's earth observation programmes, officials said. The deal follows two years of talks "
     "between the space agencies, which first met at a regional conference in 2023 and agreed to draw up a plan. "
     "Officials said the first joint images could be shared as soon as next spring, once the ground stations "
     "are linked. Both countries are members of the G20.",
     {("PER", "G20"), ("ECU", "G20")}),
    # a third state named in between: whom "both" means is not clear, so nothing
    ("Peru and Ecuador signed a memorandum on satellite data sharing on Monday. The memorandum covers joint "
     "monitoring of the Amazon basin and training for engineers, officials said, adding that Chile had been "
     "invited to observe the first exercises next year. Both countries are members of the G20.",
     set()),
])
def test_memberships_both_countries_reach_back_to_the_pair_named_paragraphs_before(text, expected):
    assert members(text) == expected
