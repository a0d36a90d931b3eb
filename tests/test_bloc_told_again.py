"""A bloc told again by a common noun ("The member states adopted", "The grouping launched", "In a joint statement,
the bloc's leaders pledged") is the party of that act, and so are "the leaders" or "the ministers" right after the
clause that told the bloc's meeting. What the bloc is for, a state named in between, an act in focus of other parties
and talk of no act stay as they were."""

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def acts(text: str) -> set[tuple[frozenset, str]]:
    facts = extract_facts(Document(text=text, source="test.txt"))
    return {(frozenset(a.parties), a.status) for a in facts.agreements}


@pytest.mark.parametrize("text, bloc, status", [
    ("The Gulf Cooperation Council held its annual summit in Doha on Tuesday. The member states adopted a roadmap on "
     "artificial intelligence.", "GCC", "signed"),
    ("Ministers of the Eurasian Economic Union met in Minsk on Friday. The grouping launched a working group on "
     "cross-border payments.", "EAEU", "signed"),
    ("The Mercosur summit opened in Montevideo. In a joint statement, the bloc's leaders pledged to build a regional "
     "data centre network.", "MERCOSUR", "signed"),
    ("The BRICS foreign ministers met in Rio de Janeiro on Thursday. The ministers agreed to set up a task force on "
     "satellite data.", "BRICS", "planned"),
    ("The African Union opened its summit in Addis Ababa. Its members will adopt a continental strategy on cybersecurity "
     "next year.", "AU", "planned"),
    ("The Association of Southeast Asian Nations held a virtual meeting on Monday. Member countries endorsed a framework "
     "on digital trade.", "ASEAN", "signed"),
])
def test_a_bloc_told_again_by_a_common_noun_is_the_party(text, bloc, status):
    assert (frozenset({bloc}), status) in acts(text)


@pytest.mark.parametrize("text", [
    # what the bloc is for, or is
    "The CSTO was founded in 2002. The organisation aims to promote security through coordinated military action.",
    "NATO said it was concerned. The alliance has 32 members.",
    "The BRICS bloc has grown. Its members account for 40 percent of the world's population.",
    # no act told
    "The ASEAN summit opened in Jakarta. The bloc's members remain divided over the South China Sea.",
    "Iran applied to join the SCO last year. The member states will decide on its bid in June.",
    "The G20 summit opened in Rio. The ministers said the talks were difficult.",
    # "the ministers" with no meeting of the bloc told right before
    "Iran, a member of the G20, may consider a similar deal. The ministers agreed to meet again in May.",
])
def test_no_act_of_the_bloc_without_its_act(text):
    assert not acts(text)


def test_an_act_of_other_parties_in_focus_keeps_its_parties():
    found = acts("The EU and Japan signed a digital partnership on Monday. The bloc will also fund research on chips.")
    assert found and all(parties == frozenset({"EU", "JPN"}) for parties, _ in found)


@pytest.mark.parametrize("text, bloc", [
    ("BRICS held its summit in Kazan on Tuesday. On October 23, the nine full members adopted a declaration on "
     "artificial intelligence.", "BRICS"),
    ("The Gulf Cooperation Council met in Riyadh. The six members launched a joint cyber security centre.", "GCC"),
    ("The SCO summit opened in Astana. The full members signed a roadmap on digital payments.", "SCO"),
])
def test_the_blocs_members_told_by_their_count_or_as_full_members_are_the_bloc(text, bloc):
    assert frozenset({bloc}) in {parties for parties, _ in acts(text)}
