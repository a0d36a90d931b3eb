"""How many acts a passage tells when one slot of it varies (found by generating passages that vary one slot at a
time: how the parties are named, how the act is retold, what else is told beside it): an instrument still to be
signed, told after the act was signed, and one more instrument told "also signed" in the passive, are acts of their
own; a headline over the act, a retelling and a signing told ahead of the act are not. Passages are our own."""

from __future__ import annotations

import pytest

from .extraction import acts_of, party_sets, sets

_LEAD = {
    "names": "Kenya and Vietnam on Monday signed a memorandum of understanding on artificial intelligence.",
    "capitals": "Nairobi and Hanoi on Monday signed a memorandum of understanding on artificial intelligence.",
    "leaders": "Kenyan President William Ruto and Vietnamese Prime Minister Pham Minh Chinh on Monday signed a "
               "memorandum of understanding on artificial intelligence.",
    "ministries": "Kenya's Ministry of Information and Vietnam's Ministry of Science and Technology on Monday signed "
                  "a memorandum of understanding on artificial intelligence.",
}

_AHEAD = [
    "The two countries plan to sign an agreement on cybersecurity later this year.",
    "Kenya and Vietnam will sign an agreement on cybersecurity in June.",
    "An agreement on cybersecurity is expected to be signed during the next visit.",
    "Both sides are set to ink a deal on satellite data next year.",
    "A treaty on extradition will be signed when the Vietnamese president visits Nairobi.",
]


@pytest.mark.parametrize("lead", list(_LEAD.values()), ids=list(_LEAD))
@pytest.mark.parametrize("ahead", _AHEAD)
def test_an_instrument_still_to_be_signed_after_the_act_was_signed_is_another_act(lead, ahead):
    text = (f"Kenya, Vietnam sign MoU on AI\n\n{lead} The memorandum covers data centres and digital skills.\n\n"
            f"{ahead}\n\nThe signing took place during a visit by the Vietnamese delegation to Nairobi.")
    acts = acts_of(text)
    assert party_sets(text) == sets("KEN+VNM", "KEN+VNM")
    assert sorted(a.status for a in acts) == ["planned", "signed"]


@pytest.mark.parametrize("text", [
    # planned first, then signed: the act done, one act
    "Kenya and Vietnam plan to sign a memorandum on artificial intelligence this week. On Thursday the two countries "
    "signed the memorandum in Nairobi.",
    # the act told signed, then its own next steps, with no new instrument introduced
    "Kenya and Vietnam on Monday signed a memorandum of understanding on artificial intelligence. The two countries "
    "will implement the memorandum over five years.",
    # the same act, its ratification ahead
    "Kenya and Vietnam on Monday signed an agreement on artificial intelligence. The agreement will be ratified by "
    "both parliaments next year.",
])
def test_a_signing_ahead_that_is_the_same_act_makes_one_act(text):
    assert party_sets(text) == sets("KEN+VNM")


@pytest.mark.parametrize("also", [
    "An agreement on space cooperation was also signed.",
    "A protocol on customs data was also inked on the occasion.",
    "Two further memoranda, on health and tourism, were also exchanged.",
    "An agreement on satellite launches has also been signed, the ministry said.",
])
@pytest.mark.parametrize("lead", [_LEAD["names"], _LEAD["leaders"]], ids=["names", "leaders"])
def test_an_instrument_told_also_signed_in_the_passive_is_one_more_act(lead, also):
    text = f"{lead} The memorandum covers data centres and digital skills. {also}"
    assert party_sets(text) == sets("KEN+VNM", "KEN+VNM")


@pytest.mark.parametrize("text", [
    # the act itself, signed also by others: it retells the act
    "Kenya and Vietnam on Monday signed a memorandum on artificial intelligence. The memorandum was also signed by "
    "the two countries' central banks.",
    # "also" about something that is not a signing
    "Kenya and Vietnam on Monday signed a memorandum on artificial intelligence. A gala dinner was also held after "
    "the signing.",
    # nothing but the one act, retold in the passive without "also"
    "Kenya and Vietnam on Monday signed a memorandum on artificial intelligence. The document was signed by the two "
    "foreign ministers.",
])
def test_a_retelling_in_the_passive_makes_no_second_act(text):
    assert party_sets(text) == sets("KEN+VNM")


