"""An act told as still to be made (planned) or offered is not made signed by a clause that only looks ahead to its
effect ("The memorandum will enter into force in January", "will take effect upon signature", "Signing the treaty will
open a new chapter"); a signing told as done still makes it signed (extract/status_terms.py). Passages written for the
test, never taken from the eval passages."""

from __future__ import annotations

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def statuses(text: str, parties: set[str]) -> list[str]:
    facts = extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=None, media_type="text/plain"))
    return sorted(a.status for a in facts.agreements if set(a.parties) == parties)


@pytest.mark.parametrize("text, parties, expected", [
    ("Ghana and Morocco agreed to sign a memorandum on digital payments. The memorandum will enter into force in "
     "January.", {"GHA", "MAR"}, "planned"),
    ("Peru and Chile plan to sign an agreement on satellite data next year. The agreement will take effect upon "
     "signature.", {"PER", "CHL"}, "planned"),
    ("Norway and Estonia will sign a treaty on cyber defence in May. Signing the treaty will open a new chapter in "
     "relations, the minister said.", {"NOR", "EST"}, "planned"),
    ("Thailand has proposed an agreement on chip design to Vietnam. The agreement would remain in force for ten years.",
     {"THA", "VNM"}, "proposed"),
    ("Egypt and Greece are set to conclude an accord on green hydrogen. The accord is expected to come into force after "
     "ratification by both parliaments.", {"EGY", "GRC"}, "planned"),
])
def test_an_effect_looked_ahead_to_leaves_an_act_still_to_be_made(text, parties, expected):
    assert statuses(text, parties) == [expected]


@pytest.mark.parametrize("text, parties, expected", [
    ("Ghana and Morocco agreed to sign a memorandum on digital payments. The memorandum was signed on Friday in Rabat.",
     {"GHA", "MAR"}, "signed"),
    ("Ghana and Morocco agreed to sign a memorandum on digital payments. The memorandum, signed on Friday, will enter "
     "into force in January.", {"GHA", "MAR"}, "signed"),
    ("Ghana and Morocco signed a memorandum on digital payments. The memorandum will enter into force in January.",
     {"GHA", "MAR"}, "signed"),
    ("Ghana and Morocco agreed to sign a memorandum on digital payments. The memorandum entered into force on Friday.",
     {"GHA", "MAR"}, "in-force"),
])
def test_a_signing_or_entry_told_as_done_still_counts(text, parties, expected):
    assert statuses(text, parties) == [expected]
