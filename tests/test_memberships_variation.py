"""Membership shapes hold when one slot of them varies as news English varies it: a time phrase or an adverb anywhere
("was on Tuesday admitted to", "joined APEC recently"), quotation marks inside the clause, "both" before a list, another
copula ("has long been", "has remained", "continues to be", "was made"), a fronted participle phrase ("Since joining
NATO in 2009, Albania ..."), a relative clause of the bloc ("the AU, to which Morocco belongs"), "part of" with
another verb, "entered", "took in", a perfect tense ("have joined in 2015"). Each with look-alikes that must not fire.
Sentences written for these tests (a sample of /tmp-side generated variations)."""

from __future__ import annotations

import pytest

from .extraction import each, members


@pytest.mark.parametrize(("text", "expected"), [
    ("Bolivia was on Tuesday admitted to Mercosur.", each("MERCOSUR", "BOL")),
    ("Bolivia was in July 2024 admitted to Mercosur.", each("MERCOSUR", "BOL")),
    ("Albania in 2009 became a member of NATO.", each("NATO", "ALB")),
    ("Albania two years ago became a member of NATO.", each("NATO", "ALB")),
    ("Vietnam last year quietly joined APEC.", each("APEC", "VNM")),
    ("Croatia has at last become a member of NATO.", each("NATO", "HRV")),
    ("Morocco at a summit in Addis Ababa rejoined the AU.", each("AU", "MAR")),
    ("Montenegro after years of talks joined NATO.", each("NATO", "MNE")),
    ("Bolivia joined Mercosur recently.", each("MERCOSUR", "BOL")),
    ("Bolivia was admitted to Mercosur at last.", each("MERCOSUR", "BOL")),
    ('The minister said Bolivia "joined Mercosur last year".', each("MERCOSUR", "BOL")),
    ("The AU includes both Ghana and Kenya.", each("AU", "GHA", "KEN")),
])
def test_a_time_phrase_adverb_or_quote_between_the_words_leaves_the_membership(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize("text", [
    "Bolivia was on Tuesday invited to join Mercosur.",
    "Georgia last year applied to join the EU.",
    "Serbia has for years sought to join the EU.",
    "Ukraine will in 2030 join NATO.",
    "Laos, which in 1997 was an ASEAN observer, signed the deal.",
    "Bolivia last year became a partner of the EU.",
])
def test_a_time_phrase_does_not_turn_a_look_alike_into_a_membership(text):
    assert members(text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("Norway has long been a member of NATO.", each("NATO", "NOR")),
    ("Greece has remained a member of the EU.", each("EU", "GRC")),
    ("Turkey continues to be a member of NATO.", each("NATO", "TUR")),
    ("Hungary will remain a member of the EU.", each("EU", "HUN")),
    ("Bolivia was made a full member of Mercosur in 2024.", each("MERCOSUR", "BOL")),
    ("Ghana is one of the founders of the AU.", each("AU", "GHA")),
    ("Armenia forms part of the EAEU.", each("EAEU", "ARM")),
    ("Bolivia became part of Mercosur in 2024.", each("MERCOSUR", "BOL")),
    ("Croatia entered the EU in 2013.", each("EU", "HRV")),
    ("Mercosur took in Bolivia in 2024.", each("MERCOSUR", "BOL")),
])
def test_another_copula_or_verb_of_the_same_class_states_the_membership(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize("text", [
    "Norway has long been a partner of the EU.",
    "Serbia has remained a candidate for EU membership.",
    "Britain was once a member of the EU.",
    "Georgia forms part of the EU's neighbourhood policy.",
    "Chinese goods entered the EU market in 2013.",
    "Turkey continues to be a candidate for membership of the EU.",
])
def test_a_copula_or_verb_of_another_class_states_no_membership(text):
    assert members(text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("Since joining NATO in 2009, Albania has bought new jets.", each("NATO", "ALB")),
    ("After acceding to the EU in 2013, Croatia adopted the euro.", each("EU", "HRV")),
    ("Having joined the AU in 2017, Morocco hosted a summit.", each("AU", "MAR")),
    ("Following its accession to NATO, Montenegro sent troops.", each("NATO", "MNE")),
    ("Since becoming a member of APEC in 1998, Vietnam has signed many deals.", each("APEC", "VNM")),
    ("A member of NATO since 2009, Albania hosted the drills.", each("NATO", "ALB")),
    ("A founding member of the AU, Ghana pressed for the plan.", each("AU", "GHA")),
])
def test_a_fronted_phrase_of_joining_belongs_to_the_subject_after_it(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize("text", [
    "After joining NATO, Ukraine would gain protection.",
    "Before joining the EU, Croatia reformed its courts.",
    "Since applying to join the EU, Georgia has passed laws.",
    "A partner of NATO since 1994, Sweden joined the drills.",
    "After joining the NATO summit talks, Ukraine signed a deal.",
    "A former member of the EU, Britain signed a deal.",
])
def test_a_fronted_phrase_of_wanting_or_partnering_states_no_membership(text):
    assert members(text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("The AU, to which Morocco belongs, met in Addis Ababa.", each("AU", "MAR")),
    ("Mercosur, which Bolivia is a member of, met in Brasilia.", each("MERCOSUR", "BOL")),
    ("The EAEU, which Armenia has been part of since 2015, met in Minsk.", each("EAEU", "ARM")),
    ("The CSTO, whose founding members were Russia and Armenia, met in Minsk.", each("CSTO", "RUS", "ARM")),
    ("NATO, which counts Albania as a member, met in Brussels.", each("NATO", "ALB")),
    ("The EU, which Croatia entered in 2013, met in Brussels.", each("EU", "HRV")),
])
def test_a_relative_clause_of_the_bloc_names_its_member(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize("text", [
    "The EU, to which Serbia hopes to belong, met in Brussels.",
    "NATO, which counts Sweden as a partner, met in Brussels.",
    "The EU, which Serbia is a candidate member of, met in Brussels.",
    "Mercosur, which Bolivia wants to join, met in Brasilia.",
])
def test_a_relative_clause_of_hoping_or_partnering_names_no_member(text):
    assert members(text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("The EAEU met in Minsk. Armenia and Kyrgyzstan have joined in 2015.", each("EAEU", "ARM", "KGZ")),
    ("The SCO turned twenty. India and Pakistan joined in 2017.", each("SCO", "IND", "PAK")),
])
def test_a_joining_with_no_object_joins_the_passages_bloc(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize("text", [
    "The EU signed a trade deal with Chile in 2019. Peru joined in 2024.",
    "The SCO backed the corridor project in 2019. Iran joined in 2021.",
    "The EAEU met in Minsk. Japan joined in the talks.",
])
def test_a_joining_with_no_object_after_an_instrument_joins_no_bloc(text):
    assert members(text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("The EAEU met in Minsk. Armenia has been a member since 2015.", each("EAEU", "ARM")),
    ("The EAEU met in Minsk. Armenia is one of its members.", each("EAEU", "ARM")),
    ("The EAEU met in Minsk. Armenia and Belarus are among its member states.", each("EAEU", "ARM", "BLR")),
    ("The EAEU met in Minsk. Armenia, a full member since 2015, sent its premier.", each("EAEU", "ARM")),
    ("The EAEU met in Minsk. Armenia joined last year.", each("EAEU", "ARM")),
])
def test_a_member_with_no_bloc_named_is_a_member_of_the_passages_bloc(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize("text", [
    "The EAEU met in Minsk. Armenia has been a member of the UN since 1992.",
    "The EAEU met in Minsk. Iran has been an observer since 2018.",
    "The EAEU met in Minsk. Iran is an associate member.",
    "The EAEU met in Minsk. Iran is a non-member.",
    "The EAEU met in Minsk. Iran joined last year's talks.",
    "The EAEU met in Minsk. Iran wants to become a member.",
])
def test_a_member_of_another_body_or_no_member_is_no_member_of_the_passages_bloc(text):
    assert members(text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("The EAEU met in Minsk. Armenia, which joined last year, sent its premier.", each("EAEU", "ARM")),
    ("The EAEU met in Minsk. Armenia was admitted in 2015.", each("EAEU", "ARM")),
])
def test_a_relative_or_passive_joining_with_no_object_joins_the_passages_bloc(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize("text", [
    "The EAEU met in Minsk. Iran was admitted as an observer in 2023.",
    "The EAEU met in Minsk. Iran, which joined in the talks, sent a minister.",
    "The EAEU met in Minsk. Its envoy was admitted to hospital in 2023.",
])
def test_a_relative_or_passive_look_alike_joins_no_bloc(text):
    assert members(text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("Armenia, part of the CSTO, signed the deal.", each("CSTO", "ARM")),
    ("Talks ended. Armenia -- also part of the CSTO -- signed the deal.", each("CSTO", "ARM")),
    ("Talks ended. Armenia -- which joined the CSTO in 1992 -- signed the deal.", each("CSTO", "ARM")),
])
def test_an_apposition_set_off_by_commas_or_dashes_names_a_member(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize("text", [
    "Armenia, part of the CSTO region, signed the deal.",
    "Talks ended. Serbia -- which hopes to join the EU -- signed the deal.",
    "Talks ended. Georgia -- part of the EU's neighbourhood -- signed the deal.",
])
def test_an_apposition_of_a_region_or_a_hope_names_no_member(text):
    assert members(text) == set()


@pytest.mark.parametrize("text", [
    "The EAEU met in Minsk. China is a permanent member.",
    "The EAEU met in Minsk. Iran joined in 2024 as a dialogue partner.",
    "The EAEU met in Minsk. Iran was admitted in 2018 as an observer.",
    "Denmark, which joined the EU in 1973, left in 2030.",
    "Denmark, which in 1973 joined the EU, left the bloc in 2030.",
])
def test_a_joining_as_a_partner_or_one_the_clause_ends_is_no_membership(text):
    assert members(text) == set()
