"""A concluding still ahead, though told with a word of concluding: under a modal with words between ("would be the
signing of", "must now be approved"), in a present-tense clause of time ("before it is signed"), as expected or eyed
("Signing Eyed By June"), hedged ("provisionally agreed", "according to a draft"), a noun of concluding aimed at or told
ahead ("to reach an early conclusion of", "the signing ceremony will take place"), a finishing of the text with its
signing still ahead ("finalised the text, which will be signed shortly", "initialled, to be signed later"), "ready for
signature": planned. A concluding verb in the past told of the act stays signed ("signed ... and will implement",
"welcomed the signing of"); "concluded" with no object ends a meeting."""

import pytest

from techpact.extract import extract_facts
from techpact.extract.status import find_status
from techpact.extract.status_concluding_ahead import concluding_ahead, meeting_ended, statement_told_ahead
from techpact.loaders.document import Document


def _statuses(text: str) -> set[str]:
    return {a.status for a in extract_facts(Document(text=text, source="test.txt")).agreements}


@pytest.mark.parametrize("text", [
    "The highlight of the trip will be the signing of a memorandum on fisheries between Peru and Chile.",
    "The fisheries accord between Peru and Chile must now be approved by both parliaments.",
    "The pact between Peru and Chile will then be formally adopted by the joint commission.",
    "Peru and Chile will hold another round of talks before the memorandum is signed in June.",
    "Peru-Chile Fisheries Accord Signing Eyed By June",
    "Peru and Chile tentatively agreed on a fisheries roadmap on Tuesday.",
    "Peru and Chile agreed on a fisheries roadmap, according to a draft communique seen by reporters.",
    "Peru will build ten fish hatcheries on the coast, establish a joint research centre with Chile and train inspectors.",
])
def test_a_concluding_told_ahead_or_hedged_is_planned(text):
    assert find_status(text) == "planned"


@pytest.mark.parametrize("text", [
    "Peru and Chile signed a fisheries memorandum on Monday and will implement it next year.",
    "Peru and Chile agreed on a fisheries roadmap on Tuesday.",
    "The memorandum between Peru and Chile was signed before the summit opened.",
    "The memorandum between Peru and Chile was concluded on Friday in Lima.",
    "Peru's cabinet approved the fisheries accord with Chile, signed in May.",
    "Peru and Chile will expand trade, signed the fisheries accord in May.",
])
def test_a_concluding_told_as_done_stays_signed(text):
    assert find_status(text) == "signed"


def test_a_meeting_that_concluded_concludes_no_act():
    text = "Peru and Chile have agreed to support the creation of a fisheries partnership at the summit, which concluded on Friday."
    assert find_status(text) == "planned"
    at = text.index("concluded")
    assert meeting_ended(text, at, at + len("concluded"))
    passive = "The treaty was concluded on Friday."
    assert not meeting_ended(passive, passive.index("concluded"), passive.index("concluded") + len("concluded"))


@pytest.mark.parametrize("text", [
    "Peru's president will visit Chile next month and will announce in a joint statement a plan to protect fisheries.",
    "The main event of the visit would be the signing of a joint declaration between Peru and Chile on fisheries.",
])
def test_a_statement_still_to_be_made_is_planned(text):
    assert statement_told_ahead(text)
    assert _statuses(text) == {"planned"}


def test_a_statement_issued_stays_signed():
    text = "Peru and Chile issued a joint statement on Monday saying they will protect fisheries."
    assert not statement_told_ahead(text)
    assert _statuses(text) == {"signed"}


def test_hostility_told_as_a_circumstance_keeps_the_act():
    text = ("Peru and Chile, despite sanctions pressure, will sign a declaration between Peru and Chile on fisheries "
            "at the summit.")
    assert _statuses(text) == {"planned"}


def test_concluding_ahead_reads_the_words_around_the_cue():
    text = "The deal must now be approved by parliament."
    at = text.index("approved")
    assert concluding_ahead(text, at, at + len("approved"))
    done = "The deal was approved by parliament."
    at = done.index("approved")
    assert not concluding_ahead(done, at, at + len("approved"))


def test_approving_an_act_still_proposed_concludes_nothing():
    text = "Peru on Monday approved the text of the proposed Peru-Chile agreement on fisheries."
    at = text.index("approved")
    assert concluding_ahead(text, at, at + len("approved"))
    assert find_status(text) != "signed"
    signed = "Peru and Chile on Monday signed the proposed agreement on fisheries."
    assert find_status(signed) == "signed"


