"""What a sentence does to the act just told, naming it by a pronoun or as the offer it was, is what became of that
act: "Ghana declined the offer", "The two sides signed it on Friday", "Ghana terminated it last month"; so is what the
one invitee of an invitation answers. A pronoun that names something else than the act, or a step only wished or still
ahead, leaves the act as it was."""

import pytest

from .extraction import acts_of


def _acts(text: str) -> list[tuple[str, str, str]]:
    return [("-".join(sorted(act.parties)), act.kind, act.status) for act in acts_of(text)]


@pytest.mark.parametrize("text, status", [
    ("Peru proposed a memorandum on AI to Chile. Chile declined the offer.", "rejected"),
    ("Peru proposed a memorandum on AI to Chile. Chile rejected it in March.", "rejected"),
    ("Peru proposed a memorandum on AI to Chile. The two sides signed it on Friday.", "signed"),
    ("Chile and Peru signed a memorandum on AI in 2019. Chile terminated it last month.", "ended"),
    ("Chile and Peru signed a memorandum on AI in 2019. Peru suspended it after the election.", "ended"),
])
def test_a_verb_done_to_the_act_named_by_a_pronoun_tells_its_status(text, status):
    assert _acts(text) == [("CHL-PER", "mou", status)]


@pytest.mark.parametrize("text, statuses", [
    ("China invited Kenya to join its lunar research station. Kenya declined the invitation.", ["rejected"]),
    ("China invited Kenya and Ghana to join its lunar research station. Kenya declined the invitation.",
     ["proposed", "proposed"]),
])
def test_an_invitation_declined_by_its_one_invitee_is_rejected(text, statuses):
    assert sorted(act.status for act in acts_of(text)) == statuses


@pytest.mark.parametrize("text", [
    "Chile and Peru signed a memorandum on AI. Officials said Chile will ratify it next year.",
    "Chile and Peru signed a memorandum on AI. Critics want Peru to reject it.",
    "Chile and Peru signed a memorandum on AI. Either party could terminate it with three months' notice.",
])
def test_a_step_wished_or_ahead_leaves_the_act_as_it_was(text):
    acts = acts_of(text)
    assert [(act.kind, act.status) for act in acts] == [("mou", "signed")]
    assert len(acts[0].evidence) == 1  # the wish or possibility is not told of the act


@pytest.mark.parametrize("text, status", [
    ("Peru has decided to terminate the seabed mapping agreement with Chile. The seabed mapping agreement, signed in "
     "May 2019 during a state visit to Chile, let Peru chart the coast.", "ended"),
    ("Chile and Peru have scrapped the fibre cable pact. The fibre cable pact, inked in 2018, linked their networks.",
     "ended"),
    # the same words with another plain noun of one instrument
    ("A fibre cable deal between Chile and Peru came into force on Thursday. The fibre cable agreement was signed last "
     "November during a visit to Lima.", "in-force"),
])
def test_the_act_named_again_by_its_own_words_is_the_same_act(text, status):
    assert [status for (_, _, status) in _acts(text)] == [status]


def test_an_act_named_with_a_word_that_sets_it_apart_is_another():
    text = ("Chile and Peru signed a fibre cable pact on Monday. The earlier fibre cable pact, inked in 2010 with Peru, "
            "was scrapped by Chile.")
    assert len(_acts(text)) == 2


@pytest.mark.parametrize("text", [
    "Chile and Peru signed a memorandum on AI on Monday. It also proposes a joint fund for start-ups.",
    "Chile and Peru adopted a declaration on AI on Monday. It calls for a joint data centre.",
    "Chile and Peru signed a space treaty on Monday. It envisages a joint launch site.",
])
def test_it_holding_or_calling_for_something_after_an_instrument_is_that_instrument(text):
    assert len(_acts(text)) == 1  # its content, not a proposal of its own


def test_a_body_it_provides_for_is_a_working_group_ahead():
    text = ("Chile and Peru signed an agreement on space on Friday. It calls for the two countries to exchange data and "
            "create a sub-committee led by officials from both sides.")
    assert sorted(_acts(text)) == [("CHL-PER", "agreement", "signed"), ("CHL-PER", "working-group", "planned")]


def test_it_telling_a_state_s_past_offer_is_still_an_offer_of_its_own():
    text = "China signed a memorandum on AI with Kenya on Monday. It also proposed a joint satellite programme."
    assert ("CHN-KEN", "proposal", "proposed") in _acts(text)
