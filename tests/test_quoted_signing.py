"""One act told in the lead and again in the source's quoted statement ("... have signed a Roadmap for ...," the
agency said) is one act (eval guide: the same act told twice is listed once); a quote telling another instrument
("also signed", "two memoranda") stays another act."""

import pytest

from techpact.extract import extract_facts
from techpact.loaders.document import Document


def acts(text: str) -> list[tuple[frozenset, str, str]]:
    facts = extract_facts(Document(text=text, source="test.txt", title=None, url=None, issued=None,
                                   media_type="text/plain"))
    return [(frozenset(a.parties), a.kind, a.status) for a in facts.agreements if len(a.parties) >= 2]


@pytest.mark.parametrize("text", [
    "Kazakhstan's digital ministry said it has inked a joint roadmap with Uzbekistan on e-government. \"The ministries "
    "of Kazakhstan and Uzbekistan have signed a Roadmap for Cooperation in digital government,\" the "
    "ministry said in a statement.",
    "Ghana said on Monday it had signed a memorandum with Nigeria on data centres. \"Ghana and Nigeria have signed a "
    "Memorandum of Understanding on Data Infrastructure,\" the ministry said.",
])
def test_a_quoted_statement_of_the_signing_is_the_same_act(text):
    assert len(acts(text)) == 1


@pytest.mark.parametrize("text", [
    "Ghana said on Monday it had signed a memorandum with Nigeria on data centres. \"Ghana and Nigeria have also "
    "signed a memorandum on payments,\" the ministry said.",
    "Ghana said on Monday it had signed a memorandum with Nigeria on data centres. \"Ghana and Nigeria have signed two "
    "memoranda, on payments and on AI,\" the ministry said.",
])
def test_a_quote_telling_another_instrument_stays_apart(text):
    assert len(acts(text)) >= 2
