"""Long documents: the look-ups by index (mentions by offset, acts by the sentences that tell them) answer as the
plain scans do (sentences written for this test)."""

from __future__ import annotations

from techpact.extract import extract_facts
from techpact.extract.facts import Agreement, Mention, PartialDate, Span
from techpact.extract.occasions import told_at_occasion
from techpact.extract.unnamed_subject import _counterparts_only, without_unnamed_side
from techpact.loaders.document import Document

_UNNAMED = "It has signed similar deals with Kenya, Ghana and Senegal."
_NAMED = "Brazil signed a deal with Kenya and Ghana."


def _act(parties: list[str], span: Span, status: str = "signed", date: PartialDate | None = None) -> Agreement:
    act = Agreement(kind="agreement", status=status, parties=parties, date=date)
    act.add_evidence(span)
    return act


def _mentions(text: str, base: int, names: dict[str, str]) -> list[Mention]:
    return [Mention(code, base + text.index(name), base + text.index(name) + len(name), name, "name")
            for name, code in names.items()]


def test_long_document_indexes_unnamed_side_found_in_mentions_out_of_order() -> None:
    first, second = Span(0, len(_UNNAMED), _UNNAMED), Span(len(_UNNAMED) + 1, len(_UNNAMED) + 1 + len(_NAMED), _NAMED)
    names = {"Kenya": "KEN", "Ghana": "GHA", "Senegal": "SEN"}
    mentions = _mentions(_UNNAMED, 0, names) + _mentions(_NAMED, second.start, {"Brazil": "BRA", "Kenya": "KEN", "Ghana": "GHA"})
    acts = [_act(["KEN", "GHA", "SEN"], first), _act(["BRA", "KEN", "GHA"], second)]
    starts = [m.start for m in mentions]
    assert [_counterparts_only(a, mentions, starts) for a in acts] == [_counterparts_only(a, mentions, None) for a in acts]
    assert without_unnamed_side(acts, mentions) == [acts[1]]  # "It ... with A, B and C": no act among A, B and C
    unsorted = list(reversed(mentions))  # not in order of offsets: every mention is looked at, as before
    assert without_unnamed_side(acts, unsorted) == [a for a in acts if not _counterparts_only(a, unsorted, None)]


def test_long_document_indexes_retelling_acts_date_as_all_earlier_acts_do() -> None:
    text = "Kenya and Ghana signed an agreement and a memorandum."
    span = Span(0, len(text), text)
    earlier = [_act(["KEN", "GHA"], Span(100, 120, "Another sentence here")), _act(["KEN", "GHA"], span, date=PartialDate(2024, 5))]
    act = _act(["KEN", "GHA"], span)
    plain = told_at_occasion(act, earlier, lambda: None)
    indexed = told_at_occasion(act, earlier, lambda: None, [a for a in earlier if span in a.evidence])
    assert plain == indexed == PartialDate(2024, 5)


def test_long_document_indexes_retold_document_extracts_as_its_parts() -> None:
    story = ("Kenya and Ghana signed a memorandum on digital payments on 3 May 2024. "
             "The two countries also signed an agreement on cybersecurity. ")
    facts = extract_facts(Document(text=story * 40, source="long.txt"))
    assert facts.agreements and all(a.date == facts.agreements[0].date for a in facts.agreements if a.date)
