"""A member sentence that names no bloc speaks of the bloc the sentence before names, when that sentence names one
only (membership_recent_bloc.py), rather than of the bloc the passage names most: "The CIS ... The EAEU operates
under a 2014 treaty. Current members are Armenia, ...". Sentences written for these tests, with look-alikes: a
sentence before naming two blocs, and a sentence naming its own bloc."""

from __future__ import annotations

from .extraction import members

_CIS = ("Putin will host a CIS meeting. The CIS was set up in 1991 and the CIS holds yearly summits. Full membership "
        "includes Armenia, Moldova and Azerbaijan. ")


def test_current_members_are_those_of_the_bloc_the_sentence_before_names():
    text = _CIS + "The EAEU operates under a 2014 treaty. Current members are Armenia, Belarus and Kyrgyzstan."
    found = members(text)
    assert {("BLR", "EAEU"), ("KGZ", "EAEU"), ("ARM", "EAEU")} <= found
    assert ("BLR", "CIS") not in found and ("KGZ", "CIS") not in found


def test_its_members_are_those_of_the_bloc_the_sentence_before_names():
    text = _CIS + "The SCO is a regional association. China, Pakistan and India are its full-fledged members."
    found = members(text)
    assert {("CHN", "SCO"), ("PAK", "SCO"), ("IND", "SCO")} <= found
    assert not {pair for pair in found if pair[0] in ("CHN", "PAK", "IND") and pair[1] == "CIS"}


def test_a_sentence_before_naming_two_blocs_leaves_the_passages_bloc():
    text = _CIS + "The EAEU and the SCO also met. Current members are Belarus and Kyrgyzstan."
    found = members(text)
    assert ("BLR", "EAEU") not in found and ("BLR", "SCO") not in found


def test_a_sentence_naming_its_own_bloc_keeps_it():
    text = _CIS + "The EAEU operates under a 2014 treaty. Current SCO members are Belarus and Kyrgyzstan."
    found = members(text)
    assert ("BLR", "SCO") in found and ("BLR", "EAEU") not in found


def test_members_of_another_body_named_in_the_sentence_before_are_no_members_of_the_passages_bloc():
    opening = "Kazakhstan also spoke at the SCO. The Organization of Turkic States was founded in 2009. "
    for told in ("Azerbaijan, Kyrgyzstan and Turkey are its founding members.",
                 "Its founding members are Azerbaijan, Kyrgyzstan and Turkey.",
                 "Current members are Azerbaijan, Kyrgyzstan and Turkey."):
        assert not {pair for pair in members(opening + told) if pair[0] in ("AZE", "TUR")}


def test_the_bloc_named_in_full_in_the_sentence_before_is_the_one():
    text = "Kazakhstan also spoke at the SCO. The Shanghai Cooperation Organisation met. Current members are Kyrgyzstan and India."
    assert {("KGZ", "SCO"), ("IND", "SCO")} <= members(text)
