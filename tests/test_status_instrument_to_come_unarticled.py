"""An instrument told still to be signed or concluded with no determiner ("agreed to conclude intergovernmental
agreement on energy", "will sign agreements on digital identity") is introduced as a new instrument, as "an agreement"
is: after a signed act it is another act, planned (cues._INTRODUCING, act_ahead._SIGNING_AHEAD). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def acts(text: str) -> list[tuple[str, str]]:
    return sorted((a.kind, a.status) for a in extract_facts(Document(text=text, source="test.txt")).agreements)


@pytest.mark.parametrize("text, second", [
    ("Chile and Peru signed a memorandum on space on Tuesday. "
     "The ministers agreed to conclude intergovernmental agreement on cybersecurity next year.", ("agreement", "planned")),
    ("Kenya and India signed a memorandum on fintech. The two sides will sign agreements on digital identity in March.",
     ("agreement", "planned")),
    ("Ghana and Egypt signed a memorandum on e-government. Both governments plan to ink treaties on data protection.",
     ("treaty", "planned")),
])
def test_an_instrument_to_come_with_no_determiner_is_another_act(text, second):
    assert acts(text) == sorted([("mou", "signed"), second])


@pytest.mark.parametrize("text, expected", [
    ("Kenya and India agreed to sign a memorandum on fintech. They will sign the memorandum in March.", [("mou", "planned")]),
    ("Chile and Peru signed a memorandum on space on Tuesday. The memorandum will be followed by visits of experts.",
     [("mou", "signed")]),
])
def test_the_instrument_told_before_stays_one_act(text, expected):
    assert acts(text) == expected
