"""Instruments told together, then retold together in the plural, are each retold (extraction rules, ours).

"The Union Cabinet approved four memoranda with Saudi Arabia, the United States, Italy and Tanzania. The MoUs were
signed at different points this year": the second sentence tells all four, not the one named last; so does "These
agreements were initialed by the two foreign ministers" after "signed two agreements and a memorandum". A clause that
names nobody and opens on a definite plural instrument noun extends every act first told in the clause that told the
act in focus (or the act told last, when acts told to several left none in focus), when that clause told two or more,
unless it goes on to name another instrument ("The memoranda build on a 2016 agreement": that act is read as such)."""

from __future__ import annotations

import re

from techpact.extract.gates import Hinted
from techpact.extract.parties import Clause
from techpact.extract.status_discourse import clause_status

# "The MoUs were ...", "These agreements ...", "Both memoranda ...", "All four documents ...".
_PLURAL_BACK = Hinted(re.compile(
    r"^\W*(?:the|these|those|both|all(?:\s+(?:the|two|three|four|five|six|seven|eight|nine|ten|these))?)\s+"
    r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|new|bilateral|signed)\s+)?"
    r"(?:memoranda|memorandums|MoUs|MOUs|agreements|documents|deals|accords|instruments|pacts|treaties|protocols)\b",
    re.IGNORECASE), "the", "these", "those", "both", "all")
# Another instrument named after them: "(The memoranda build on) a 2016 agreement", "(...) an earlier treaty".
_ANOTHER = re.compile(r"\b(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:agreement|treaty|accord|pact|memorandum|MoU|deal|protocol)\b",
                      re.IGNORECASE)


def retell_all(reader, clause: Clause) -> bool:
    """Extend each act told together with the one in focus (or the last told) by a clause that retells them in the
    plural; True when done (the focus stays)."""
    last = reader.focus or (reader.agreements[-1] if reader.agreements else None)  # (acts told to several: no focus)
    if last is None or not last.evidence or clause.actors or not (plural := _PLURAL_BACK.search(clause.text)):
        return False
    if _ANOTHER.search(clause.text, plural.end()):
        return False
    told = [act for act in reader.agreements if act.evidence and act.evidence[0] == last.evidence[0]]
    if len(told) < 2:
        return False
    reader._clauses += 1
    status = clause_status(clause)
    for act in told:
        reader._extend(act, None, status, clause)
    return True
