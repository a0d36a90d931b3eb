"""An instrument of accession ("a memorandum of obligations to join the SCO", "the treaty on accession to the EAEU")
is an act of the state with the bloc it joins; sentences written for the test."""

from __future__ import annotations

import pytest

from tests.extraction import party_sets, sets


@pytest.mark.parametrize("text, expected", [
    ("In 2023 Belarus signed a memorandum of obligations to join the SCO.", ["BLR+SCO"]),
    ("Kyrgyzstan signed the treaty on accession to the Eurasian Economic Union in Minsk.", ["EAEU+KGZ"]),
    ("Bolivia signed the protocol of accession to Mercosur on Monday.", ["BOL+MERCOSUR"]),
    # must not fire: a bloc joined told beside another act of the state, or after it
    ("Iran, which joined the SCO in 2023, signed a deal with Russia on AI.", ["IRN+RUS"]),
    ("Egypt signed a memorandum with Russia on AI before joining BRICS.", ["EGY+RUS"]),
])
def test_an_instrument_of_accession_is_an_act_with_the_bloc_joined(text, expected):
    assert party_sets(text) == sets(*expected)
