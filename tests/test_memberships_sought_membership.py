"""Membership sought rather than held (membership_matches.negated): "membership" or a member noun after words of seeking
it ("Candidates for membership include L", "Countries seeking full membership are L", "Bids for membership") is never a
membership, in a sentence or inside a passage about the bloc. Sentences written for these tests (the look-alikes of a
passage generator over eighteen blocs), with the memberships beside them that must still be read."""

from __future__ import annotations

import pytest

from .extraction import each, members


@pytest.mark.parametrize("text", [
    "Candidates for membership include Turkey.",
    "The SCO summit opened in Astana on Tuesday. Candidates for membership include Turkey and Azerbaijan.",
    "The EU met in Brussels. Applicants for full membership are Ukraine, Moldova and Georgia.",
    "BRICS leaders met in Kazan. Countries seeking membership include Thailand and Malaysia.",
    "ASEAN foreign ministers met in Jakarta. Nations on the path to membership include Timor-Leste.",
    "The GCC met in Riyadh. Bids for membership came from Iraq and Yemen.",
    "NATO leaders met. Countries that have applied for membership include Georgia.",
])
def test_membership_sought_is_no_membership(text):
    assert members(text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("BRICS membership includes Brazil, Russia and India.", each("BRICS", "BRA", "RUS", "IND")),
    ("The SCO summit opened in Astana. SCO members include China and Russia. Candidates for membership include Turkey.",
     each("SCO", "CHN", "RUS")),
    ("The EU met. Its members include Germany and France. Applicants for membership are Ukraine and Moldova.",
     each("EU", "DEU", "FRA")),
])
def test_members_beside_those_seeking_membership_are_still_read(text, expected):
    assert members(text) == expected
