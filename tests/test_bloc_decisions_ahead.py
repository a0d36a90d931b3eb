"""A bloc's own decision told ahead ("G7 ministers will adopt a plan", "are set to endorse"), or by a plural subject
("ASEAN leaders plan to launch", "intend to set up") is the bloc's act, planned, as its past telling is signed; and
"the bloc's economy ministers" are the bloc acting, while "the only G7 economy" is one state of it. A plan someone has
("the EU has a plan to"), an onlooker's expectation and a bloc's sanctions stay no act."""

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def acts(text: str) -> set[tuple[frozenset, str]]:
    facts = extract_facts(Document(text=text, source="test.txt"))
    return {(frozenset(a.parties), a.status) for a in facts.agreements}


@pytest.mark.parametrize("text, bloc", [
    ("G7 digital ministers will adopt a plan on submarine cables at their meeting in Takasaki.", "G7"),
    ("APEC trade ministers are set to adopt a framework on cross-border data flows.", "APEC"),
    ("BRICS communications ministers are expected to endorse a plan for a joint satellite constellation.", "BRICS"),
    ("Mercosur leaders plan to launch a programme on digital payments next year.", "MERCOSUR"),
    ("ASEAN energy ministers intend to set up a fund for grid interconnection and solar power.", "ASEAN"),
    ("The EAEU heads of state will formally approve a plan on artificial intelligence in December.", "EAEU"),
    ("African Union ICT ministers aim to build a continental data exchange by 2030.", "AU"),
])
def test_a_blocs_decision_told_ahead_is_its_planned_act(text, bloc):
    assert (frozenset({bloc}), "planned") in acts(text)


@pytest.mark.parametrize("text, bloc", [
    ("G20 economy ministers adopted a roadmap on quantum computing.", "G20"),
    ("The GCC economy ministers approved a plan for a common payments platform.", "GCC"),
    ("SCO economy ministries endorsed a programme on the digital economy.", "SCO"),
])
def test_a_blocs_economy_ministers_act_for_it(text, bloc):
    assert frozenset({bloc}) in {parties for parties, _ in acts(text)}


@pytest.mark.parametrize("text", [
    "The EU has a plan to build more chip factories.",
    "Analysts expect G7 ministers to adopt a plan on artificial intelligence.",
    "The G7 will adopt new sanctions against Russia.",
    "The SCO's economy ministers will meet in Tashkent next week.",
    "Germany is the only G7 economy to grow this year.",
    "The EU is the plan to watch, one diplomat said.",
])
def test_what_is_no_decision_of_the_bloc_stays_no_act(text):
    assert not acts(text)
