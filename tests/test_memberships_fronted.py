"""A bloc's make-up told from its founding or opening the sentence: "Originally made up of L, BRICS ...", "Comprising L,
the bloc ...", "BRICS, the group that started with L", "Mercosur, whose founders are L", "L set up the SCO in 2001",
"L sit in the EAEU". A body or scheme named after the bloc ("the SCO bank", "the BRICS Pay system", "the Mercosur
council") and "made up of engineers from L" give no membership."""

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def members(text: str) -> set[tuple[str, str]]:
    return {(m.state, m.bloc) for m in extract_facts(Document(text=text, source="test.txt")).memberships}


@pytest.mark.parametrize("text, bloc, states", [
    ("Originally made up of Brazil, Russia, India and China, BRICS added South Africa in 2010.", "BRICS",
     {"BRA", "RUS", "IND", "CHN"}),
    ("Comprising Russia, Belarus, Kazakhstan, Armenia and Kyrgyzstan, the EAEU agreed to build a payments network.", "EAEU",
     {"RUS", "BLR", "KAZ", "ARM", "KGZ"}),
    ("Bringing together the United States, Japan, India and Australia, the Quad met in Tokyo.", "QUAD",
     {"USA", "JPN", "IND", "AUS"}),
    ("BRICS, the group that started with Brazil, Russia, India and China, expanded last year.", "BRICS",
     {"BRA", "RUS", "IND", "CHN"}),
    ("Mercosur, whose founders are Brazil, Argentina, Uruguay and Paraguay, met in Montevideo.", "MERCOSUR",
     {"BRA", "ARG", "URY", "PRY"}),
    ("China, Russia, Kazakhstan, Kyrgyzstan and Tajikistan set up the SCO in 2001.", "SCO", {"CHN", "RUS", "KAZ", "KGZ", "TJK"}),
    ("Brazil, Argentina, Uruguay and Paraguay created Mercosur in 1991.", "MERCOSUR", {"BRA", "ARG", "URY", "PRY"}),
    ("Russia and Belarus sit in the EAEU.", "EAEU", {"RUS", "BLR"}),
])
def test_a_blocs_make_up_from_its_founding_or_opening_the_sentence(text, bloc, states):
    assert {(state, bloc) for state in states} <= members(text)


@pytest.mark.parametrize("text", [
    "Comprising Russia and China, the SCO bank will lend more.",
    "Russia, China and India set up the BRICS bank in 2014.",
    "Iran and Russia launched the BRICS Pay system.",
    "Brazil and Argentina sit in the Mercosur council.",
    "Made up of engineers from Brazil and India, the BRICS team won the prize.",
    "Bringing together India and Pakistan, the SCO summit opened.",
])
def test_a_body_named_after_the_bloc_gives_no_membership(text):
    assert not members(text)
