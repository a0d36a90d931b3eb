"""A joint undertaking two named sides agree to launch is an initiative even when its noun names no kind
(undertakings): "agreed to launch a mining skills programme", "welcomed the development of a Chile-Peru Skills
Exchange Pilot". One side's own plant, a company's, or a named body of the two (read first) are not read so."""

import pytest

from techpact.extract import extract_facts
from techpact.extract.undertakings import launched_undertaking
from techpact.loaders.document import Document


def acts(text: str) -> list[tuple[frozenset, str, str]]:
    facts = extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=None,
                                   media_type="text/plain"))
    return [(frozenset(a.parties), a.kind, a.status) for a in facts.agreements if len(a.parties) >= 2]


@pytest.mark.parametrize("text, status", [
    ("Chile and Peru agreed to launch a mining skills programme.", "planned"),
    ("Ghana and Kenya decided to set up a joint research fund for start-ups.", "planned"),
])
def test_undertakings_agreed_to_launch_is_an_initiative(text, status):
    assert (frozenset({"CHL", "PER"} if "Chile" in text else {"GHA", "KEN"}), "initiative", status) in acts(text)


def test_undertakings_welcomed_development_of_a_pilot_is_a_second_act():
    text = ("Chile and Peru signed a deal on copper on Monday. Both leaders also welcomed the development of a "
            "Chile-Peru Mining Skills Exchange Pilot, to be delivered with industry.")
    assert [kind for _, kind, _ in acts(text)] == ["agreement", "initiative"]


@pytest.mark.parametrize("text", [
    "Chile agreed to build a new lithium plant.",
    "Chile and Tesla agreed to build a new battery plant.",
    "Chile and Peru discussed a mining skills programme.",
])
def test_undertakings_one_sides_or_a_companys_plans_are_no_joint_initiative(text):
    assert not acts(text)


def test_undertakings_found_only_after_an_agreeing_verb():
    assert launched_undertaking("They agreed to set up a joint fund.") is not None
    assert launched_undertaking("The fund was set up in 2019.") is None
