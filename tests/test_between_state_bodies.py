"""The other side of "between A and ..." is a state when it is named with "the" ("the Philippines", "the UAE") or by a
body of its own with the state's name after its office ("the National Bank of Ethiopia", "the Ministry of Digital
Development of Russia"); a company, a commercial bank or a body with no state after it is not. Sentences written for
these tests (a sample of a variation generator over the sides' naming)."""

from __future__ import annotations

import pytest

from .extraction import party_sets, sets


@pytest.mark.parametrize(("text", "expected"), [
    ("A memorandum on artificial intelligence was signed between Kenya and the Philippines on Monday.", ["KEN+PHL"]),
    ("An agreement on satellite data was signed between Indonesia and the UAE in Jakarta.", ["ARE+IDN"]),
    ("The signing of an MoU on digital trade between Saudi Arabia and the Netherlands took place in Riyadh on Tuesday.",
     ["NLD+SAU"]),
    ("A memorandum on cross-border payments was signed between the Central Bank of Kenya and the National Bank of "
     "Ethiopia on Monday.", ["ETH+KEN"]),
    ("The signing of a currency swap agreement between the Central Bank of the UAE and the Central Bank of Egypt took "
     "place in Abu Dhabi.", ["ARE+EGY"]),
    ("An MoU on local-currency settlement was signed between Bank Indonesia and the State Bank of Vietnam.", ["IDN+VNM"]),
    ("A roadmap on e-government was signed between Uzbekistan and the Ministry of Digital Development of Russia.",
     ["RUS+UZB"]),
    # an office whose own name holds "of"
    ("An MoU on a satellite network was signed between ISRO and the Department of Telecom of Nepal.", ["IND+NPL"]),
    ("A memorandum on earth observation was signed between Roscosmos and the Ministry of Science and Technology of "
     "Vietnam.", ["RUS+VNM"]),
    # the story's government and a state named on the other side
    ("Ghana's president witnessed the signing of an MoU between the government and Sweden in Accra.", ["GHA+SWE"]),
])
def test_the_other_side_named_with_the_or_by_its_office_and_state_is_a_party(text, expected):
    assert party_sets(text) == sets(*expected)


@pytest.mark.parametrize("text", [
    "An MoU on 5G was signed between Kenya and the Huawei unit in Nairobi on Monday.",
    "A deal was signed between Egypt and the Safaricom group of companies on Monday.",
    "An MoU on cloud services was signed between Indonesia and the Microsoft Corporation on Tuesday.",
    "A memorandum on data centres was signed between Vietnam and the Samsung Group of Korea on Monday.",
    # the story's government on one side, a firm named bare on the other, in a foreign capital
    "Ghana's president witnessed the signing of an MoU between the government and Ericsson in Stockholm, Sweden.",
    "A memorandum on cloud services was signed between the Kenyan government and Alibaba in Beijing on Monday.",
])
def test_a_company_on_the_other_side_of_between_makes_no_interstate_act(text):
    assert not [s for s in party_sets(text) if len(s) >= 2]
