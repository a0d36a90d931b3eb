"""After a count of instruments, "the other memorandum" introduces the second one, an act of its own (cues:
"the other" beside "another", "second" as a determiner of a new instrument); "the other side's memorandum" or "on the
other hand" introduce nothing."""

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def acts(text: str) -> list[tuple[str, str]]:
    facts = extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=None,
                                   media_type="text/plain"))
    return [(a.kind, a.status) for a in facts.agreements if len(a.parties) >= 2]


def test_the_other_memorandum_is_the_second_one():
    text = ("Chile and Peru signed two memoranda of understanding on Monday. The memorandum on AI sets out joint "
            "research. The other memorandum of understanding outlines their intent to work on digital credentials.")
    assert acts(text) == [("mou", "signed"), ("mou", "signed")]


def test_the_other_sides_memorandum_is_no_new_instrument():
    assert acts("Chile and Peru signed a memorandum on AI. The other side's memorandum was rejected.") == [("mou", "signed")]


def test_on_the_other_hand_introduces_nothing():
    assert acts("Chile signed a deal with Peru. On the other hand, the agreement faces criticism.") == [("agreement", "signed")]