# Wordings of the principle the rule was not first written on: the concluding (a verb or noun of signing, adoption,
# conclusion) located ahead of the report, or what was done only a step before it.
_AHEAD = [
    'Peru and Chile have finalised the text of a fisheries agreement, which will be signed very shortly.',
    "Negotiators from Peru and Chile agreed on the text of a fisheries accord that is to be signed during the president's visit.",
    'LIMA, May 3 - Peru and Chile completed the wording of a memorandum on fisheries, which the ministers are expected to sign next week.',
    'Peru and Chile initialled a fisheries agreement on Monday; it is to be signed later in the year.',
    'Peru and Chile initialed the fisheries accord, paving the way for its formal signing in June.',
    'The text of the Peru-Chile fisheries agreement has been agreed and is now ready for signature.',
    'The Peru-Chile fisheries memorandum is ready for signing, officials said.',
    "Peru's cabinet cleared the text of a fisheries memorandum with Chile, which will be signed at the summit.",
    'Peru and Chile wrapped up negotiations on a fisheries pact that will be signed by the two presidents in Lima.',
    'Peru and Chile agreed to work for an early conclusion of the negotiations on a fisheries agreement.',
    'Peru and Chile look forward to the signing of a fisheries memorandum at the next summit.',
    'Peru and Chile hope for an early conclusion of the fisheries treaty.',
    'Peru and Chile are working towards the conclusion of a fisheries agreement by the end of the year.',
    "Peru's foreign minister said he expected the conclusion of a fisheries accord with Chile soon.",
    'Peru and Chile will strive for the timely adoption of a joint fisheries roadmap.',
    'The conclusion of the fisheries agreement between Peru and Chile is expected next month.',
    'The signing ceremony for the Peru-Chile fisheries agreement will take place in Lima on Friday.',
    'The signing of the Peru-Chile fisheries accord is likely to take place during the summit.',
    'A signing of the fisheries memorandum between Peru and Chile is planned for the spring.',
    'Formal adoption of the Peru-Chile fisheries roadmap is due at the ministerial meeting in May.',
    'The inking of the Peru-Chile fisheries pact is slated for next week.',
    'Peru and Chile are in the final stages of negotiating a fisheries agreement.',
    'Peru and Chile are in the last stage of talks on a fisheries pact.',
    'A fisheries agreement between Peru and Chile is nearing completion, diplomats said.',
    'Peru and Chile are close to concluding a fisheries agreement.',
    'The fisheries deal between Peru and Chile is likely to be inked at the summit.',
    'Peru and Chile are likely to sign a fisheries agreement during the visit.',
    'Peru, Chile Likely To Ink Fisheries Pact Next Week',
    'Peru and Chile could sign the fisheries accord as early as next week.',
    'Peru and Chile are poised to seal a fisheries agreement.',
    'A fisheries agreement between Peru and Chile is all but certain to be signed on Friday.',
    'Peru and Chile are on course to conclude a fisheries agreement by December.',
    "LIMA (Reuters) - Peru's Foreign Minister Javier Gonzalez-Olaechea said the fisheries agreement with Chile, whose text was finalised last week, will be signed by the two presidents in March.",
    'Peru, Chile finalise text of fisheries pact, signing next month',
    'Peru, Chile finalised text of fisheries pact; signing next month',
    'Peru and Chile Initial Fisheries Accord, Formal Signing Set for June',
    'The agreement on fisheries between Peru and Chile, initialled in Lima on Tuesday, is to be signed at the summit.',
    'Officials said Peru and Chile had agreed on the wording of a fisheries memorandum that the two foreign ministers will sign in Santiago.',
    'The foreign ministers of Peru and Chile, meeting in Lima, approved the final text of a fisheries agreement for signature at the summit.',
    'The two sides expressed hope for the earliest possible signing of a fisheries agreement between Peru and Chile.',
    'Peru and Chile reaffirmed their commitment to the early conclusion of a fisheries agreement.',
    'The leaders of Peru and Chile instructed their ministers to expedite the conclusion of a fisheries treaty.',
    'Preparations for the signing of a fisheries memorandum between Peru and Chile are under way.',
    'Peru and Chile set a date for the signing of the fisheries accord.',
    'The talks between Peru and Chile paved the way for the signing of a fisheries agreement.',
    'Signing of Peru-Chile fisheries pact likely next week',
    'Adoption of the Peru-Chile fisheries roadmap is expected at the ministerial meeting.',
    'The signature of the fisheries agreement between Peru and Chile is scheduled for Friday.',
    'The formal signing of the Peru-Chile fisheries pact has yet to take place.',
    'The fisheries memorandum between Peru and Chile remains to be signed.',
    'The fisheries accord between Peru and Chile is still to be approved by the two cabinets.',
    "Peru and Chile's fisheries agreement is ready to be signed, the ministry said.",
    'The Peru-Chile fisheries treaty is ready for signature.',
    '"We have agreed on a fisheries deal which we will sign in December," Peru\'s president said of the talks with Chile.',
    'Peru and Chile have hammered out a fisheries pact that is due to be signed during the presidential visit.',
    'Peru and Chile completed negotiations on a fisheries agreement, which is expected to be signed in April.',
    'Peru and Chile concluded negotiations on a fisheries agreement, which will be signed in May.',
    'Peru and Chile struck a fisheries deal that will be formally signed next week.',
    'The signing of the fisheries memorandum between Peru and Chile is expected to take place in Lima.',
    'The negotiators of Peru and Chile cleared the fisheries memorandum for signing at the summit.',
    'Peru and Chile have finalized the text of an agreement on fisheries which will be signed shortly.',
    'Peru and Chile agreed the text of a fisheries accord, which will be signed very soon.',
    'Peru and Chile completed the text of the fisheries agreement, to be signed shortly.',
    'Peru and Chile agreed to reach an early conclusion of the negotiations on a fisheries agreement.',
    'The signing ceremony of the Peru-Chile fisheries agreement will take place in Lima.',
    'The fisheries agreement between Peru and Chile is ready for signature.',
    'Peru and Chile initialled a fisheries agreement, to be signed later.',
]