_MEETINGS = [
    "Kenyan President William Ruto held talks with visiting Vietnamese Prime Minister Pham Minh Chinh in Nairobi on "
    "Monday. The two leaders witnessed the signing of a memorandum of understanding on artificial intelligence.",
    "Kenyan President William Ruto received Vietnamese Prime Minister Pham Minh Chinh in Nairobi on Monday. After the "
    "talks, the two sides signed a memorandum on digital cooperation.",
    "The Kenyan and Vietnamese foreign ministers met in Hanoi on Thursday. They signed an agreement on satellite "
    "data sharing.",
]
_OLDER = [
    "Kenya and Vietnam signed a trade agreement in 2015.",
    "The deal comes two years after Kenya and Vietnam signed an investment treaty in 2023.",
    "It follows a science cooperation agreement the two countries signed in 2017.",
]


@pytest.mark.parametrize("meeting", _MEETINGS)
@pytest.mark.parametrize("older", _OLDER)
def test_an_act_told_right_after_a_dated_meeting_takes_its_time_and_an_older_act_is_told_apart(meeting, older):
    text = f"Kenya, Vietnam deepen AI cooperation\n\n{meeting} The cooperation covers data centres.\n\n{older}"
    assert party_sets(text) == sets("KEN+VNM", "KEN+VNM")


@pytest.mark.parametrize("after", [
    "The memorandum will run until 2030.",
    "The memorandum was first proposed in 2023.",
    "Under the memorandum, the two countries will train 2,000 engineers by 2027.",
    "Kenya and Vietnam established diplomatic relations in 1964.",
    "The memorandum was signed on Monday in the presence of the two leaders.",
])
def test_a_clause_about_the_act_after_a_dated_meeting_makes_no_second_act(after):
    text = f"Kenya, Vietnam deepen AI cooperation\n\n{_MEETINGS[0]} {after}"
    assert party_sets(text) == sets("KEN+VNM")


@pytest.mark.parametrize("setting", [
    "within the framework of the Shanghai Cooperation Organisation",
    "under the auspices of the African Union",
    "under the umbrella of ASEAN",
    "in the framework of the Eurasian Economic Union",
])
def test_a_bloc_named_as_the_roof_of_a_two_state_act_is_no_party(setting):
    text = f"Kenya and Vietnam on Monday signed a memorandum of understanding on artificial intelligence {setting}."
    assert party_sets(text) == sets("KEN+VNM")


@pytest.mark.parametrize("text, expected", [
    # the bloc itself a side, named outside any roof phrase
    ("ASEAN and China signed a memorandum on digital trade within the framework of their strategic partnership.",
     ["ASEAN+CHN"]),
    # a bloc as a side beside a state, with a roof phrase that names no bloc
    ("The European Union and Kenya signed a digital partnership under the auspices of their joint council.",
     ["EU+KEN"]),
])
def test_a_roof_phrase_without_a_bloc_leaves_the_parties_as_named(text, expected):
    assert party_sets(text) == sets(*expected)


@pytest.mark.parametrize("observer", [
    "with France attending as an observer",
    "with France present as an observer",
    "with France taking part as an observer",
])
def test_a_state_present_as_an_observer_is_no_party(observer):
    text = f"Kenya and Vietnam on Monday signed a memorandum of understanding on artificial intelligence, {observer}."
    assert party_sets(text) == sets("KEN+VNM")


@pytest.mark.parametrize("text, expected", [
    ("Kenya, Vietnam and France on Monday signed a memorandum on artificial intelligence.", ["FRA+KEN+VNM"]),
    # a state described by its standing in a bloc, acting: a side
    ("Egypt, an observer in the Shanghai Cooperation Organisation, signed a memorandum on satellites with China.",
     ["CHN+EGY"]),
])
def test_a_state_named_as_a_side_stays_a_party_beside_the_observer_rule(text, expected):
    assert party_sets(text) == sets(*expected)


