"""Named outcomes (named_outcomes): each instrument a passage gives an identity of its own (a proper name, a title
heading an item of a list of outcomes, "another" with a topic of its own) is its own act of the same parties; a count
or a plural stays one act, a later mention of the same name or by a generic noun joins the act, the first name given
to an unnamed act in focus of the same kind is its name, and a gathering or body named is no instrument.
Short passages written for the test in the shapes of news wording (never taken from the eval passages)."""

from __future__ import annotations

from collections import Counter

import pytest

from .extraction import acts_of


def kinds(text: str) -> Counter:
    """How many acts of each (parties, kind, status) the text tells."""
    return Counter(("+".join(sorted(a.parties)), a.kind, a.status) for a in acts_of(text))


@pytest.mark.parametrize("text, expected", [
    # a named initiative beside a memorandum on a topic, in one sentence
    ("Norway and Sweden signed a memorandum on cyber security and launched the Nordic Quantum Initiative.",
     {("NOR+SWE", "mou", "signed"): 1, ("NOR+SWE", "initiative", "signed"): 1}),
    ("Estonia and Finland signed a protocol on border data and unveiled the Baltic Hydrogen Corridor Initiative.",
     {("EST+FIN", "agreement", "signed"): 1, ("EST+FIN", "initiative", "signed"): 1}),
    # one more initiative under a name of its own, told after an unnamed one
    ("Norway and Sweden launched a quantum initiative on Friday. Norway and Sweden also announced the creation of a "
     "$5 million Norway-Sweden Green Shipping Fund initiative.", {("NOR+SWE", "initiative", "signed"): 2}),
    # titles heading the items of a list of outcomes
    ("Ghana and Togo held talks in Accra on Monday. The following documents were signed by the two governments:\n\n"
     "– Agreement between the Government of Ghana and the Government of Togo on fisheries;\n\n"
     "– Protocol between the ministries of transport on rail freight tariffs;\n\n"
     "– Agreement on the mutual recognition of driving licences.",
     {("GHA+TGO", "agreement", "signed"): 3}),
    # one more of the kind just told, with a topic of its own
    ("Ghana and Togo signed an MoU on tourism between their culture ministries, and another on solar power between "
     "their energy ministries.", {("GHA+TGO", "mou", "signed"): 2}),
    # the same with no comma before "and another"
    ("Kenya and Uganda signed an agreement on fibre-optic links and another on weather satellites.",
     {("KEN+UGA", "agreement", "signed"): 2}),
])
def test_each_instrument_with_an_identity_of_its_own_is_its_own_act(text, expected):
    found = kinds(text)
    for key, count in expected.items():
        assert found[key] == count, found
    assert sum(found.values()) == sum(expected.values()), found


@pytest.mark.parametrize("text, expected", [
    # a count or a plural: one act
    ("Kenya and Uganda signed 12 agreements spanning AI, defence and minerals on Tuesday.", 1),
    ("Kenya and Uganda signed several memoranda on Tuesday. The deal covers trade.", 1),
    # the same name told again, a generic noun pointing back
    ("Peru and Chile agreed to set up the Andean Space Initiative on Monday. The Andean Space Initiative will fund "
     "satellites.", 1),
    ("Peru and Chile adopted the Lima Declaration at the summit. The declaration calls for cooperation on AI.", 1),
    ("Peru and Chile launched the Pacific Data Corridor on Monday. The corridor will link data centres.", 1),
    # the first mention gives an unnamed act in focus of the same kind its name
    ("Norway and Sweden signed a cooperation agreement on Friday. The Nordic Quantum Accord will fund joint labs.", 1),
    ("Mexico and Canada signed an agreement on semiconductors on Monday. The Semiconductor Supply Accord will fund "
     "new fabs.", 1),
    # a name made of the parties' names and loose words only
    ("India and Japan signed a memorandum on artificial intelligence. Officials said the India-Japan Joint Memorandum "
     "would fund start-ups.", 1),
    # a body hosting the meeting is no act beside the one signed there
    ("Norway and Sweden held the third meeting of the Nordic Technology Council in Oslo. The ministers signed a "
     "memorandum on semiconductors.", 2),
])
def test_counts_retellings_and_gatherings_add_no_act(text, expected):
    found = kinds(text)
    assert sum(found.values()) == expected, found


def test_the_act_named_after_and_another_has_its_own_sectors_only():
    acts = sorted((a.sectors for a in acts_of("Kenya and Uganda signed an agreement on fibre-optic links and another "
                                              "on weather satellites.")), key=str)
    assert acts == [["space"], ["telecom"]]
