"""Talk around acts that is no act (eval guide: opinions, accusations and meetings are not agreements):
a state's hostile verdict on a pact (verdicts), the writer's reading of a company deal (commentary), a meeting still
to come (meetings_ahead). Look-alikes that tell real acts stay."""

import pytest

from techpact.extract import extract_facts
from techpact.extract.commentary import commented
from techpact.extract.meetings_ahead import meeting_only
from techpact.extract.verdicts import verdict_on_act
from techpact.loaders.document import Document


def acts(text: str) -> set[frozenset]:
    facts = extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=None,
                                   media_type="text/plain"))
    return {frozenset(a.parties) for a in facts.agreements if len(a.parties) >= 2}


@pytest.mark.parametrize("text", [
    "Russia has called the AUKUS pact dangerous and warned it could fuel tension in the region.",
    "Iran branded the deal a threat to regional stability.",
    "Beijing described the new alliance as destabilising.",
    "North Korea warned that the pact would spur an arms race.",
])
def test_verdicts_a_states_hostile_verdict_on_a_pact_is_no_act(text):
    assert verdict_on_act(text)
    assert not acts(text)


@pytest.mark.parametrize("text", [
    "Japan and Australia signed a pact on defence research, which China called dangerous.",
    "Chile called the lithium deal with Argentina a milestone.",
    "Kenya and Rwanda signed a memorandum on data centres on Monday.",
])
def test_verdicts_praise_and_real_acts_are_no_verdict(text):
    assert not verdict_on_act(text)


def test_verdicts_the_act_told_beside_stays():
    assert frozenset({"AUS", "JPN"}) in acts("Japan and Australia signed a defence research pact on Sunday. "
                                             "China has called the pact dangerous.")


@pytest.mark.parametrize("text", [
    "The investment signals deep cooperation between the United States and Qatar on data centres.",
    "The move reflects growing collaboration between India and France on satellites.",
    "This purchase also underscores the partnership between Germany and Chile in lithium.",
])
def test_commentary_the_writers_reading_is_no_act(text):
    assert commented(text)
    assert not acts(text)


@pytest.mark.parametrize("text, parties", [
    ("The United States and Qatar signed a memorandum on data centres, which signals deep cooperation.", {"QAT", "USA"}),
    ("India and France agreed to cooperate on satellites.", {"FRA", "IND"}),
])
def test_commentary_acts_told_plainly_stay(text, parties):
    assert not commented(text)
    assert frozenset(parties) in acts(text)


@pytest.mark.parametrize("text", [
    "In a boost for regional collaboration, the digital ministers of India, Japan and Brazil are scheduled to meet next month.",
    "The trade ministers of Kenya and Ghana will meet in Accra to discuss cooperation on fintech.",
    "Officials from Peru and Chile are set to meet for the first time in March.",
])
def test_meetings_ahead_a_meeting_still_to_come_is_no_act(text):
    assert meeting_only(text)
    assert not acts(text)


@pytest.mark.parametrize("text", [
    "Kenya and Ghana agreed to meet annually to review their cooperation on fintech.",
    "India and Japan decided to set up a working group that will meet every year.",
    "The two countries will meet their commitments under the treaty.",
])
def test_meetings_ahead_agreeing_to_meet_is_not_only_a_meeting(text):
    assert not meeting_only(text)


@pytest.mark.parametrize("text, parties", [
    ("Leaders of Kenya and Ghana have agreed to hold a Kenya-Ghana summit every two years.", {"GHA", "KEN"}),
    ("The presidents of Chile and Peru agreed to hold an annual summit.", {"CHL", "PER"}),
])
def test_agreeing_to_hold_recurring_summits_is_an_act(text, parties):
    assert frozenset(parties) in acts(text)


@pytest.mark.parametrize("text", [
    "Kenya and Ghana agreed to hold a summit next year.",
    "Chile and Peru agreed to hold talks in Lima.",
])
def test_agreeing_to_hold_one_meeting_is_no_act(text):
    assert not acts(text)
