"""Members a bloc gained after its founding, told in passing (membership_history_rules.py): "It was later joined by L"
after a sentence that tells the founding, and a past expansion after "after", "since", "following" ("the first BRICS
meeting after its expansion involving L", "following the bloc's 2024 enlargement to L"). Sentences written for these
tests, with look-alikes that must not fire: "it" that is an instrument or a meeting, an expansion still weighed, a
company's "its expansion to", partners and observers."""

from __future__ import annotations

import pytest

from .extraction import each, members


@pytest.mark.parametrize(("text", "expected"), [
    ("The bloc was originally formed with Brazil, Russia and India. It was later joined by Egypt and Iran. BRICS met.",
     each("BRICS", "BRA", "RUS", "IND", "EGY", "IRN")),
    ("BRICS was formed in 2009 by Brazil and China. It has since been joined by South Africa and Ethiopia.",
     each("BRICS", "BRA", "CHN", "ZAF", "ETH")),
    ("The SCO was set up in 2001 by China and Russia. It was subsequently joined by India and Pakistan.",
     each("SCO", "CHN", "RUS", "IND", "PAK")),
])
def test_it_was_later_joined_by_after_the_founding(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize("text", [
    "The pact was signed in 2018 by Chile and Singapore. It was later joined by New Zealand.",
    "The deal was first set up by Chile and Singapore. It was later joined by New Zealand.",
    "The SCO summit opened with China and Russia. It was later joined by Mongolia and Turkey.",
    "BRICS leaders met in Kazan. It was later joined by Cuba and Bolivia as partner countries.",
    "The African Union met. The summit was launched in 2019 by Russia and Egypt. It was later joined by Kenya and Ghana.",
    "The SCO was founded in 2001 by China and Russia. It was later joined by Mongolia as an observer.",
])
def test_it_was_later_joined_by_an_instrument_or_a_meeting_is_no_membership(text):
    assert {pair for pair in members(text) if pair[0] in ("NZL", "MNG", "TUR", "CUB", "BOL", "KEN", "GHA")} == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("BRICS ministers met. It was the first BRICS meeting after its expansion involving Egypt, Ethiopia and Iran.",
     each("BRICS", "EGY", "ETH", "IRN")),
    ("BRICS ministers met, the first meeting since the group's expansion involving Egypt and the UAE.",
     each("BRICS", "EGY", "ARE")),
    ("BRICS leaders met in Kazan following the bloc's 2024 enlargement to Egypt, Ethiopia and Iran.",
     each("BRICS", "EGY", "ETH", "IRN")),
    ("NATO has grown stronger since the NATO expansion in April 2024 that added Finland and Sweden.",
     each("NATO", "FIN", "SWE")),
])
def test_a_past_expansion_after_after_since_following(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize("text", [
    "BRICS is weighing an expansion involving Argentina and Saudi Arabia.",
    "BRICS leaders met. Talks on an expansion involving Argentina stalled.",
    "BRICS leaders met. Since its expansion to include partner countries such as Cuba and Bolivia, the group has grown.",
    "BRICS leaders met. It was the first summit since its expansion to include Cuba and Bolivia as partner countries.",
    "Safaricom has grown since its expansion to Ethiopia and Kenya.",
    "The firm, which has grown since its expansion involving Kenya and Ghana, said BRICS was a market.",
    "NATO leaders met after the expansion of trade with China and India.",
])
def test_expansions_weighed_of_companies_or_of_partners_are_no_membership(text):
    assert members(text) == set()
