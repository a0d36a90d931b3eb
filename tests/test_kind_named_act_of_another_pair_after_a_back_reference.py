"""A clause that opens on the act in focus ("the deal may also be delayed") and then names another pair's instrument
by its title ("because Japan is yet to ratify the India-Japan Nuclear Cooperation Agreement") tells that pair's act
of the kind its title names, not an act of no kind (agreements.AgreementReader._read). Sentences written for these
tests."""

from __future__ import annotations

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def acts(text: str) -> dict[tuple[str, ...], str]:
    return {tuple(sorted(a.parties)): a.kind for a in extract_facts(Document(text=text, source="test.txt")).agreements}


def test_the_other_pairs_titled_instrument_gives_its_kind():
    found = acts("Chile and France signed a deal on lithium. However, the deal may be delayed because the parliament of "
                 "Peru is yet to ratify the Chile-Peru Mining Cooperation Agreement.")
    assert found[("CHL", "PER")] == "agreement"
    assert found[("CHL", "FRA")] == "agreement"


def test_a_clause_about_the_act_in_focus_alone_makes_no_other_act():
    assert acts("Chile and France signed a deal on lithium. However, the deal may be delayed by the courts.") == {
        ("CHL", "FRA"): "agreement"}


def test_talks_of_a_larger_group_named_after_it_make_no_act():
    found = acts("Chile and Peru agreed a lithium pact. The pact follows on from talks in Lima between Chile, Peru, Brazil "
                 "and the US, the four members of the Pacific Minerals Dialogue, about setting up supply chains.")
    assert list(found) == [("CHL", "PER")]
