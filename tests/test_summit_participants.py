"""The states told taking part in a bloc's meeting are the parties of the bloc's acts told after (the bloc their
framework); a side meeting, guests, the venue, and a bloc with no participants named keep what they had."""

from collections import Counter

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def acts(text: str) -> Counter:
    facts = extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=None,
                                   media_type="text/plain"))
    return Counter((frozenset(a.parties), a.framework) for a in facts.agreements)


QUAD = frozenset({"AUS", "IND", "JPN", "USA"})


@pytest.mark.parametrize("text, parties, bloc", [
    # the states' leaders as the subject of meeting for the summit
    ("Leaders of India, Japan, Australia and the United States met in Tokyo for the Quad summit. The Quad announced "
     "a semiconductor supply chain initiative.", QUAD, "QUAD"),
    ("Australian Prime Minister Tom Reed, Indian Prime Minister Ravi Kumar, Japanese Prime Minister Kenji Sato and US "
     "President John Hale gathered in Sydney for the Quad leaders' summit. The Quad launched a partnership on ports.",
     QUAD, "QUAD"),
    ("The presidents of Brazil, Russia, China and South Africa and the prime minister of India took part in the BRICS "
     "summit in Kazan. BRICS adopted a declaration on artificial intelligence.",
     frozenset({"BRA", "CHN", "IND", "RUS", "ZAF"}), "BRICS"),
    # a host gathering the leaders, one named without a state: the leaders are as many as the members
    ("Prime Minister Kenji Sato hosted President John Hale of the United States, Prime Minister Tom Reed of Australia "
     "and Prime Minister Ravi Kumar in Tokyo for the Quad Leaders' Summit. The Quad launched an initiative on undersea "
     "cables.", QUAD, "QUAD"),
])
def test_the_states_taking_part_are_the_parties_of_the_blocs_act(text, parties, bloc):
    assert acts(text)[(parties, bloc)] == 1


@pytest.mark.parametrize("text, parties", [
    # only the bloc named
    ("SCO member states adopted an action plan on digital transformation.", frozenset({"SCO"})),
    # a meeting of their own on the sidelines
    ("Leaders of India, Japan and Australia met on the sidelines of the Quad summit. The Quad adopted a declaration "
     "on health security.", frozenset({"QUAD"})),
    # two states at the summit: a side meeting
    ("Leaders of India and Japan met at the Quad summit in Tokyo. The Quad adopted a declaration on health security.",
     frozenset({"QUAD"})),
    # a meeting of their own before the summit
    ("Foreign ministers of Russia, China, Kazakhstan, Kyrgyzstan and India met in Moscow ahead of the SCO summit. The "
     "SCO adopted a declaration on information security.", frozenset({"SCO"})),
    # a few members of a large bloc: a side meeting
    ("Leaders of Brazil, Mexico and Argentina met in Rio during the G20 summit. The G20 adopted a declaration on "
     "artificial intelligence.", frozenset({"G20"})),
    # the venue is not a participant
    ("The Quad leaders adopted a declaration on critical technologies in Tokyo, hosted by Japan.", frozenset({"QUAD"})),
])
def test_no_participants_named_keeps_the_bloc(text, parties):
    assert any(found == parties for found, _ in acts(text))


def test_a_state_outside_the_membership_is_not_a_participant():
    text = ("Leaders of China, Russia, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan as well as Turkey took part in "
            "the SCO summit in Astana. The SCO adopted a declaration on digital cooperation.")
    assert acts(text)[(frozenset({"CHN", "RUS", "KAZ", "KGZ", "TJK", "UZB"}), "SCO")] == 1


def test_guests_are_not_participants():
    text = ("Leaders of China, Russia, Kazakhstan, Kyrgyzstan and Tajikistan, with guests from Turkey and Egypt, took part "
            "in the SCO summit in Astana. The SCO adopted a declaration on digital cooperation.")
    parties = [found for found, _ in acts(text)]
    assert frozenset({"CHN", "RUS", "KAZ", "KGZ", "TJK"}) in parties
    assert not any({"TUR", "EGY"} & found for found in parties)


def test_host_with_leaders_not_all_members_is_not_completed():
    # a leader named without a state, but a state that is no member among those named: nothing is filled in
    text = ("Prime Minister Kenji Sato hosted President John Hale of the United States, President Ana Silva of Brazil "
            "and Prime Minister Ravi Kumar in Tokyo for the Quad Leaders' Summit. The Quad launched an initiative on "
            "undersea cables.")
    assert not any(found == QUAD for found, _ in acts(text))
