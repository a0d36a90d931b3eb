"""A bloc standing apart from its list of members still lists them: an aside set off by dashes ("The Quad -- an
informal grouping of four democracies -- comprises L"), the bloc's ministers or leaders from or representing their
states, the defined count of a bloc's meeting ("the leaders of the five countries: L"), states let in ("now ten
countries after L joined"), the bloc's line-up ("The SCO's line-up of countries is L"). Envoys, delegates and
officials (partners and guests attend too), an undefined count of guests and a joining of something else give none."""

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def members(text: str) -> set[tuple[str, str]]:
    return {(m.state, m.bloc) for m in extract_facts(Document(text=text, source="test.txt")).memberships}


@pytest.mark.parametrize("text, bloc, states", [
    ("The Quad — an informal grouping of four democracies in the Indo-Pacific — comprises the US, Japan, India and Australia.",
     "QUAD", {"USA", "JPN", "IND", "AUS"}),
    ("ASEAN's economic ministers from Indonesia, Malaysia, Singapore and Thailand met in Jakarta.", "ASEAN",
     {"IDN", "MYS", "SGP", "THA"}),
    ("The BRICS foreign ministers, representing Brazil, Russia, India, China and South Africa, met in Cape Town.", "BRICS",
     {"BRA", "RUS", "IND", "CHN", "ZAF"}),
    ("The BRICS summit in Johannesburg brought together the leaders of the five countries: Brazil, Russia, India, China and "
     "South Africa.", "BRICS", {"BRA", "RUS", "IND", "CHN", "ZAF"}),
    ("BRICS is now a ten-nation group after Egypt, Ethiopia and Iran were admitted.", "BRICS", {"EGY", "ETH", "IRN"}),
    ("NATO grew after Finland and Sweden joined.", "NATO", {"FIN", "SWE"}),
    ("The SCO's current line-up of countries is China, Russia, India, Pakistan and Iran.", "SCO",
     {"CHN", "RUS", "IND", "PAK", "IRN"}),
])
def test_a_bloc_apart_from_its_list_still_lists_its_members(text, bloc, states):
    assert {(state, bloc) for state in states} <= members(text)


@pytest.mark.parametrize("text", [
    "The EU sanctioned Russia after Belarus and Iran joined the war.",
    "The BRICS summit also drew leaders of 30 countries: Laos, Cuba and Bolivia.",
    "SCO envoys from Turkey and Egypt attended the meeting.",
    "ASEAN ambassadors from the US and China met in Jakarta.",
    "NATO foreign ministers met officials from Ukraine and Georgia.",
])
def test_guests_partners_and_other_joinings_are_no_members(text):
    assert not members(text)