@pytest.mark.parametrize("tail", [
    " as France and the United States vie for influence in the region",
    " as France eyes a bigger role in African digital markets",
    " while France has stepped up its own investments in the sector",
    " even as France warned against the move",
    ", with France watching closely",
    " as Japan looks on",
])
@pytest.mark.parametrize("lead", [
    "Kenya and Vietnam on Monday signed a memorandum of understanding on artificial intelligence",
    "Kenya on Monday signed a memorandum of understanding on artificial intelligence with Vietnam",
])
def test_a_trailing_clause_with_its_own_subject_adds_no_party(lead, tail):
    assert party_sets(f"{lead}{tail}.") == sets("KEN+VNM")


@pytest.mark.parametrize("text, expected", [
    # a side told after the act: "as did"
    ("Kenya and Vietnam signed the memorandum on artificial intelligence, as did Laos.", ["KEN+LAO+VNM"]),
    # "such as", "as well as" list sides
    ("Several states, such as Kenya, Vietnam and Laos, signed a memorandum on artificial intelligence.",
     ["KEN+LAO+VNM"]),
    ("Kenya and Vietnam, as well as Laos, signed a memorandum on artificial intelligence.", ["KEN+LAO+VNM"]),
    # "as" before any act is told: no trailing clause
    ("As France watches, Kenya and Vietnam signed a memorandum on artificial intelligence.", ["KEN+VNM"]),
])
def test_lists_and_sides_told_with_as_stay_parties(text, expected):
    assert party_sets(text) == sets(*expected)


@pytest.mark.parametrize("text, expected", [
    ("As France watches, Kenya and Vietnam signed a memorandum on artificial intelligence.", ["KEN+VNM"]),
    ("While Japan has hesitated, Kenya and Vietnam on Monday signed a memorandum on artificial intelligence.",
     ["KEN+VNM"]),
])
def test_a_fronted_clause_with_its_own_subject_adds_no_party(text, expected):
    assert party_sets(text) == sets(*expected)


def test_a_fronted_clause_that_tells_the_act_keeps_its_sides():
    acts = acts_of("While Kenya and Vietnam signed a memorandum on artificial intelligence, Laos stayed away.")
    assert any({"KEN", "VNM"} <= set(a.parties) for a in acts)


_FILLERS = ["Trade between the two countries reached 1.2 billion dollars last year.",
            "The visit is the first at this level in a decade."]
_OPENERS = [
    "Kenyan President William Ruto arrived in Hanoi on Monday for a three-day state visit.",
    "Kenya and Vietnam held talks in Hanoi on Monday.",
    "The foreign ministers of Kenya and Vietnam met in Hanoi on Monday.",
]


@pytest.mark.parametrize("opener", _OPENERS)
@pytest.mark.parametrize("filler", _FILLERS)
@pytest.mark.parametrize("act", [
    "They agreed to set up a joint working group on cybersecurity.",
    "They signed a memorandum of understanding on artificial intelligence.",
])
def test_they_stays_the_pair_across_one_sentence_that_names_nobody_else(opener, filler, act):
    assert party_sets(f"{opener} {filler} {act}") == sets("KEN+VNM")


@pytest.mark.parametrize("between", [
    # another actor named since: "they" is no longer the pair for sure
    "Japan also sent a delegation to the talks.",
    # too far: two sentences that name nobody
    "Trade rose last year. The visit is the first in a decade.",
    # other people as the subject in between: who "they" are is not told
    "Journalists from several outlets covered the event.",
    "The talks focused on trade.",
])
def test_the_pair_is_not_meant_after_another_actor_or_far_back(between):
    text = f"{_OPENERS[1]} {between} They agreed to set up a joint working group on cybersecurity."
    assert frozenset({"KEN", "VNM"}) not in party_sets(text)


