"""An ending or refusal is an act's status only when the act (or the offer of it) is what ends or is refused: a meeting,
visit, summit or talks cancelled, an idea that fell through, a domestic party's opposition tell nothing of the act."""

from collections import Counter

import pytest

from techpact.extract import extract_facts
from techpact.extract.status import find_status
from techpact.loaders.document import Document


def acts(text: str) -> Counter:
    facts = extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=None,
                                   media_type="text/plain"))
    return Counter((frozenset(a.parties), a.kind, a.status) for a in facts.agreements)


@pytest.mark.parametrize("text, kind", [
    # an occasion ended: the act told beside it keeps its own status
    ("Ghana and Togo signed a data-sharing agreement on Monday, after an earlier visit by the Togolese minister was "
     "cancelled.", "agreement"),
    ("The talks between Ghana and Togo were long and ended with the signing of a memorandum on data.", "mou"),
    ("The visit ended with the signing of a memorandum on data sharing between Ghana and Togo.", "mou"),
    ("Togo refused to take part in the summit at which Ghana and Togo signed a memorandum on fibre links.", "mou"),
    # a domestic party's stance
    ("Ghana and Togo signed a memorandum on data; the opposition party in Togo, which opposed the memorandum, walked "
     "out of parliament.", "mou"),
])
def test_an_end_of_another_thing_leaves_the_act_signed(text, kind):
    assert acts(text)[(frozenset({"GHA", "TGO"}), kind, "signed")] == 1


@pytest.mark.parametrize("text", [
    "Officials said Togo would postpone or even cancel the meeting amid anger over the Ghana-Kenya data pact.",
    "Togo's president cancelled his trip to Accra.",
    "Now that the idea has fallen through, officials are looking at smaller projects.",
    "The critics, who opposed the ratification of the treaty, lost the vote.",
])
def test_an_end_of_an_occasion_an_idea_or_a_stance_is_no_status(text):
    assert find_status(text) not in ("ended", "rejected")


@pytest.mark.parametrize("text, status", [
    ("Ghana cancelled its data-sharing agreement with Togo.", "ended"),
    ("The data deal between Ghana and Togo fell through.", "ended"),
    ("Ghana suspended the agreement with Togo after the talks.", "ended"),
    ("The agreement signed during the visit to Accra was cancelled in 2020 by Togo.", "ended"),
    ("Ghana withdrew from the data partnership with Togo during the visit.", "ended"),
    # an occasion held under the act is the act at work
    ("Ghana suspended all meetings under the data partnership with Togo.", "ended"),
    ("Togo rejected Ghana's proposal for a joint data centre.", "rejected"),
    ("Togo declined to sign the summit declaration with Ghana.", "rejected"),
    ("Ghana opposed Togo's proposal for a joint data centre.", "rejected"),
])
def test_an_end_or_refusal_of_the_act_itself_stays(text, status):
    assert find_status(text) == status
