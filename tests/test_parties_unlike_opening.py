"""States named in a comparison opened by "unlike" ("Unlike previous nuclear pacts with nations such as the UAE, the
document with Saudi Arabia ...") are the compared case, never a side of the act the clause tells; as "compared with",
"similar to" and "akin to" already were. A side named after the comparison still counts. Sentences written for these
tests."""

from tests.extraction import acts_of


def party_sets(text: str) -> list[set[str]]:
    return [set(a.parties) for a in acts_of(text)]


def test_a_state_in_an_unlike_comparison_is_no_side():
    text = ("Unlike previous nuclear pacts with nations such as the United Arab Emirates, which made cooperation "
            "conditional on safeguards, the preliminary document with Saudi Arabia stipulates only verification.")
    assert not any({"ARE", "SAU"} <= parties for parties in party_sets(text))


def test_the_sides_after_the_comparison_still_count():
    assert party_sets("Unlike Japan, South Korea signed the memorandum with India on Monday.") == [{"IND", "KOR"}]
