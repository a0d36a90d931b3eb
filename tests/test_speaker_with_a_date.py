"""A speaker who goes on to act ("South Korea said on Aug. 22 it will terminate its pact with Japan") stays a side of
the act when the day of the saying is told as a date, as it does after "said on Friday": the reactions told after it
("sparking protest from Tokyo and Washington") name no side."""

from tests.extraction import acts_of, party_sets


def test_a_speaker_dated_by_month_and_day_who_ends_a_pact_is_its_side_not_the_critics():
    text = ("South Korea said on Aug. 22 it will terminate its military pact with Japan, sparking protest from both "
            "Tokyo and Washington amid a dispute.")
    assert party_sets(text) == {frozenset({"KOR", "JPN"}): 1}
    assert [a.status for a in acts_of(text)] == ["ended"]


def test_a_speaker_dated_by_day_month_and_year_keeps_the_act_between_the_two():
    text = ("Brazil said on 14 March 2021 it would end its space pact with Argentina, prompting criticism from both "
            "Buenos Aires and Santiago.")
    assert party_sets(text) == {frozenset({"BRA", "ARG"}): 1}


def test_a_speaker_dated_last_week_keeps_the_act_between_the_two():
    text = ("Brazil said last week it would end its space pact with Argentina, prompting criticism from both Buenos "
            "Aires and Santiago.")
    assert party_sets(text) == {frozenset({"BRA", "ARG"}): 1}


def test_a_dated_speaker_who_tells_of_others_stays_out_of_their_act():
    text = "The Chinese foreign ministry said on 3 May Laos and Vietnam signed a memorandum on telecoms."
    assert party_sets(text) == {frozenset({"LAO", "VNM"}): 1}


def test_a_speaker_dated_by_a_bare_weekday_stays_a_side_of_its_act_with_two_others():
    text = "Peru said Tuesday it had pulled out of an agreement with Chile and Bolivia to build a lithium plant."
    assert party_sets(text) == {frozenset({"PER", "CHL", "BOL"}): 1}


def test_a_speaker_dated_by_a_bare_weekday_who_tells_of_others_stays_out():
    text = "The Chinese foreign ministry said Tuesday Laos and Vietnam signed a memorandum on telecoms."
    assert party_sets(text) == {frozenset({"LAO", "VNM"}): 1}