@pytest.mark.parametrize("quote", [
    "\"Today we signed a memorandum on artificial intelligence,\" the Kenyan president said.",
    "\"We have just inked an agreement that opens a new chapter,\" Kenya's foreign minister told reporters.",
    "\"We agreed to set up a joint working group on cybersecurity,\" the Vietnamese prime minister said.",
])
@pytest.mark.parametrize("opener", _OPENERS)
def test_we_who_signed_in_a_quote_right_after_two_sides_met_are_those_two(opener, quote):
    assert party_sets(f"{opener} {quote}") == sets("KEN+VNM")


@pytest.mark.parametrize("text", [
    # hedged: nothing made yet
    "Kenya and Vietnam held talks in Hanoi on Monday. \"We hope to sign a memorandum soon,\" the Kenyan president said.",
    # the pair named too far back
    "Kenya and Vietnam held talks in Hanoi on Monday. Journalists covered the event. Markets were calm. "
    "\"We signed a memorandum,\" a minister said.",
    # "we" of another state, named in the quote's attribution
    "Kenya and Vietnam held talks in Hanoi on Monday. \"We signed a memorandum with Laos,\" the Thai minister said.",
])
def test_we_in_a_quote_makes_no_act_of_the_pair_when_hedged_far_or_another_speaker(text):
    assert frozenset({"KEN", "VNM"}) not in party_sets(text)


@pytest.mark.parametrize("text, status", [
    ("Kenya and Vietnam will resume talks next month on an agreement on AI, officials said, as a Kenyan state firm "
     "sealed a chip purchase from a Vietnamese maker.", "planned"),
    ("Kenya and Vietnam plan to sign a memorandum on data centres as France signed a similar deal with Ghana.", "planned"),
    ("Kenya and Vietnam signed a memorandum on data centres as France weighs a similar deal.", "signed"),
])
def test_the_act_s_status_is_its_own_clause_s_not_a_trailing_clause_s(text, status):
    assert [(sorted(act.parties), act.status) for act in acts_of(text)] == [(["KEN", "VNM"], status)]


@pytest.mark.parametrize("text", [
    "On the plane to Japan, the Kenyan president signed a memorandum on AI with Vietnam.",
    "Speaking on his flight to Brazil, the Kenyan president said Kenya and Vietnam signed a memorandum on AI.",
])
def test_a_state_named_as_where_a_plane_or_flight_goes_is_no_party(text):
    assert party_sets(text) == sets("KEN+VNM")


@pytest.mark.parametrize("text", [
    # the act named by a participle opening is the act the clause tells, no instrument of its own
    "Kenya and Vietnam will sign a deal on chips. Dubbed the Nairobi Accord by officials, the deal will launch a chip "
    "fund, a measure aimed at supply from China, which sees Taiwan as its territory.",
    # a comment on the act after a dash names no side of it
    "Kenya and Vietnam signed a deal on chips to protect supply chains — a measure aimed at safeguarding supply from "
    "China, which sees Taiwan as its territory.",
    # "between" with nobody named near it opens no pair
    "Kenya and Vietnam will sign a deal on chips. The deal will boost cooperation between the nations' armed forces and "
    "launch a new fund for chip research, a measure aimed at easing the reliance on China, which sees Taiwan as its own.",
])
def test_states_named_in_a_comment_on_the_act_are_no_side_of_it(text):
    assert party_sets(text) == sets("KEN+VNM")


@pytest.mark.parametrize("outcome", [
    "The meeting resulted in four agreements.",
    "The talks produced three memorandums of understanding on digital trade.",
    "The visit culminated in a joint declaration on artificial intelligence.",
])
def test_a_meeting_told_bearing_acts_right_after_its_sides_gives_them_the_acts(outcome):
    text = ("Kenyan President William Ruto held a bilateral meeting with Vietnamese Prime Minister Pham Minh Chinh in "
            f"Nairobi on Monday. {outcome}")
    assert party_sets(text) == sets("KEN+VNM")


def test_a_meeting_bearing_acts_told_far_from_its_sides_names_no_parties():
    text = ("Kenyan President William Ruto met Vietnamese Prime Minister Pham Minh Chinh in Nairobi on Monday. Trade rose "
            "last year. The visit is the first in a decade. The meeting resulted in four agreements.")
    assert party_sets(text) == sets()
