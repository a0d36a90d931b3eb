"""A framework finalised is concluded, as one signed or adopted is ("have finalized a Critical Minerals Framework"), and
"also finalised" tells one more act beside the one just told. An act told as part of a series of agreements between
the sides belongs to the acts the passage tells; the series is no older act of its own, while a named agreement it is
part of still is. Sentences written for these tests."""

from .extraction import acts_of


def kinds_and_statuses(text: str) -> list[tuple[str, str]]:
    return sorted((a.kind, a.status) for a in acts_of(text))


def test_a_framework_finalised_is_a_signed_agreement():
    assert kinds_and_statuses("Chile and Canada have finalised a Lithium Supply Framework.") == [("agreement", "signed")]


def test_also_finalised_tells_one_more_act():
    text = ("Peru and Korea signed a joint declaration on space research. The two countries have also finalized a "
            "critical minerals framework to secure supply chains.")
    assert kinds_and_statuses(text) == [("agreement", "signed"), ("declaration", "signed")]


def test_a_series_of_agreements_is_no_older_act():
    text = "The cyber pact is part of a broader series of agreements signed between Lima and Seoul on security."
    assert "in-force" not in [status for _, status in kinds_and_statuses(text)]


def test_a_named_agreement_an_act_is_part_of_stays_an_older_act():
    text = "The cyber pact is part of the broader Framework Agreement signed between Lima and Seoul in 2019."
    assert ("agreement", "in-force") in kinds_and_statuses(text)