@pytest.mark.parametrize("text", _AHEAD)
def test_wordings_of_a_concluding_still_ahead_are_planned(text):
    assert find_status(text) == "planned"
    assert _statuses(text) == {"planned"}


@pytest.mark.parametrize("text", [
    'The ministers of Peru and Chile called for the speedy conclusion of a fisheries accord.',
    'Peru and Chile pushed for the early signing of the fisheries agreement.',
])
def test_a_call_for_an_early_concluding_is_no_concluding(text):
    assert find_status(text) != "signed"
    assert "signed" not in _statuses(text)


@pytest.mark.parametrize("text", [
    'Peru and Chile signed a fisheries agreement on Monday, which will be implemented next year.',
    'Peru and Chile finalised a fisheries agreement on Monday and will implement it next year.',
    'Peru and Chile welcomed the signing of the fisheries agreement.',
    'The presidents of Peru and Chile witnessed the signing of a fisheries memorandum in Lima.',
    'After the signing of the fisheries accord, Peru and Chile will hold talks on trade.',
    'Following the conclusion of the fisheries agreement, Peru and Chile will expand joint patrols.',
    'The signing ceremony for the Peru-Chile fisheries agreement took place in Lima on Friday.',
    'The conclusion of the fisheries agreement between Peru and Chile was hailed by both presidents.',
    'Peru and Chile agreed on the text of a fisheries accord.',
    'Peru and Chile initialled a fisheries agreement on Monday.',
    'Peru and Chile finalised a fisheries agreement and will sign a space memorandum next year.',
    'Peru and Chile signed a fisheries agreement which is to be ratified by both parliaments.',
    'Peru and Chile concluded a fisheries agreement that is expected to take effect in May.',
    'The fisheries pact Peru and Chile signed on Monday is expected to boost exports.',
    'Peru and Chile completed negotiations on a fisheries agreement on Monday.',
    'Peru and Chile signed the fisheries agreement on Monday; ratification is expected next year.',
    'Peru and Chile reached a fisheries agreement, which will be implemented from January.',
    'Peru and Chile marked the signing of the fisheries pact with a joint press conference.',
    'Peru and Chile signed a fisheries agreement, paving the way for the launch of joint patrols.',
    'Peru and Chile adopted a fisheries roadmap that sets out steps to be taken by 2030.',
    'Peru and Chile agreed on a fisheries roadmap, which the ministers said will be reviewed every year.',
    'Peru and Chile are ready to sign agreements, and signed a fisheries memorandum on Monday.',
    'Peru and Chile inked a fisheries pact, and the signature of the deal was welcomed by fishermen.',
    'Peru and Chile agreed on a fisheries framework under which contracts will be signed later.',
    'Peru and Chile concluded a fisheries agreement on Monday, and Colombia will sign it next year.',
    'Peru and Chile agreed on a fisheries roadmap that companies will use to sign contracts.',
])
def test_near_misses_a_concluding_told_done_stays_signed(text):
    assert find_status(text) == "signed"
    assert _statuses(text) == {"signed"}
