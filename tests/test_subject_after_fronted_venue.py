"""After a fronted place ("In Nairobi, ...", "On Monday in Riyadh, ..."), the state named next is the subject of the
clause, not the city's country, when it is named by an adjective, a leader or its possessive, goes on with "and" and
another actor (also "and the Philippines"), or is followed by a verb; "in Luanda, Angola, on Friday" still names a
place. Sentences written for these tests (a sample of a variation generator over the sides' naming)."""

from __future__ import annotations

import pytest

from .extraction import party_sets, sets


@pytest.mark.parametrize(("text", "expected"), [
    ("On Monday in Nairobi, Kenyan and Ethiopian officials signed a memorandum on artificial intelligence.", ["ETH+KEN"]),
    ("In Nairobi, Kenyan officials and Ethiopian officials signed an MoU on digital skills.", ["ETH+KEN"]),
    ("On Monday in Riyadh, Saudi Arabia and the Philippines signed an MoU on cybersecurity.", ["PHL+SAU"]),
    ("In Jakarta, Indonesia's communications ministry and Vietnam's Ministry of Science signed a roadmap on 5G.",
     ["IDN+VNM"]),
    ("In Brasilia, Brazil inked an agreement on satellite data with Russia on Tuesday.", ["BRA+RUS"]),
    ("In Tashkent, Uzbekistan has signed a memorandum on e-government with South Korea.", ["KOR+UZB"]),
    ("In Hanoi, Vietnam's science minister and his Indonesian counterpart signed an accord on research.", ["IDN+VNM"]),
    ("In Cairo, Kenya sealed a deal on data centres with Ethiopia.", ["ETH+KEN"]),
])
def test_the_state_after_a_fronted_place_is_the_subject(text, expected):
    assert party_sets(text) == sets(*expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya and Ethiopia signed a memorandum on AI in Cairo, Egypt on Monday.", ["ETH+KEN"]),
    ("Brazil and Russia signed an agreement on space in Tashkent, Uzbekistan, officials said.", ["BRA+RUS"]),
    ("Indonesia and Vietnam inked a deal on fintech in Riyadh, Saudi Arabia last week.", ["IDN+VNM"]),
    ("India signed a pact with a firm in Luanda, Angola, officials said.", []),
])
def test_a_city_with_its_country_after_it_stays_a_place(text, expected):
    assert party_sets(text) == sets(*expected)
